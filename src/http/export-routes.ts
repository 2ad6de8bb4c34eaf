import type { Express, Request, Response } from "express";
import { ErrorCode } from "../domain/error-codes";
import { EXPORT_FORMATS, type ExportService, isExportFormat } from "../services/export.service";
import {
  ExportParameterError,
  type RawParameters,
  parseExportParameters,
} from "../services/export-parameters";
import { InvalidArgumentError } from "../services/service-errors";
import { exportIndex, renderExportIndexPage } from "./export-index";

type DescribeError = (error: unknown) => { status: number; code: string; message: string };

/**
 * GET /export: every export, its filters and the documents (HTML, or JSON when asked).
 * GET /export/{edges.csv,nodes.csv,graph.graphml,graph.gexf,graph.json}
 *   ?types=KILLED,ENEMY_OF&minWeight=2&documents=ep1,ep2&pronouns=false&directed=true
 */
export function addExportRoutes(
  app: Express,
  exports: ExportService,
  describeError: DescribeError,
): void {
  const answerError = (res: Response, error: unknown) => {
    const { status, code, message } = describeError(error);
    const details =
      error instanceof InvalidArgumentError
        ? {
            argument: error.argument,
            ...(error instanceof ExportParameterError && { valid: error.valid }),
          }
        : {};
    res.status(status).json({ error: { code, message, ...details } });
  };

  app.get("/export", async (req, res) => {
    try {
      const index = exportIndex(await exports.documents());
      res.vary("Accept");
      if (req.accepts(["html", "json"]) === "json") res.json(index);
      else res.type("html").send(renderExportIndexPage(index, `${req.protocol}://${req.host}`));
    } catch (error) {
      answerError(res, error);
    }
  });

  app.get("/export/:file", async (req, res) => {
    const file = req.params.file;
    if (!isExportFormat(file)) {
      res.status(404).json({
        error: {
          code: ErrorCode.NOT_FOUND,
          message: `no export called ${file}; try ${Object.keys(EXPORT_FORMATS).join(", ")} (GET /export lists them)`,
        },
      });
      return;
    }
    try {
      const body = await exports.render(file, parseExportParameters(file, queryOf(req)));
      res
        .type(EXPORT_FORMATS[file].contentType)
        .set("Content-Disposition", `attachment; filename="ensemble-${file}"`)
        .send(body);
    } catch (error) {
      answerError(res, error);
    }
  });
}

/** Express's simple query parser gives strings, and lists for repeated parameters. */
function queryOf(req: Request): RawParameters {
  return Object.fromEntries(
    Object.entries(req.query).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map(String) : String(value),
    ]),
  );
}

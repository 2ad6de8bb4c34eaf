import type { Express, Request } from "express";
import { isRelationshipType, type RelationshipType } from "../domain/vocabulary";
import { EXPORT_FORMATS, type ExportService, isExportFormat } from "../services/export.service";
import { InvalidArgumentError } from "../services/service-errors";
import type { ViewFilter } from "../services/view-filter";
import { ErrorCode } from "../graphql/error-codes";

/**
 * GET /export/{edges.csv,nodes.csv,graph.graphml,graph.gexf,graph.json}
 *   ?types=KILLED,ENEMY_OF&minWeight=2&documents=ep1,ep2
 */
export function addExportRoutes(
  app: Express,
  exports: ExportService,
  respondError: (error: unknown) => { status: number; code: string; message: string },
): void {
  app.get("/export/:file", async (req, res) => {
    const file = req.params.file;
    if (!isExportFormat(file)) {
      res.status(404).json({
        error: {
          code: ErrorCode.NOT_FOUND,
          message: `no export called ${file}; try ${Object.keys(EXPORT_FORMATS).join(", ")}`,
        },
      });
      return;
    }
    try {
      const body = await exports.render(file, filterFromQuery(req));
      res
        .type(EXPORT_FORMATS[file].contentType)
        .set("Content-Disposition", `attachment; filename="ensemble-${file}"`)
        .send(body);
    } catch (error) {
      const { status, code, message } = respondError(error);
      res.status(status).json({ error: { code, message } });
    }
  });
}

export function filterFromQuery(req: Request): ViewFilter {
  const list = (name: string): string[] | undefined => {
    const raw = req.query[name];
    if (raw === undefined) return undefined;
    if (typeof raw !== "string")
      throw new InvalidArgumentError(`${name} must be given once, comma-separated`, name);
    return raw
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  };
  const types = list("types");
  const unknown = types?.filter((t) => !isRelationshipType(t)) ?? [];
  if (unknown.length > 0)
    throw new InvalidArgumentError(`unknown relationship type ${unknown.join(", ")}`, "types");
  const rawWeight = req.query.minWeight;
  const minWeight = rawWeight === undefined ? undefined : Number(rawWeight);
  if (minWeight !== undefined && (!Number.isFinite(minWeight) || minWeight < 0)) {
    throw new InvalidArgumentError("minWeight must be a number of at least 0", "minWeight");
  }
  return {
    types: types as RelationshipType[] | undefined,
    minWeight,
    documents: list("documents"),
  };
}

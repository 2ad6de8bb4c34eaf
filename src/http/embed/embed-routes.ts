import type { Express, Request, Response } from "express";
import type { Services } from "../../services/create-services";
import type { Logger } from "../../domain/logger";
import { renderCirclePage } from "./circle-page";
import { loadCircle } from "./circle-view";
import { addEmbedAssets } from "./embed-assets";
import { buildSnippet, widgetExamples } from "./embed-examples";
import { embedHeaders } from "./embed-headers";
import { renderGalleryPage } from "./gallery-page";
import { renderPathPage } from "./path-page";
import { loadPath } from "./path-view";
import { type EmbedProblem, type NameLink, badRequestPage, describeProblem } from "./problem-page";

/** Options for the widgets' HTTP surface. */
export interface EmbedOptions {
  /** Origins (e.g. https://wiki.example) allowed to frame the widgets, beside the service itself. */
  frameAncestors: string[];
  log: Logger;
}

const MAX_VIA = 8;

/**
 * Embeddable widgets for fan wikis: GET /embed (the gallery), /embed/character/:name?depth=1|2
 * (a character's circle) and /embed/path?from=&to=&via=a,b (a path), with their scripts and
 * styles under /embed/assets and the drawing library under /embed/vendor.
 */
export function addEmbedRoutes(app: Express, services: Services, options: EmbedOptions): void {
  app.use("/embed", embedHeaders(options.frameAncestors));
  addEmbedAssets(app);
  app.get("/embed", async (req, res) => {
    // The snippets name this server as the request reached it; caches must keep hosts apart.
    res.vary("Host");
    const origin = `${req.protocol}://${req.get("host") ?? "localhost"}`;
    const depth = req.query.depth ?? "1";
    if (depth !== "1" && depth !== "2") {
      sendProblem(res, badRequestPage("depth must be 1 or 2"));
      return;
    }
    await answer(res, options.log, noLinks, async () =>
      renderGalleryPage(
        origin,
        await widgetExamples(services),
        await buildSnippet(services, single(req, "character") ?? "", depth === "2" ? 2 : 1),
      ),
    );
  });
  app.get("/embed/character/:name", async (req, res) => {
    const depth = req.query.depth ?? "1";
    if (depth !== "1" && depth !== "2") {
      sendProblem(res, badRequestPage("depth must be 1 or 2"));
      return;
    }
    await answer(res, options.log, circleLink, async () =>
      renderCirclePage(await loadCircle(services, req.params.name, Number(depth))),
    );
  });
  app.get("/embed/path", async (req, res) => {
    const from = single(req, "from");
    const to = single(req, "to");
    const via =
      single(req, "via")
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    if (!from || !to) {
      sendProblem(res, badRequestPage("name two characters: ?from=…&to=… (and ?via=a,b between)"));
      return;
    }
    if (via.length > MAX_VIA) {
      sendProblem(res, badRequestPage(`via takes at most ${MAX_VIA} names`));
      return;
    }
    await answer(res, options.log, noLinks, async () =>
      renderPathPage(await loadPath(services, { from, to, via })),
    );
  });
}

const noLinks: NameLink = () => null;
const circleLink: NameLink = (name) => `/embed/character/${encodeURIComponent(name)}`;

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === "string" ? value.trim() : undefined;
}

/** Sends the rendered page, cacheable; or the error's page, not cacheable. */
async function answer(res: Response, log: Logger, link: NameLink, render: () => Promise<string>) {
  try {
    const html = await render();
    res.set("Cache-Control", "public, max-age=300").type("html").send(html);
  } catch (error) {
    const problem = describeProblem(error, link);
    if (problem.status >= 500) log("error", "embed widget failed", { error: String(error) });
    sendProblem(res, problem);
  }
}

function sendProblem(res: Response, problem: EmbedProblem): void {
  res.status(problem.status).set("Cache-Control", "no-store").type("html").send(problem.html);
}

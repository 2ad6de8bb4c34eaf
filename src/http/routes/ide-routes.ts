import type { Express } from "express";
import { type IdePageInfo, renderIdePage } from "../ide-page";
import { publicFile, vendorFiles } from "../vendor-files";

/** The IDE page at /, its script, and the browser libraries it loads from /vendor. */
export function addIdeRoutes(app: Express, page: IdePageInfo): void {
  const idePage = renderIdePage(page);
  app.get("/", (_req, res) => {
    res.type("html").send(idePage);
  });
  const ideScript = publicFile("ide.js");
  app.get("/ide.js", (_req, res) => {
    res.sendFile(ideScript);
  });
  const vendor = vendorFiles();
  app.get("/vendor/:file", (req, res) => {
    const path = vendor.get(req.params.file);
    if (!path) res.status(404).end();
    else res.sendFile(path, { maxAge: "1d" });
  });
  app.get("/favicon.ico", (_req, res) => {
    res.status(204).end();
  });
}

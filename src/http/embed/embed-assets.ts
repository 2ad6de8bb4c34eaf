import type { Express } from "express";
import { publicFile } from "../vendor-files";

const ASSETS = new Map([
  ["circle.js", publicFile("embed/circle.js")],
  ["circle-layout.js", publicFile("embed/circle-layout.js")],
  ["base.css", publicFile("base.css")],
  ["embed.css", publicFile("embed/embed.css")],
]);

/** The drawing library, served from node_modules: widget readers may be offline. */
const VENDOR = new Map([["cytoscape.min.js", require.resolve("cytoscape/dist/cytoscape.min.js")]]);

/** GET /embed/assets/:file (public/embed) and /embed/vendor/:file (node_modules). */
export function addEmbedAssets(app: Express): void {
  app.get("/embed/assets/:file", (req, res) => {
    const path = ASSETS.get(req.params.file);
    if (!path) res.status(404).end();
    else res.set("Cache-Control", "public, max-age=300").sendFile(path);
  });
  app.get("/embed/vendor/:file", (req, res) => {
    const path = VENDOR.get(req.params.file);
    if (!path) res.status(404).end();
    else res.set("Cache-Control", "public, max-age=86400").sendFile(path);
  });
}

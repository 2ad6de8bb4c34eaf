import type { Express } from "express";
import { publicFile } from "../vendor-files";
import { exploreSettings, renderExplorePage } from "./explore-page";

const ASSETS = new Map(
  [
    "explore.css",
    "explore-api.js",
    "explore-look.js",
    "explore-layout.js",
    "explore-drawing.js",
    "explore-panels.js",
    "explore.js",
  ]
    .map((file): [string, string] => [file, publicFile(`explore/${file}`)])
    .concat([["base.css", publicFile("base.css")]]),
);

/**
 * GET /explore (the explorer page) and /explore/assets/:file (its scripts and styles, from
 * public/explore). The page asks /graphql and /export for everything it shows.
 */
export function addExploreRoutes(app: Express, graphqlPath: string): void {
  const page = renderExplorePage(exploreSettings(graphqlPath));
  app.get("/explore", (_req, res) => {
    res.type("html").send(page);
  });
  app.get("/explore/assets/:file", (req, res) => {
    const path = ASSETS.get(req.params.file);
    if (!path) res.status(404).end();
    else res.set("Cache-Control", "public, max-age=300").sendFile(path);
  });
}

import type { Express } from "express";
import type { GraphStore } from "../../store/graph-store";

/** GET /healthz (the process answers) and /readyz (its store answers too). */
export function addHealthRoutes(app: Express, store: GraphStore): void {
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: "ready", store: store.kind });
    } catch {
      res.status(503).json({ status: "unavailable", store: store.kind });
    }
  });
}

import cors from "cors";
import type { Express, RequestHandler } from "express";

export interface BrowserPolicy {
  /** Origins whose pages may call /graphql and /export from a browser; ["*"] for any. */
  corsOrigins: string[];
}

/** CORS for the API routes: only configured origins, every origin only when told "*". */
export function apiCors({ corsOrigins }: BrowserPolicy): RequestHandler {
  const anyOrigin = corsOrigins.includes("*");
  return cors({
    origin: anyOrigin ? true : corsOrigins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "apollo-require-preflight",
      "x-apollo-operation-name",
    ],
    maxAge: 600,
  });
}

/** Pages other than the embeds are never framed (clickjacking). */
export function denyFraming(app: Express): void {
  app.use((req, res, next) => {
    if (!req.path.startsWith("/embed")) {
      res.set("X-Frame-Options", "DENY");
      res.set("Content-Security-Policy", "frame-ancestors 'none'");
    }
    next();
  });
}

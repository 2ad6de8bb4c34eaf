import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { ErrorCode } from "../graphql/error-codes";

/**
 * Requests per client (its address; behind a proxy set TRUST_PROXY so it is the real one) per
 * minute for GraphQL, the exports and the embeds. Refusals are GraphQL-shaped with a code and
 * a Retry-After header.
 */
export function perClientRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: the limit is ${perMinute} a minute per client.`,
            extensions: { code: ErrorCode.RATE_LIMITED, bound: "rate", limit: perMinute },
          },
        ],
      });
    },
  });
}

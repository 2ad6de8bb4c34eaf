import type { Request, RequestHandler, Response } from "express";
import { MemoryStore, ipKeyGenerator, rateLimit } from "express-rate-limit";
import { ErrorCode } from "../domain/error-codes";

const WINDOW_MS = 60_000;

/** Who a request comes from: its address (behind a proxy set TRUST_PROXY so it is the real one). */
export function clientKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? "");
}

export interface RateLimit {
  /** Counts every request to /graphql, /export and /embed once. */
  perRequest: RequestHandler;
  /** After the body is read: counts each further operation of a batched GraphQL request. */
  perBatchedOperation: RequestHandler;
}

/**
 * Requests per client per minute for GraphQL, the exports and the embeds, where each operation
 * of a batch counts as a request: five heavy operations in one POST are five. Refusals are
 * GraphQL-shaped with a code and a Retry-After header.
 */
export function perClientRateLimit(perMinute: number): RateLimit {
  const store = new MemoryStore();
  const refuse = (res: Response, resetTime: Date | undefined) => {
    const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? 0) - Date.now()) / 1000));
    res.setHeader("retry-after", String(seconds));
    res.status(429).json({
      errors: [
        {
          message: `Too many requests: the limit is ${perMinute} operations a minute per client.`,
          extensions: { code: ErrorCode.RATE_LIMITED, bound: "rate", limit: perMinute },
        },
      ],
    });
  };
  const perRequest = rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    store,
    keyGenerator: clientKey,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (req, res) =>
      refuse(res, (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime),
  });
  const perBatchedOperation: RequestHandler = async (req, res, next) => {
    if (!Array.isArray(req.body) || req.body.length < 2) return next();
    const key = clientKey(req);
    let info = await store.increment(key);
    for (let i = 2; i < req.body.length; i++) info = await store.increment(key);
    if (info.totalHits > perMinute) refuse(res, info.resetTime);
    else next();
  };
  return { perRequest, perBatchedOperation };
}

/** A counter per client over a one-minute window, for refusals counted apart from requests. */
export function perClientCounter(): MemoryStore {
  const store = new MemoryStore();
  // MemoryStore reads only the window from the limiter's options.
  store.init({ windowMs: WINDOW_MS } as Parameters<MemoryStore["init"]>[0]);
  return store;
}

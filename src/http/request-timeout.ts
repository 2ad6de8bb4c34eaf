import type { RequestHandler, Response } from "express";
import { ErrorCode } from "../graphql/error-codes";

/**
 * A request still unanswered after `ms` gets a TIMEOUT error at once. The work behind it cannot
 * be cancelled (the store's own timeouts bound it), so whatever it sends later is dropped.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).json({
        errors: [
          {
            message: `The request took longer than ${ms} ms, the limit; try a smaller question.`,
            extensions: { code: ErrorCode.TIMEOUT, bound: "requestTimeout", limit: ms },
          },
        ],
      });
      ignoreLaterWrites(res);
    }, ms);
    timer.unref();
    res.once("close", () => clearTimeout(timer));
    next();
  };
}

function ignoreLaterWrites(res: Response): void {
  const ignored = () => res;
  Object.assign(res, {
    status: ignored,
    set: ignored,
    setHeader: ignored,
    send: ignored,
    json: ignored,
    write: () => true,
    end: ignored,
  });
}

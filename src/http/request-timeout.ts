import { setMaxListeners } from "node:events";
import type { RequestHandler, Response } from "express";
import { ErrorCode } from "../domain/error-codes";
import { withRequestSignal } from "../domain/request-cancellation";

/**
 * A request still unanswered after `ms` gets a TIMEOUT error at once, and its signal aborts:
 * whole-graph computations it started in the analysis pool are cancelled (their workers
 * terminated), as they are when the client goes away first. Store queries are bounded by the
 * store's own timeouts; whatever the request's handlers send later is dropped.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    // Every computation a request starts listens to its signal: one per alias, and then some.
    setMaxListeners(0, controller.signal);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      controller.abort();
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
    res.once("close", () => {
      clearTimeout(timer);
      // Closed before the answer was complete: the client left, nobody wants the work.
      if (!res.writableFinished) controller.abort();
    });
    withRequestSignal(controller.signal, next);
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

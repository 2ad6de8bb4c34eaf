import type { ErrorRequestHandler } from "express";
import { ErrorCode } from "../domain/error-codes";
import type { Logger } from "../domain/logger";

/**
 * Errors raised before GraphQL runs (a body that is not JSON, too large, in an unknown
 * encoding) answered as GraphQL-shaped JSON with a code. Express's own handler would send an
 * HTML page with a stack trace whenever NODE_ENV is not "production".
 */
export const answerHttpErrors =
  (log: Logger): ErrorRequestHandler =>
  (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status =
      typeof error?.status === "number" && error.status >= 400 && error.status < 500
        ? error.status
        : 500;
    if (status === 500)
      log("error", "unexpected HTTP error", {
        requestId: res.locals.requestId,
        error: String(error?.stack ?? error),
      });
    const message =
      status === 413
        ? "The request body is larger than the service accepts (256 KiB)."
        : status === 500
          ? "Unexpected error."
          : `The request could not be read: ${describe(error)}.`;
    res.status(status).json({
      errors: [
        {
          message,
          extensions: {
            code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : "BAD_REQUEST",
            requestId: res.locals.requestId,
          },
        },
      ],
    });
  };

function describe(error: { type?: string }): string {
  switch (error?.type) {
    case "entity.parse.failed":
      return "the body is not valid JSON";
    case "encoding.unsupported":
    case "charset.unsupported":
      return "its encoding is not supported";
    default:
      return "it is malformed";
  }
}

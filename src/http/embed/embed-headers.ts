import type { RequestHandler } from "express";

/**
 * The headers every /embed response carries. Only the listed wiki origins may frame a widget;
 * 'self' is always allowed too, or the gallery at /embed could not preview its own widgets.
 * Responses are not cacheable unless a route says so (successful pages do).
 */
export function embedHeaders(frameAncestors: readonly string[]): RequestHandler {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `frame-ancestors ${["'self'", ...frameAncestors].join(" ")}`,
  ].join("; ");
  return (_req, res, next) => {
    res.set({
      "Content-Security-Policy": policy,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    next();
  };
}

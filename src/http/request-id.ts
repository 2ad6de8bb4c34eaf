import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";

const ACCEPTED_ID = /^[\w.:-]{1,100}$/;

/** Every response names its request: the caller's X-Request-Id when sane, a new UUID otherwise. */
export function requestIds(): RequestHandler {
  return (req, res, next) => {
    const given = req.get("x-request-id");
    const id = given && ACCEPTED_ID.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.set("X-Request-Id", id);
    next();
  };
}

/**
 * Where a room reports what its caller should know (a database not reachable yet, an error
 * nobody anticipated). The composition root passes one in; src/app/log.ts writes JSON lines.
 */
export type Logger = (
  level: "info" | "warn" | "error",
  message: string,
  fields?: Record<string, unknown>,
) => void;

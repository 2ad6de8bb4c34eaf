import type { Logger } from "../domain/logger";

/** Structured JSON logs on stderr, one event a line. */
export const logEvent: Logger = (level, message, fields = {}) => {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`,
  );
};

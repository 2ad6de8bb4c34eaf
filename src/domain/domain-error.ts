/**
 * Every error Ensemble anticipates carries one of these codes; src/domain/error-surfaces.ts maps
 * each to what a GraphQL client, an HTTP route and the CLI show, in one table.
 */
export type DomainErrorCode =
  | "CHARACTER_NOT_FOUND"
  | "AMBIGUOUS_NAME"
  | "INVALID_ARGUMENT"
  | "UNAUTHENTICATED"
  | "EXTRACTION_REFUSED"
  | "INVALID_GRAPH_DOCUMENT"
  | "STORE_UNAVAILABLE"
  | "STORE_TIMEOUT"
  | "ANALYSIS_CANCELLED"
  | "METRICS_NOT_READY"
  | "USAGE"
  | "CONFIG_INVALID"
  | "JOURNAL_CORRUPT";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;

  /** Fields a client may see beside the message (suggestions, candidates, the argument). */
  get details(): Record<string, unknown> {
    return {};
  }

  /**
   * What a client is told. The message itself may carry what only the logs should (a driver's
   * URI, a file path): such errors say something plainer here.
   */
  get publicMessage(): string {
    return this.message;
  }
}

/** Why an extraction was refused; the CLI prints `ensemble: [CODE] message`. */
export type ExtractionErrorCode =
  "BAD_DOCUMENT" | "BAD_CURATION" | "CURATION_MISMATCH" | "BAD_USAGE" | "UNKNOWN_WORK" | "BAD_GOLD";

export class ExtractionError extends Error {
  override readonly name = "ExtractionError";
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

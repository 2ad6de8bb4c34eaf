import { DomainError } from "../domain/domain-error";

/** Why an extraction was refused; the CLI prints `ensemble: [REASON] message`. */
export type ExtractionRefusal =
  "BAD_DOCUMENT" | "BAD_CURATION" | "CURATION_MISMATCH" | "BAD_USAGE" | "UNKNOWN_WORK" | "BAD_GOLD";

export class ExtractionError extends DomainError {
  override readonly name = "ExtractionError";
  readonly code = "EXTRACTION_REFUSED";
  constructor(
    readonly reason: ExtractionRefusal,
    message: string,
  ) {
    super(message);
  }

  override get details() {
    return { reason: this.reason };
  }
}

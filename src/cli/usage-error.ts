import { DomainError } from "../domain/domain-error";

/** A command called wrongly: the CLI exits 2, the shell's convention for usage errors. */
export class UsageError extends DomainError {
  override readonly name = "UsageError";
  readonly code = "USAGE";
}

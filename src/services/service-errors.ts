import { DomainError } from "../domain/domain-error";

/**
 * Errors the services raise; src/domain/error-surfaces.ts says what each code shows on every
 * surface. Tests check the type, never the message.
 */
export class CharacterNotFoundError extends DomainError {
  override readonly name = "CharacterNotFoundError";
  readonly code = "CHARACTER_NOT_FOUND";
  constructor(
    readonly query: string,
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length > 0 ? ` Did you mean ${quoteList(suggestions)}?` : "";
    super(`No character is called "${query}".${hint}`);
  }

  override get details() {
    return { suggestions: this.suggestions };
  }
}

export class AmbiguousNameError extends DomainError {
  override readonly name = "AmbiguousNameError";
  readonly code = "AMBIGUOUS_NAME";
  constructor(
    readonly query: string,
    readonly candidates: { id: string; name: string }[],
  ) {
    super(
      `"${query}" could mean ${quoteList(candidates.map((c) => c.name))}; use a fuller name or an id.`,
    );
  }

  override get details() {
    return { candidates: this.candidates };
  }
}

export class InvalidArgumentError extends DomainError {
  override readonly name = "InvalidArgumentError";
  readonly code = "INVALID_ARGUMENT";
  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }

  override get details() {
    return { argument: this.argument };
  }
}

function quoteList(names: string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

export class UnauthenticatedError extends DomainError {
  override readonly name = "UnauthenticatedError";
  readonly code = "UNAUTHENTICATED";
}

/**
 * A question about the whole graph's metrics asked before the first background computation
 * completed (start-up at Marvel scale): try again shortly; `metricsStatus` tells how it goes.
 */
export class MetricsNotReadyError extends DomainError {
  override readonly name = "MetricsNotReadyError";
  readonly code = "METRICS_NOT_READY";
  constructor(
    /** The snapshot being computed, or null when none is (its read has not finished). */
    readonly computingVersion: number | null,
  ) {
    super(
      computingVersion === null
        ? "The graph's metrics are not computed yet; try again shortly."
        : `The graph's metrics are being computed (snapshot ${computingVersion}); ` +
            "try again shortly, or ask metricsStatus how it goes.",
    );
  }

  override get details() {
    return { reason: "METRICS_NOT_READY", computingSnapshotVersion: this.computingVersion };
  }
}

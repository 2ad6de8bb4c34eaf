/**
 * Domain errors the services raise, typed by name; src/graphql/format-error.ts maps each to a
 * GraphQL error code in one place. Tests check the type, never the message.
 */
export class CharacterNotFoundError extends Error {
  override readonly name = "CharacterNotFoundError";
  constructor(
    readonly query: string,
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length > 0 ? ` Did you mean ${quoteList(suggestions)}?` : "";
    super(`No character is called "${query}".${hint}`);
  }
}

export class AmbiguousNameError extends Error {
  override readonly name = "AmbiguousNameError";
  constructor(
    readonly query: string,
    readonly candidates: { id: string; name: string }[],
  ) {
    super(
      `"${query}" could mean ${quoteList(candidates.map((c) => c.name))}; use a fuller name or an id.`,
    );
  }
}

export class InvalidArgumentError extends Error {
  override readonly name = "InvalidArgumentError";
  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }
}

function quoteList(names: string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

export class UnauthenticatedError extends Error {
  override readonly name = "UnauthenticatedError";
}

/**
 * A question about the whole graph's metrics asked before the first background computation
 * completed (start-up at Marvel scale): try again shortly; `metricsStatus` tells how it goes.
 */
export class MetricsNotReadyError extends Error {
  override readonly name = "MetricsNotReadyError";
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
}

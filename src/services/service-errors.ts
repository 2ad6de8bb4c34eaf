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

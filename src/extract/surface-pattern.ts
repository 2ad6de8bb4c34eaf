import { escapeRegExp } from "./escape-reg-exp";

/**
 * One regular expression that finds every surface form, longest first, on word boundaries.
 * Case-sensitive on purpose: "Page" is a name, "page" is not. Spaces match any run of
 * horizontal space, and straight or curly apostrophes and quotes match each other.
 */
export function surfacePattern(surfaces: Iterable<string>): RegExp | undefined {
  const sorted = [...new Set(surfaces)]
    .filter((surface) => surface.trim() !== "")
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length === 0) return undefined;
  const alternatives = sorted.map(surfaceSource).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "gu");
}

function surfaceSource(surface: string): string {
  return [...surface.trim()]
    .map((character) => {
      if (/\s/.test(character)) return "[^\\S\\r\\n]+";
      if ("'’".includes(character)) return "['’]";
      if ('"“”'.includes(character)) return '["“”]';
      return escapeRegExp(character);
    })
    .join("")
    .replace(/(?:\[\^\\S\\r\\n\]\+)+/g, "[^\\S\\r\\n]+");
}

/** The surface form a matched text stands for: spaces collapsed, quotes made straight. */
export function canonicalSurface(matched: string): string {
  return matched
    .replace(/[^\S\r\n]+/g, " ")
    .replace(/’/g, "'")
    .replace(/[“”]/g, '"');
}

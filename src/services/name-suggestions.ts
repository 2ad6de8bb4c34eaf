import { distance } from "fastest-levenshtein";
import { nameKey } from "../domain/ids";
import type { NameEntry } from "../store/graph-store";
import { compareStrings } from "../domain/relationship-order";

const MAX_SUGGESTIONS = 3;

/**
 * The canonical names nearest to what was typed: each character scores by its closest name or
 * alias, as edit distance relative to length, so "Mistie" finds "Misty Knight" through "Misty".
 * A prefix ("Foggy N") counts as a near miss too, and so do the last words of a name, as a
 * surname: "Jonse" finds "Jessica Jones" through "Jones".
 */
export function nearestNames(query: string, entries: readonly NameEntry[]): string[] {
  const key = nameKey(query);
  if (key === "") return [];
  const scored = entries.map((entry) => ({
    name: entry.name,
    score: Math.min(
      ...[entry.name, ...entry.aliases]
        .flatMap((n) => withEndings(nameKey(n)))
        .map((n) => closeness(key, n)),
    ),
  }));
  return scored
    .filter((s) => s.score <= 0.5)
    .sort((a, b) => a.score - b.score || compareStrings(a.name, b.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.name);
}

/** "hernan shades alvarez" and its last words: "shades alvarez", "alvarez". */
function withEndings(key: string): string[] {
  const words = key.split(" ");
  return words.map((_word, i) => words.slice(i).join(" "));
}

function closeness(query: string, candidate: string): number {
  if (candidate === "") return Infinity;
  if (candidate.startsWith(query) || query.startsWith(candidate)) {
    return (
      0.25 *
      (1 - Math.min(query.length, candidate.length) / Math.max(query.length, candidate.length))
    );
  }
  return distance(query, candidate) / Math.max(query.length, candidate.length);
}

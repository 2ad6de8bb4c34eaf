import { inPlaceContext } from "./classify-candidate";
import type { NameCandidate } from "./name-candidates";
import { wordKnowledge } from "./name-lexicon";

/** Words ending like verbs that are not the verb of a subject. */
const NOT_VERBS = new Set([
  "is",
  "was",
  "has",
  "does",
  "as",
  "its",
  "his",
  "this",
  "us",
  "red",
  "bed",
]);
/** "a bartender named Gus": words that introduce a name. */
const NAMING = new Set(["named", "called", "nicknamed", "dubbed", "alias", "codenamed"]);
/**
 * A capitalised word written mid-sentence that the corpus never writes in lower case is a name,
 * even said once ("drags Bakuto back"); at the start of a sentence it must be a known given name,
 * be said again, or come with a title, a possessive or "named".
 */
export function isLoneName(candidates: NameCandidate[], lowerCase: Set<string>): boolean {
  const word = candidates[0].words[0];
  if (lowerCase.has(word.toLowerCase()) || mostlyPlace(candidates)) return false;
  if (wordKnowledge(word).opener || wordKnowledge(word).place) return false;
  if (
    candidates.some(
      (c) =>
        c.possessive ||
        c.title !== undefined ||
        NAMING.has(c.before[c.before.length - 1]) ||
        !c.sentenceInitial,
    )
  ) {
    return true;
  }
  const { givenName, inLexicon, plural } = wordKnowledge(word);
  if (plural) return false; // "Dominoes becomes a war"
  return (
    candidates.length > 1 ||
    givenName ||
    (!inLexicon && candidates.some((c) => actsAsSubject(c.after)))
  );
}

/** "Bakuto bites", "Sowande and Murakami offer": a name the lexicon lacks, doing something. */
function actsAsSubject(after: string): boolean {
  const next = /^\s+(?:and\s+\p{Lu}[\p{L}'’-]*\s+)?(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)/u.exec(
    after,
  )?.[1];
  return next !== undefined && /(?:[^s]s|ed)$/.test(next) && !NOT_VERBS.has(next);
}

/** Seen mostly after "in", "at", "near": a place. */
export function mostlyPlace(candidates: NameCandidate[]): boolean {
  return candidates.filter(inPlaceContext).length * 2 > candidates.length;
}

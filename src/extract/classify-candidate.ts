import { LEXICON } from "./lexicon";
import type { NameCandidate } from "./name-candidates";
import { isAcronym, isCommonWord } from "./sentence-words";

const ARTICLES = new Set(["the", "a", "an"]);

export type CandidateKind = "name" | "place" | "organization" | "none";

/**
 * What a capitalised run most likely is, from its own words and its immediate context:
 * "Hunts Point Bridge" is a place, "Vantage Industries" an organization, "NYPD" an acronym,
 * "the Guild" something other than a person; the rest may be a name.
 */
export function classifyCandidate(candidate: NameCandidate): CandidateKind {
  const { words } = candidate;
  const last = words[words.length - 1];
  const whole = words.join(" ");
  if (candidate.label || candidate.joined || candidate.thing) return "none";
  if (LEXICON.organizationPrefixes.has(words[0]) && words.length > 1) return "organization";
  if (isOrganizationByApposition(candidate.after)) return "organization";
  if (LEXICON.organizationSuffixes.has(last)) return words.length > 1 ? "organization" : "none";
  if (LEXICON.placeSuffixes.has(last)) return words.length > 1 ? "place" : "none";
  if (LEXICON.placeNames.has(whole) || words.some((w) => LEXICON.placeNames.has(w))) return "place";
  if (words.some(isAcronym)) return "none";
  if (candidate.title === undefined && words.length === 1 && LEXICON.titles.has(whole))
    return "none";
  if (words.every((w) => isCommonWord(w) || LEXICON.titles.has(w))) return "none";
  if (
    candidate.title === undefined &&
    ARTICLES.has(candidate.before[candidate.before.length - 1] ?? "")
  ) {
    return "none";
  }
  return "name";
}

/** "Pierce, the family-owned news company": an apposition that names what the name is. */
function isOrganizationByApposition(after: string): boolean {
  // "Lanternglow by Nell, her candle business": the apposition may follow its owner's name.
  const apposition =
    /^(?:\s+by\s+\p{Lu}[\p{L}'’-]*,\s+(?:the|a|an|her|his|their)|,\s+(?:the|a|an))\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(
      after,
    );
  return (
    apposition !== null && apposition[1].split(/\s+/).some((w) => LEXICON.organizationNouns.has(w))
  );
}

/** Whether this occurrence reads like a place: "in Ashford", "at Kellerman's" is not. */
export function inPlaceContext(candidate: NameCandidate): boolean {
  if (candidate.possessive || candidate.title !== undefined) return false;
  return LEXICON.placePrepositions.has(candidate.before[candidate.before.length - 1] ?? "");
}

import { LEXICON } from "./lexicon";
import type { NameCandidate } from "./name-candidates";

/** The production role a candidate's context gives it ("showrunner X", "directed by X"), if any. */
export function productionRole(candidate: NameCandidate): string | undefined {
  const [previous, beforePrevious] = [...candidate.before].reverse();
  const before = LEXICON.rolesBefore.get(previous ?? "");
  if (before !== undefined) return before;
  if (previous === "by") {
    // "played by X", and "played with magnificent stiffness by X": the verb a few words back.
    const verb = [...candidate.before]
      .reverse()
      .slice(1)
      .find((w) => LEXICON.rolesBy.has(w));
    const by = LEXICON.rolesBy.get(beforePrevious ?? "") ?? (verb && LEXICON.rolesBy.get(verb));
    if (by) return by;
  }
  return roleInClause(candidate.after);
}

/** "Marco Ramirez, who has been elected showrunner": the role named in a clause about the person. */
function roleInClause(after: string): string | undefined {
  const clause = /^,\s+(?:who|the|a|an)\s+((?:[\p{Ll}-]+\s+){0,4}?)([\p{Ll}-]+)\b/u.exec(after);
  if (clause === null) return undefined;
  return LEXICON.rolesBefore.get(clause[2]);
}

/**
 * "Mike Colter's musclebound Luke Cage": an actor's possessive, a few lower-case words, then a
 * name the corpus knows as a character. Returns that character's surface form.
 */
export function playedCharacter(
  candidate: NameCandidate,
  isCharacterName: (name: string) => boolean,
): string | undefined {
  if (candidate.words.length < 2) return undefined;
  if (!candidate.possessive) return undefined;
  const match =
    /^['’]s((?:\s+[\p{Ll}-]+){0,3})\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)/u.exec(
      candidate.after,
    );
  if (match === null) return undefined;
  const words = match[1].trim().split(/\s+/);
  if (words.some((w) => LEXICON.relationWords.has(w))) return undefined;
  return isCharacterName(match[2]) ? match[2] : undefined;
}

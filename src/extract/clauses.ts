import type { TextSpan } from "./text-span";
import { splitSpan } from "./text-span";

/**
 * Where a sentence breaks into clauses that may each be about other people: semicolons, dashes,
 * and a comma before a conjunction that starts a new clause ("…, and Vanessa is barely back on her
 * feet"). A colon does not: what follows it tells more of the same scene. Characters relate only
 * within a clause.
 */
const CLAUSE_BREAK =
  /\s*(?:[;]|\s[—–-]\s|—|,\s+(?:and|but|so|while|whereas|although|though|then|yet|or)\s+(?=\S+\s+(?:\S+\s+)?(?:is|was|has|have|are|were|[a-z]+s|[a-z]+ed)\b))\s*/gu;

/** The clause spans of a sentence, in order, covering it from start to end. */
export function clausesOf(text: string, sentence: TextSpan): TextSpan[] {
  return splitSpan(text, sentence, CLAUSE_BREAK);
}

/** The index of the clause that holds a position. */
export function clauseAt(clauses: readonly TextSpan[], at: number): number {
  const index = clauses.findIndex((clause) => at < clause.end);
  return index < 0 ? clauses.length - 1 : index;
}

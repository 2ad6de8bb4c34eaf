import type { Evidence } from "../domain/graph-document";
import type { PronounMention } from "./pronouns";
import { clauseAt, clausesOf } from "./clauses";
import type { Reading, Sentence } from "./reading";
import { mentionsBySentence, sentenceAt } from "./reading";
import type { RelationshipSet } from "./relationship-set";

const CHARACTER = "character:";

/**
 * INTERACTS_WITH: two different characters named, or referred to by a resolved pronoun
 * (`pronouns`, see resolvePronouns), in the same sentence. Each such sentence is one piece of
 * evidence, so the weight counts sentences, not mentions; the evidence of a pair says
 * `viaPronoun` when one of the two was only referred to by a pronoun in that sentence.
 */
export function addCoOccurrences(
  reading: Reading,
  into: RelationshipSet,
  pronouns: readonly PronounMention[] = [],
): void {
  const referred = new Map<Sentence, { entity: string; at: number }[]>();
  for (const pronoun of pronouns) {
    const sentence = sentenceAt(reading, pronoun);
    if (sentence === undefined || !pronoun.entity.startsWith(CHARACTER)) continue;
    const entities = referred.get(sentence) ?? [];
    entities.push({ entity: pronoun.entity.slice(CHARACTER.length), at: pronoun.start });
    referred.set(sentence, entities);
  }
  const grouped = mentionsBySentence(reading);
  const sentences = [...new Set([...grouped.keys(), ...referred.keys()])];
  for (const sentence of sentences.sort((a, b) => a.start - b.start)) {
    const named = (grouped.get(sentence) ?? [])
      .filter((m) => m.entity.startsWith(CHARACTER))
      .map((m) => ({ entity: m.entity.slice(CHARACTER.length), at: m.start }));
    const inPronoun = referred.get(sentence) ?? [];
    if (new Set([...named, ...inPronoun].map((m) => m.entity)).size < 2) continue;
    const evidence: Evidence = {
      document: reading.document,
      start: sentence.start,
      end: sentence.end,
      quote: reading.text.slice(sentence.start, sentence.end),
    };
    const throughPronoun: Evidence = { ...evidence, viaPronoun: true };
    for (const [a, b, direct] of pairsByClause(reading.text, sentence, named, inPronoun)) {
      into.add(a, b, "INTERACTS_WITH", direct ? evidence : throughPronoun);
    }
  }
}

type Referent = { entity: string; at: number };

/** Pairs of characters that share a clause, each once, and whether both were named there. */
function pairsByClause(
  text: string,
  sentence: Sentence,
  named: Referent[],
  pronouns: Referent[],
): [string, string, boolean][] {
  const clauses = clausesOf(text, sentence);
  const byClause = new Map<number, { named: Set<string>; all: Set<string> }>();
  const add = (referent: Referent, isNamed: boolean) => {
    const index = clauseAt(clauses, referent.at);
    const clause = byClause.get(index) ?? { named: new Set<string>(), all: new Set<string>() };
    clause.all.add(referent.entity);
    if (isNamed) clause.named.add(referent.entity);
    byClause.set(index, clause);
  };
  named.forEach((r) => add(r, true));
  pronouns.forEach((r) => add(r, false));
  const pairs = new Map<string, [string, string, boolean]>();
  for (const clause of byClause.values()) {
    const characters = [...clause.all].sort();
    for (let i = 0; i < characters.length; i++) {
      for (let j = i + 1; j < characters.length; j++) {
        const [a, b] = [characters[i], characters[j]];
        const direct = clause.named.has(a) && clause.named.has(b);
        const key = `${a} ${b}`;
        pairs.set(key, [a, b, direct || (pairs.get(key)?.[2] ?? false)]);
      }
    }
  }
  return [...pairs.values()];
}

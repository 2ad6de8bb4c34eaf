import type { Evidence } from "../domain/graph-document";
import type { PronounMention } from "./pronouns";
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
  const referred = new Map<Sentence, Set<string>>();
  for (const pronoun of pronouns) {
    const sentence = sentenceAt(reading, pronoun);
    if (sentence === undefined || !pronoun.entity.startsWith(CHARACTER)) continue;
    const entities = referred.get(sentence) ?? new Set<string>();
    referred.set(sentence, entities.add(pronoun.entity.slice(CHARACTER.length)));
  }
  const grouped = mentionsBySentence(reading);
  const sentences = [...new Set([...grouped.keys(), ...referred.keys()])];
  for (const sentence of sentences.sort((a, b) => a.start - b.start)) {
    const named = new Set(
      (grouped.get(sentence) ?? [])
        .filter((m) => m.entity.startsWith(CHARACTER))
        .map((m) => m.entity.slice(CHARACTER.length)),
    );
    const characters = [...new Set([...named, ...(referred.get(sentence) ?? [])])].sort();
    if (characters.length < 2) continue;
    const evidence: Evidence = {
      document: reading.document,
      start: sentence.start,
      end: sentence.end,
      quote: reading.text.slice(sentence.start, sentence.end),
    };
    const throughPronoun: Evidence = { ...evidence, viaPronoun: true };
    for (let i = 0; i < characters.length; i++) {
      for (let j = i + 1; j < characters.length; j++) {
        const [a, b] = [characters[i], characters[j]];
        const read = named.has(a) && named.has(b) ? evidence : throughPronoun;
        into.add(a, b, "INTERACTS_WITH", read);
      }
    }
  }
}

import type { Reading } from "./reading";
import { mentionsBySentence } from "./reading";
import type { RelationshipSet } from "./relationship-set";

/**
 * INTERACTS_WITH: two different characters named in the same sentence. Each such sentence is
 * one piece of evidence, so the weight counts sentences, not mentions.
 */
export function addCoOccurrences(reading: Reading, into: RelationshipSet): void {
  for (const [sentence, mentions] of mentionsBySentence(reading)) {
    const characters = [
      ...new Set(mentions.filter((m) => m.entity.startsWith("character:")).map((m) => m.entity)),
    ]
      .map((key) => key.slice("character:".length))
      .sort();
    const quote = reading.text.slice(sentence.start, sentence.end);
    const evidence = {
      document: reading.document,
      start: sentence.start,
      end: sentence.end,
      quote,
    };
    for (let i = 0; i < characters.length; i++) {
      for (let j = i + 1; j < characters.length; j++) {
        into.add(characters[i], characters[j], "INTERACTS_WITH", evidence);
      }
    }
  }
}

import type { Evidence } from "../domain/graph-document";
import type { Extraction } from "./extract-corpus";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { sentenceAt } from "./reading";

/** A name extraction found on its own, for a curator to accept into the gazetteer or reject. */
export interface Discovery {
  kind: "character" | "person";
  id: string;
  name: string;
  confidence: number;
  /** Every way the text wrote the name. */
  surfaces: string[];
  mentions: number;
  /** The sentence of the first mention. */
  firstEvidence?: Evidence;
}

export interface DiscoveryReport {
  discoveries: Discovery[];
  /** Short forms and misspellings that joined a name as its aliases, for a curator to check. */
  variants: { surface: string; of: string }[];
}

/** Low-confidence characters and people of an extraction, most mentioned first. */
export function discoveryReport(extraction: Extraction): DiscoveryReport {
  const discoveries: Discovery[] = [];
  const mentionsOf = mentionsByEntity(extraction.readings);
  for (const [key, entity] of extraction.catalog.entities) {
    if (entity.confidence >= 1 || (entity.kind !== "character" && entity.kind !== "person"))
      continue;
    const mentions = mentionsOf.get(key) ?? [];
    if (mentions.length === 0) continue;
    const { reading, mention } = mentions[0];
    const sentence = sentenceAt(reading, mention) ?? mention;
    discoveries.push({
      kind: entity.kind,
      id: entity.id,
      name: entity.name,
      confidence: entity.confidence,
      surfaces: [...new Set(mentions.map((m) => m.mention.surface))].sort(),
      mentions: mentions.length,
      firstEvidence: {
        document: reading.document,
        start: sentence.start,
        end: sentence.end,
        quote: reading.text.slice(sentence.start, sentence.end),
      },
    });
  }
  discoveries.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const variants = [...extraction.catalog.variants].sort(
    (a, b) => (a.of < b.of ? -1 : a.of > b.of ? 1 : 0) || (a.surface < b.surface ? -1 : 1),
  );
  return { discoveries, variants };
}

/** Every mention with its reading, by entity key, in reading and then text order. */
function mentionsByEntity(
  readings: Reading[],
): Map<string, { reading: Reading; mention: Mention }[]> {
  const byEntity = new Map<string, { reading: Reading; mention: Mention }[]>();
  for (const reading of readings) {
    for (const mention of reading.mentions) {
      const found = byEntity.get(mention.entity);
      if (found === undefined) byEntity.set(mention.entity, [{ reading, mention }]);
      else found.push({ reading, mention });
    }
  }
  return byEntity;
}

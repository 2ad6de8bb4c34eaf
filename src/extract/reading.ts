import type { Catalog } from "./catalog";
import type { Mention } from "./mentions";
import { findMentions } from "./mentions";
import { splitScenes } from "./scenes";
import { splitSentences } from "./sentences";
import type { TextSpan } from "./text-span";

export interface Sentence extends TextSpan {
  /** Index of the scene (paragraph) the sentence belongs to. */
  scene: number;
}

/** One document as extraction sees it: its scenes, sentences and mentions of graph nodes. */
export interface Reading {
  document: string;
  text: string;
  scenes: TextSpan[];
  sentences: Sentence[];
  /** Mentions of characters, people and organizations (places only block false matches). */
  mentions: Mention[];
}

export function readDocument(document: string, text: string, catalog: Catalog): Reading {
  const scenes = splitScenes(text);
  const sentences = sentencesOf(text, scenes);
  const mentions = findMentions(text, catalog).filter((m) => !m.entity.startsWith("place:"));
  return { document, text, scenes, sentences, mentions };
}

export function sentencesOf(text: string, scenes = splitScenes(text)): Sentence[] {
  return scenes.flatMap((scene, index) =>
    splitSentences(text, scene).map((span) => ({ ...span, scene: index })),
  );
}

/** The sentence holding a span, if any (sentences are sorted and disjoint). */
export function sentenceAt(reading: Reading, span: TextSpan): Sentence | undefined {
  let low = 0;
  let high = reading.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = reading.sentences[middle];
    if (span.start < sentence.start) high = middle - 1;
    else if (span.start >= sentence.end) low = middle + 1;
    else return span.end <= sentence.end ? sentence : undefined;
  }
  return undefined;
}

/** Mentions grouped by the sentence they fall in, in sentence order. */
export function mentionsBySentence(reading: Reading): Map<Sentence, Mention[]> {
  const grouped = new Map<Sentence, Mention[]>();
  for (const mention of reading.mentions) {
    const sentence = sentenceAt(reading, mention);
    if (sentence === undefined) continue;
    grouped.set(sentence, [...(grouped.get(sentence) ?? []), mention]);
  }
  return grouped;
}

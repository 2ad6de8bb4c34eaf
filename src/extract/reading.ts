import type { Mention } from "./mentions";
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

/** The scenes of a document and its sentences, which do not depend on the catalog. */
export interface Layout {
  scenes: TextSpan[];
  sentences: Sentence[];
}

export function layoutOf(text: string): Layout {
  const scenes = splitScenes(text);
  return { scenes, sentences: sentencesOf(text, scenes) };
}

/**
 * A document read against the catalog `mentionsIn` was made from (see `mentionFinder`); `layout`
 * is the text's `layoutOf`, computed once for discovery and reused here.
 */
export function readDocument(
  document: string,
  text: string,
  layout: Layout,
  mentionsIn: (text: string) => Mention[],
): Reading {
  const mentions = mentionsIn(text).filter((m) => !m.entity.startsWith("place:"));
  return { document, text, scenes: layout.scenes, sentences: layout.sentences, mentions };
}

export function sentencesOf(text: string, scenes = splitScenes(text)): Sentence[] {
  return scenes.flatMap((scene, index) =>
    splitSentences(text, scene).map(({ start, end }) => ({ start, end, scene: index })),
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

/**
 * Mentions grouped by the sentence they fall in, in sentence order. Co-occurrence, relation
 * patterns and portrayals each ask for the same reading's grouping, so it is made once per
 * reading and shared: callers must not modify it.
 */
export function mentionsBySentence(reading: Reading): ReadonlyMap<Sentence, readonly Mention[]> {
  let grouped = groupedMentions.get(reading);
  if (grouped === undefined) {
    grouped = groupBySentence(reading);
    groupedMentions.set(reading, grouped);
  }
  return grouped;
}

const groupedMentions = new WeakMap<Reading, Map<Sentence, Mention[]>>();

/** One walk through both lists, which are sorted: mentions by start, sentences too (disjoint). */
function groupBySentence(reading: Reading): Map<Sentence, Mention[]> {
  const grouped = new Map<Sentence, Mention[]>();
  const { sentences } = reading;
  let next = 0;
  for (const mention of reading.mentions) {
    while (next < sentences.length && sentences[next].end <= mention.start) next++;
    const sentence = sentences[next];
    if (sentence === undefined || mention.start < sentence.start || mention.end > sentence.end)
      continue;
    const inSentence = grouped.get(sentence);
    if (inSentence === undefined) grouped.set(sentence, [mention]);
    else inSentence.push(mention);
  }
  return grouped;
}

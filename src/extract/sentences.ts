import abbreviationLexicon from "./lexicon/abbreviations.json";
import { lineBlocks } from "./line-blocks";
import type { TextSpan } from "./text-span";

const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviationLexicon.words);
/** Terminal punctuation with the closing quotes and brackets that belong to the sentence. */
const TERMINAL = /[.!?…]+["”’')\]]*(?=\s)/g;
/** What may open the next sentence. */
const OPENER = /[\p{Lu}\p{N}"“‘'([¿¡]/u;
const WORD_BEFORE_STOP = /([\p{L}.]+)\.$/u;

/** Sentence spans of a scene (a paragraph), trimmed, in order. */
export function splitSentences(text: string, scene: TextSpan): TextSpan[] {
  return lineBlocks(text, scene).flatMap((block) => splitBlock(text, block));
}

function splitBlock(text: string, block: TextSpan): TextSpan[] {
  const body = text.slice(block.start, block.end);
  const sentences: TextSpan[] = [];
  let start = 0;
  for (const match of body.matchAll(TERMINAL)) {
    const end = match.index + match[0].length;
    const next = body.slice(end).trimStart()[0];
    if (next === undefined || !OPENER.test(next)) continue;
    if (!endsSentence(body, match.index, match[0])) continue;
    sentences.push({ start: block.start + start, end: block.start + end });
    start = end + (body.slice(end).length - body.slice(end).trimStart().length);
  }
  sentences.push({ start: block.start + start, end: block.end });
  return sentences.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

function endsSentence(body: string, at: number, terminal: string): boolean {
  if (terminal.startsWith("...") || terminal.startsWith("…")) return !insideQuote(body, at);
  if (!terminal.startsWith(".") || terminal.startsWith("..")) return true;
  const word = WORD_BEFORE_STOP.exec(body.slice(0, at + 1))?.[1];
  if (word === undefined) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial ("J. R. Hartley", "Michael B. Jordan") or an acronym with stops ("U.N.").
  return !/^(?:\p{Lu}\.?)+$/u.test(word);
}

function insideQuote(body: string, at: number): boolean {
  const before = body.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = before.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

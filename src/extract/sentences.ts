import abbreviationLexicon from "./lexicon/abbreviations.json";
import { lineBlocks } from "./line-blocks";
import type { TextSpan } from "./text-span";
import { isSpaceAt } from "./text-span";
import { codePointBefore, isLetter, width } from "./word-scan";

const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviationLexicon.words);
/** Terminal punctuation with the closing quotes and brackets that belong to the sentence. */
const TERMINAL = /[.!?…]+["”’')\]]*(?=\s)/g;
/** What may open the next sentence. */
const OPENER = /[\p{Lu}\p{N}"“‘'([¿¡]/u;
const FULL_STOP = 0x2e;

/** Sentence spans of a scene (a paragraph), trimmed, in order. */
export function splitSentences(text: string, scene: TextSpan): TextSpan[] {
  return lineBlocks(text, scene).flatMap((block) => splitBlock(text, block));
}

function splitBlock(text: string, block: TextSpan): TextSpan[] {
  const body = text.slice(block.start, block.end);
  const quotes = new QuoteCounter(body);
  const sentences: TextSpan[] = [];
  let start = 0;
  for (const match of body.matchAll(TERMINAL)) {
    const end = match.index + match[0].length;
    const nextStart = skipSpace(body, end);
    if (nextStart === body.length || !OPENER.test(body[nextStart])) continue;
    if (!endsSentence(body, match.index, match[0], quotes)) continue;
    sentences.push({ start: block.start + start, end: block.start + end });
    start = nextStart;
  }
  sentences.push({ start: block.start + start, end: block.end });
  return sentences.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

function endsSentence(body: string, at: number, terminal: string, quotes: QuoteCounter): boolean {
  if (terminal.startsWith("...") || terminal.startsWith("…")) return !quotes.insideQuoteAt(at);
  if (!terminal.startsWith(".") || terminal.startsWith("..")) return true;
  const word = wordBeforeStop(body, at);
  if (word === undefined) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial ("J. R. Hartley", "Michael B. Jordan") or an acronym with stops ("U.N.").
  return !/^(?:\p{Lu}\.?)+$/u.test(word);
}

/** The index of the first character at or after `from` that is not white space. */
function skipSpace(body: string, from: number): number {
  let at = from;
  while (at < body.length && isSpaceAt(body, at)) at++;
  return at;
}

/**
 * The run of letters and full stops that ends right before the full stop at `stop` ("Mr", "U.N"),
 * if any: group 1 of `/([\p{L}.]+)\.$/u` on the text up to the stop. Scans backwards from the
 * stop so that the cost is the word's length, not the block's.
 */
function wordBeforeStop(body: string, stop: number): string | undefined {
  let start = stop;
  while (start > 0) {
    const codePoint = codePointBefore(body, start);
    if (codePoint !== FULL_STOP && !isLetter(codePoint)) break;
    start -= width(codePoint);
  }
  return start < stop ? body.slice(start, stop) : undefined;
}

/**
 * Whether a position of a block is inside a quotation, from the quotes opened and closed before
 * it. The positions asked about only move forward, so the block is counted through once.
 */
class QuoteCounter {
  private counted = 0;
  private curly = 0;
  private straight = 0;

  constructor(private readonly body: string) {}

  insideQuoteAt(at: number): boolean {
    for (; this.counted < at; this.counted++) {
      const character = this.body[this.counted];
      if (character === "“") this.curly++;
      else if (character === "”") this.curly--;
      else if (character === '"') this.straight++;
    }
    return this.curly > 0 || this.straight % 2 === 1;
  }
}

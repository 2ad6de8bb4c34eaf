import type { TextSpan } from "./text-span";
import { trimSpan } from "./text-span";

/** A blank line (possibly holding spaces) separates paragraphs; \r\n and \r count as line ends. */
const PARAGRAPH_BREAK = /(?:\r\n|\r|\n)(?:[ \t\u00a0]*(?:\r\n|\r|\n))+/g;

/** Paragraph spans of a text, trimmed, in order; empty paragraphs are skipped. */
export function splitScenes(text: string): TextSpan[] {
  const scenes: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    pushTrimmed(text, { start, end: match.index }, scenes);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, { start, end: text.length }, scenes);
  return scenes;
}

function pushTrimmed(text: string, span: TextSpan, into: TextSpan[]): void {
  const trimmed = trimSpan(text, span);
  if (trimmed.end > trimmed.start) into.push(trimmed);
}

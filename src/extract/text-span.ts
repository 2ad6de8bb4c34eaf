/** Offsets are UTF-16 indices into the original document text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A source document as given to extraction: where it came from and its exact text. */
export interface SourceText {
  source: string;
  text: string;
  /**
   * A title given apart from the text (ingest). Without one, the text's first line is taken
   * as its title and its words are not read as names.
   */
  title?: string;
  /** The curated work the user says the document belongs to (`--work`). */
  work?: string;
}

/** Narrows a span so it has no leading or trailing white space. */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

const SPACE = /\s/;

/** Whether the code unit at `at` is white space as `\s` and `String.prototype.trim` see it. */
export function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // Printable ASCII is never white space: answer the common case without a regular expression.
  if (code > 0x20 && code < 0x7f) return false;
  return SPACE.test(text[at]);
}

/** The pieces of a span between the matches of a global pattern, in order, covering it. */
export function splitSpan(text: string, span: TextSpan, separator: RegExp): TextSpan[] {
  const pieces: TextSpan[] = [];
  const body = text.slice(span.start, span.end);
  let start = 0;
  for (const match of body.matchAll(separator)) {
    pieces.push({ start: span.start + start, end: span.start + match.index });
    start = match.index + match[0].length;
  }
  pieces.push({ start: span.start + start, end: span.end });
  return pieces;
}

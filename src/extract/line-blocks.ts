import type { TextSpan } from "./text-span";
import { splitSpan, trimSpan } from "./text-span";

/** A list bullet, a Markdown heading mark or a list number that opens a line. */
const LINE_MARKER = /^[ \t\u00a0]*(?:[•◦▪‣●∙·*+\-–—]|#{1,6}|\d{1,3}[.)])[ \t\u00a0]+/;
const LINE_END = /\r\n|\r|\n/g;
/** A line that ends like this closes its sentence even without a full stop. */
const CLOSED_LINE = /[.!?…:;"”’)\]]$/;
/** Shorter lines are headings or dialogue, not wrapped prose. */
const WRAPPED_LINE_LENGTH = 40;

/**
 * Splits a scene into blocks no sentence crosses: each line is a block, except that hard-wrapped
 * prose (a long line that does not end a clause, followed by an unmarked line) is joined up again.
 * List markers are left outside the blocks.
 */
export function lineBlocks(text: string, scene: TextSpan): TextSpan[] {
  const lines = splitSpan(text, scene, LINE_END);
  const blocks: TextSpan[] = [];
  let current: TextSpan | undefined;
  for (const line of lines) {
    const marker = LINE_MARKER.exec(text.slice(line.start, line.end));
    const content = trimSpan(text, {
      start: line.start + (marker?.[0].length ?? 0),
      end: line.end,
    });
    if (content.end <= content.start) continue;
    if (current !== undefined && !marker && continuesProse(text, current)) {
      current.end = content.end;
    } else {
      current = { start: content.start, end: content.end };
      blocks.push(current);
    }
  }
  return blocks;
}

function continuesProse(text: string, block: TextSpan): boolean {
  const lastLine = text.slice(lastLineStart(text, block), block.end);
  return lastLine.length >= WRAPPED_LINE_LENGTH && !CLOSED_LINE.test(lastLine);
}

/**
 * Where the block's last line begins. Looks back no further than the block's start, so that a
 * text without any "\r" is not searched back to its beginning for one on every line.
 */
function lastLineStart(text: string, block: TextSpan): number {
  let start = block.end;
  while (start > block.start && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  return start;
}

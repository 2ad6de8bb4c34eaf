import type { TextSpan } from "./text-span";

/** Longer first lines are prose, not a title. */
const TITLE_WORDS = 15;
/** A heading that names the series before the episode: "Jessica Jones, Season 1", "LUKE CAGE 1.07". */
const SERIES_HEADING =
  /^[ \t]*(?:Title:\s*)?(\p{Lu}[^\r\n|:,(–—]*?)\s*(?:[-–—|:,(]\s*)?(?:Season\b|season\b|S\d+\s?E\d+|\d+x\d+\b|\d+\.\d+\b|Episode\b|episode\b|Ep\.?\s*\d|recap\b|Recap\b)/gmu;
const PREVIOUSLY = /\bPreviously on ([\p{Lu}][^\r\n:.;]{0,60}?)\s*[:.;]/gu;

/** The series' titles a recap's headings use, and the spans where they stand as titles. */
export interface WorkTitles {
  titles: Set<string>;
  spans: TextSpan[];
}

/**
 * The titles of the series a recap is about, as its headings write them ("Jessica Jones" in
 * "Jessica Jones, Season 1, Episode 8", "Luke Cage" in "Previously on Luke Cage:"), and where.
 */
export function workTitles(text: string): WorkTitles {
  const titles = new Set<string>();
  const spans: TextSpan[] = [];
  for (const pattern of [SERIES_HEADING, PREVIOUSLY]) {
    for (const match of text.matchAll(pattern)) {
      const title = match[1]
        .replace(/^The\s+/i, "")
        .trim()
        .toLowerCase();
      if (title === "" || title.split(/\s+/).length > 6) continue;
      titles.add(title);
      const start = match.index + match[0].indexOf(match[1]);
      spans.push({ start, end: start + match[1].length });
    }
  }
  return { titles, spans };
}

/**
 * Whether a name is the series' title rather than a character: always where a heading uses it;
 * elsewhere when it has several words ("Iron Fist") or is an English word ("Undertow").
 * A show named for its lead ("Quorra") keeps the lead in the prose.
 */
export function isWorkTitle(
  titles: WorkTitles,
  name: string,
  span: TextSpan,
  isWord: (name: string) => boolean,
): boolean {
  if (!titles.titles.has(name.toLowerCase())) return false;
  if (titles.spans.some((s) => span.start < s.end && s.start < span.end)) return true;
  return /\s/.test(name) || isWord(name);
}

/** The first line, when it reads as a title: short, and not a sentence. */
export function titleLine(text: string): { start: number; end: number } | undefined {
  const line = /\S[^\r\n]*/.exec(text);
  if (line === null) return undefined;
  const end = line.index + line[0].length;
  if (end >= text.trimEnd().length) return undefined;
  const words = line[0].trim().split(/\s+/).length;
  if (words > TITLE_WORDS || /[.!?]["”’]?$/.test(line[0].trim())) return undefined;
  return { start: line.index, end };
}

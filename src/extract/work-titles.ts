/** Longer first lines are prose, not a title. */
const TITLE_WORDS = 15;
/** A heading that names the series before the episode: "Breaking Bad, Season 4", "LUKE CAGE 1.07". */
const SERIES_HEADING =
  /^[ \t]*(?:Title:\s*)?(\p{Lu}[^\r\n|:,(–—]*?)\s*(?:[-–—|:,(]\s*)?(?:Season\b|season\b|S\d+\s?E\d+|\d+x\d+\b|\d+\.\d+\b|Episode\b|episode\b|Ep\.?\s*\d|recap\b|Recap\b)/gmu;
const PREVIOUSLY = /\bPreviously on ([\p{Lu}][^\r\n:.;]{0,60}?)\s*[:.;]/gu;

/**
 * The titles of the series a recap is about, as its headings write them ("Breaking Bad" in
 * "Breaking Bad, Season 4, Episode 13", "Ted Lasso" in "Previously on Ted Lasso:"). A name equal
 * to one of them is the show's, not a character's.
 */
export function workTitles(text: string): Set<string> {
  const titles = new Set<string>();
  for (const pattern of [SERIES_HEADING, PREVIOUSLY]) {
    for (const match of text.matchAll(pattern)) {
      const title = match[1]
        .replace(/^The\s+/i, "")
        .trim()
        .toLowerCase();
      if (title !== "" && title.split(/\s+/).length <= 6) titles.add(title);
    }
  }
  return titles;
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

import creditCues from "../lexicon/credits.json";
import type { TextSpan } from "../text-span";
import { creditedNames } from "./credited-names";

/** A real person a credit names, with the roles it gives and the character it says they play. */
export interface Credit extends TextSpan {
  name: string;
  roles: string[];
  plays?: string;
}

const BY_CUES: Record<string, string[]> = creditCues.by;
const LABELS: Record<string, string[]> = creditCues.labels;
/** Cues that say who made the episode wherever they stand ("..., directed by X"). */
const ANYWHERE = new Set(["written and directed", "written & directed", "written", "directed"]);

const alternatives = (keys: string[]) =>
  keys
    .filter((key) => key !== "")
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/\s+/g, "\\s+"))
    .join("|");
/** Where a credit may start: a line start, a separator of credit lines, or a sentence end. */
const LEAD = String.raw`(?:^|(?<=[|/•·;–—(]\s*)|(?<=[.!?]\s+))`;
const BY = new RegExp(
  String.raw`(?<![\p{L}])(${alternatives(Object.keys(BY_CUES))})\s+by\s+`,
  "giu",
);
const BYLINE = /^[ \t]*By\s+/gmu;
const LABEL = new RegExp(`${LEAD}(${alternatives(Object.keys(LABELS))})\\s*:\\s*`, "gimu");
/** "Starring X, Y", "With X, Y and Z (Mabel)": actor labels opening a line without a colon. */
const BARE_LABEL = /^[ \t]*(Starring|Also starring|Featuring|With|Guest starring)\s+(?=\p{Lu})/gmu;

interface Cue {
  at: number;
  end: number;
  roles: string[];
}

/**
 * The credits of a text: "Written by X & Y | Directed by Z", "Director: X", "Recap by X", a
 * byline, and cast lists ("Cast: Actor (Character), ..."). Each named person is returned with
 * the span of the name in the text; the names of a cue run until the list ends or the next cue.
 */
export function readCredits(text: string): Credit[] {
  const cues = findCues(text);
  return cues.flatMap((cue, i) => {
    const limit = Math.min(cues[i + 1]?.at ?? text.length, lineEnd(text, cue.end));
    const isCast = cue.roles.includes("actor");
    return creditedNames(text, cue.end, limit, isCast).map((name) => ({
      ...name,
      roles: cue.roles,
    }));
  });
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const add = (at: number, end: number, roles: string[] | undefined) => {
    if (roles !== undefined) cues.push({ at, end, roles });
  };
  for (const match of text.matchAll(BY)) {
    const key = match[1].toLowerCase().replace(/\s+/g, " ");
    if (ANYWHERE.has(key) || startsCredit(text, match.index))
      add(match.index, match.index + match[0].length, BY_CUES[key]);
  }
  for (const match of text.matchAll(BYLINE))
    add(match.index, match.index + match[0].length, BY_CUES[""]);
  for (const pattern of [LABEL, BARE_LABEL]) {
    for (const match of text.matchAll(pattern))
      add(match.index, match.index + match[0].length, LABELS[match[1].toLowerCase()]);
  }
  return cues.sort((a, b) => a.at - b.at);
}

function startsCredit(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:^|[\r\n|/•·;–—(]\s*|[.!?]\s+)$/u.test(before);
}

function lineEnd(text: string, from: number): number {
  const end = text.slice(from).search(/[\r\n]/);
  return end < 0 ? text.length : from + end;
}

import creditCues from "../lexicon/credits.json";
import type { TextSpan } from "../text-span";
import type { CreditedName } from "./credited-names";
import { creditedNames } from "./credited-names";
import { escapeRegExp } from "../escape-reg-exp";

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
const BYLINE = /^[ \t]*[Bb]y\s+(?=\p{Lu})/gmu;
const LABEL = new RegExp(`${LEAD}(${alternatives(Object.keys(LABELS))})\\s*:\\s*`, "gimu");
/** "Showrunners Joe Weisberg and Joel Fields have...": a role opening a sentence, then names. */
const BARE_ROLE = new RegExp(
  `${LEAD}(Showrunners?|Writers?|Directors?|Creators?|Co-creators?|Executive producers?)\\s+(?=\\p{Lu}\\p{Ll})`,
  "gmu",
);
/** "Starring X, Y", "With X, Y and Z (Mabel)": actor labels opening a line without a colon. */
const BARE_LABEL = new RegExp(
  `(?:^[ \\t]*(With)|${LEAD}(Starring|Also starring|Featuring|Guest starring))\\s+(?=\\p{Lu})`,
  "gmu",
);

interface Cue {
  at: number;
  end: number;
  roles: string[];
}

/** What a text credits: the people named, and the spans of the credits (cue and names). */
export interface Credits {
  people: Credit[];
  spans: TextSpan[];
}

/**
 * The credits of a text: "Written by X & Y | Directed by Z", "Director: X", "Recap by X", a
 * byline, and cast lists ("Cast: Actor (Character), ..." or "Character (Actor), ..."). Each named
 * person is returned with the span of the name in the text; the names of a cue run until the
 * list ends or the next cue.
 */
export function readCredits(text: string): Credits {
  const cues = findCues(text);
  const lists = cues.map((cue, i) => {
    const limit = Math.min(cues[i + 1]?.at ?? text.length, lineEnd(text, cue.end));
    const isCast = cue.roles.includes("actor");
    return { cue, names: creditedNames(text, cue.end, limit, isCast) };
  });
  const spans = lists
    .filter(({ names }) => names.length > 0)
    .map(({ cue, names }) => ({ start: cue.at, end: names[names.length - 1].listEnd }));
  const people = lists.flatMap(({ cue, names }) =>
    actorsOutside(text, names, spans).map((name) => ({ ...name, roles: cue.roles })),
  );
  return { people, spans };
}

/**
 * "Luke Cage (Mike Colter)" or "Mike Colter (Luke Cage)": the side whose words the rest of the text
 * uses is the character. A list is read one way throughout; actor first when nothing tells.
 */
function actorsOutside(text: string, names: CreditedName[], credits: TextSpan[]): CreditedName[] {
  const bracketed = names.filter((n) => n.plays !== undefined);
  const prose = proseOf(text, credits);
  const uses = (name: string) => name.split(/\s+/).filter((w) => usedIn(prose, w)).length;
  const outer = bracketed.reduce((sum, n) => sum + uses(n.name), 0);
  const inner = bracketed.reduce((sum, n) => sum + uses(n.plays!), 0);
  if (outer <= inner) return names;
  return names.map((n) =>
    n.plays === undefined ? n : { ...n, name: n.plays, plays: n.name, ...n.playsSpan! },
  );
}

function proseOf(text: string, credits: TextSpan[]): string {
  let prose = "";
  let at = 0;
  for (const span of credits) {
    prose += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  return prose + text.slice(at);
}

function usedIn(prose: string, word: string): boolean {
  if (word.length < 2 || /\.$/.test(word)) return false;
  const escaped = escapeRegExp(word);
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(prose);
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
  for (const pattern of [LABEL, BARE_LABEL, BARE_ROLE]) {
    for (const match of text.matchAll(pattern)) {
      const label = (match[1] ?? match[2]).toLowerCase().replace(/s$/, "");
      add(match.index, match.index + match[0].length, LABELS[label] ?? LABELS[`${label}s`]);
    }
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

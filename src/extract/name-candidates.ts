import { LEXICON } from "./lexicon";
import type { Mention } from "./mentions";
import type { Word } from "./sentence-words";
import {
  asGiven,
  continuesName,
  isAcronym,
  isCapitalised,
  isCommonWord,
  isHeadline,
  isJoined,
  sentenceWords,
  startsFullName,
} from "./sentence-words";
import { wordKnowledge } from "./name-lexicon";
import type { Sentence } from "./reading";
import { readsAsThing } from "./thing-context";
import type { TextSpan } from "./text-span";

/** A run of capitalised words the gazetteer does not know, with the clues around it. */
export interface NameCandidate extends TextSpan {
  document: string;
  /** The name words, title and possessive left out ("Detective Ana Ruiz's" -> Ana, Ruiz). */
  words: string[];
  title?: string;
  /** The text from the title (if any) to the end of the name: text.slice(start, end). */
  surface: string;
  sentenceInitial: boolean;
  possessive: boolean;
  /** A heading before a colon ("Action Prologue: ...") or a quoted title ("Kinbaku"). */
  label: boolean;
  /** Written right next to a known name ("New Harlem Renaissance", "Trish Talk"): part of it. */
  joined: boolean;
  /** The context makes it a thing, not a person (see `readsAsThing`). */
  thing: boolean;
  /** Up to six lower-cased words before the candidate. */
  before: string[];
  /** The text right after the candidate (a short window). */
  after: string;
}

const OPENING = /[\s"“‘'([*•:–—-]/u;

/** Every candidate name in a sentence; words covered by known mentions are skipped. */
export function nameCandidates(
  text: string,
  document: string,
  sentence: Sentence,
  known: Mention[],
  lowerCase: Set<string>,
): NameCandidate[] {
  const words = sentenceWords(text, sentence, known);
  if (isHeadline(words, text.slice(sentence.start, sentence.end))) return [];
  const candidates: NameCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const opensFullName = startsFullName(text, words[i], words[i + 1], lowerCase);
    if (!isCapitalised(words[i].text) && !opensFullName) continue;
    const run = [opensFullName ? asGiven(words[i]) : words[i]];
    while (i + 1 < words.length) {
      const [last, next] = [run[run.length - 1], words[i + 1]];
      if (continuesName(text, last, next, words[i + 2])) run.push(words[++i]);
      else if (startsFullName(text, next, last, lowerCase, true)) run.push(asGiven(words[++i]));
      else break;
    }
    const article = ARTICLES.has(run[0].text) || articleBefore(words, i - run.length + 1);
    const atStart = /^[\s"“‘'([]*$/u.test(text.slice(sentence.start, run[0].start));
    let stripped = false;
    while (run.length > 1 && opensName(run[0].text, atStart || stripped)) {
      run.shift();
      stripped = true;
    }
    // "The Quiet Ward", "the Good Samaritan": a titled thing, not a person called Ward.
    if (article && stripped && run.length === 1) continue;
    if (run.every((w) => isCommonWord(w.text))) continue;
    const candidate = toCandidate(text, document, sentence, run, words);
    if (candidate !== undefined) candidates.push(candidate);
  }
  return candidates;
}

const ARTICLES = new Set(["The", "A", "An"]);

/**
 * "Meanwhile Jon", "Thinking Shades", "Young Cornell": a first word that is not the name's.
 * Adjectives and gerunds only open a sentence; mid-sentence they may be names (Archie Manning).
 */
function opensName(word: string, sentenceStart: boolean): boolean {
  if (LEXICON.titles.has(word)) return false; // "Sergeant Mahoney": a title, kept with the name
  return isCommonWord(word) || (sentenceStart && wordKnowledge(word).opener);
}

function articleBefore(words: Word[], index: number): boolean {
  return /^(?:the|a|an)$/.test(words[index - 1]?.text ?? "");
}

function toCandidate(
  text: string,
  document: string,
  sentence: Sentence,
  run: Word[],
  all: Word[],
): NameCandidate | undefined {
  const start = run[0].start;
  const lastWord = run[run.length - 1];
  const possessive = /['’]s$/.test(lastWord.text);
  const end = possessive ? lastWord.end - 2 : lastWord.end;
  const names = run.map((w, i) =>
    i === run.length - 1 && possessive ? w.text.slice(0, -2) : w.text,
  );
  while (names.length > 1 && isAcronym(names[names.length - 1])) names.pop();
  const titles = names.findIndex((name, i) => !LEXICON.titles.has(name) || i === names.length - 1);
  const title = titles > 0 ? names[0] : undefined;
  const words = names.slice(Math.max(titles, 0));
  if (words.length === 0 || words.some((w) => w.length < 2 && !/^\p{Lu}$/u.test(w)))
    return undefined;
  const index = all.findIndex((w) => w.start === run[0].start);
  const lead = text.slice(sentence.start, start);
  const after = text.slice(end, Math.min(sentence.end, end + 60));
  return {
    document,
    start,
    end,
    words,
    ...(title === undefined ? {} : { title }),
    surface: text.slice(start, end),
    sentenceInitial:
      /^[\s"“‘'([]*$/u.test(lead) ||
      (OPENING.test(text[start - 1] ?? " ") && /["“‘:]\s*$/u.test(lead)),
    possessive,
    label: isLabel(lead, after) || isQuotedTitle(text, start, end),
    thing: readsAsThing(text.slice(Math.max(0, start - 60), start), words),
    joined:
      isJoined(text, all[index - 1], run[0]) || isJoined(text, lastWord, all[index + run.length]),
    before: all.slice(Math.max(0, index - 6), index).map((w) => w.text.toLowerCase()),
    after,
  };
}

/** Before the colon of a heading line ("Action Prologue: ...", "Oh, Crap!: ..."). */
function isLabel(lead: string, after: string): boolean {
  const colon = after.indexOf(":");
  if (colon < 0 || colon > 50) return false;
  const label = lead + after.slice(0, colon);
  const words = label.split(/\s+/).filter(Boolean);
  // A heading is mostly capitalised ("Action Prologue"); "X gives the scene everything:" is prose.
  const capitalised = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  return (
    label.length <= 60 &&
    words.length <= 6 &&
    capitalised * 2 >= words.length &&
    !/[.?]\s/.test(label)
  );
}

/** "Kinbaku", "Guilty as Sin": a few words alone between quotes name a work, not a person. */
function isQuotedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf('"'));
  if (open < 0 || /[”"]/.test(before.slice(open + 1))) return false;
  const rest = text.slice(end, end + 30);
  const close = rest.search(/["”]/);
  if (close < 0) return false;
  const inside = before.slice(open + 1) + text.slice(start, end) + rest.slice(0, close);
  // A title may end on its own question or exclamation mark ("Don't Look Back?").
  const words = inside.replace(/[?!]\s*$/, "");
  return !/[.!?,;:]/.test(words) && words.trim().split(/\s+/).length <= 5;
}

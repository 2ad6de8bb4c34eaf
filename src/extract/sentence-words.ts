import { LEXICON } from "./lexicon";
import particles from "./lexicon/name-particles.json";
import type { Mention } from "./mentions";
import type { Sentence } from "./reading";
import type { TextSpan } from "./text-span";
import { forEachWord, startsUpperCase } from "./word-scan";

/** A word of a sentence, as name discovery sees it. */
export interface Word extends TextSpan {
  text: string;
  /** A known character's one-word name ("Danny"), which may begin an unknown full name. */
  given?: string;
}

/** Stands in for a word a known mention covers. */
export const MASKED = "\u0000";
const PARTICLES: ReadonlySet<string> = new Set(particles.words);
/** "Henry Hunter Jr.": suffixes whose full stop stays with the name. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["Jr", "Sr"]);

/** The words of a sentence (see `forEachWord`), with a title's full stop ("Dr.") kept. */
export function sentenceWords(text: string, sentence: Sentence, known: Mention[]): Word[] {
  const words: Word[] = [];
  // Words and mentions are both in text order and mentions do not overlap, so the first mention
  // that could cover a word is found by moving one cursor forward, past those that end before it.
  let next = 0;
  forEachWord(text, sentence.start, sentence.end, (start, wordEnd) => {
    let end = wordEnd;
    // A title's stop ("Dr."), an initial's ("Ana K. Ruiz") and a suffix's belong to the word.
    if (
      text[end] === "." &&
      (LEXICON.titles.has(`${text.slice(start, end)}.`) ||
        end - start === 1 ||
        NAME_SUFFIXES.has(text.slice(start, end)))
    )
      end++;
    while (next < known.length && known[next].end <= start) next++;
    const covering = next < known.length && known[next].start < end ? known[next] : undefined;
    if (covering !== undefined) {
      const given =
        covering.entity.startsWith("character:") &&
        covering.start === start &&
        covering.end === end;
      words.push(
        given
          ? { start, end, text: MASKED, given: covering.surface }
          : { start, end, text: MASKED },
      );
      return;
    }
    words.push({ start, end, text: text.slice(start, end) });
  });
  return words;
}

/**
 * "Danny Loach" is not Danny Rand and "Hollowmere Castle" is not Frank Castle: a known one-word
 * name written beside an unknown capitalised word is part of another name.
 */
export function startsFullName(
  text: string,
  given: Word,
  other: Word | undefined,
  lowerCase: Set<string>,
  otherFirst = false,
): boolean {
  if (given.given === undefined || other === undefined || !isCapitalised(other.text)) return false;
  const [first, second] = otherFirst ? [other, given] : [given, other];
  const firstText = first === given ? given.given : first.text;
  if (text.slice(first.end, second.start) !== " " || /['’]s$/.test(firstText)) return false;
  return (
    !isCommonWord(other.text) && !lowerCase.has(other.text.replace(/['’]s$/, "").toLowerCase())
  );
}

export function asGiven(word: Word): Word {
  return { ...word, text: word.given ?? word.text };
}

/** "Meanwhile", "After", "The": capitalised only because they open a sentence or a heading. */
export function isCommonWord(word: string): boolean {
  return LEXICON.commonWords.has(word.replace(/['’]s$/, "").toLowerCase());
}

export function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

export function isCapitalised(word: string): boolean {
  return startsUpperCase(word);
}

export function continuesName(
  text: string,
  last: Word,
  next: Word,
  afterNext: Word | undefined,
): boolean {
  if (text.slice(last.end, next.start) !== " ") return false;
  // "St. Brigid's Hospital" names a place; "Brigid's car" ends the name at the possessive.
  if (/['’]s$/.test(last.text))
    return LEXICON.placeSuffixes.has(next.text) || LEXICON.organizationSuffixes.has(next.text);
  if (isCapitalised(next.text)) return true;
  return (
    PARTICLES.has(next.text) &&
    afterNext !== undefined &&
    isCapitalised(afterNext.text) &&
    text.slice(next.end, afterNext.start) === " "
  );
}

/** A title-case line without a full stop ("Small-Screen Heroes Unite In First Promo Photo"). */
export function isHeadline(words: Word[], sentence: string): boolean {
  if (/[.!?…]["”’')\]]*$/u.test(sentence)) return false;
  const real = words.filter((w) => w.text !== MASKED && !PARTICLES.has(w.text));
  if (real.length < 4) return false;
  return real.filter((w) => isCapitalised(w.text)).length / real.length >= 0.6;
}

export function isJoined(text: string, first: Word | undefined, second: Word | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  return (
    (first.text === MASKED || second.text === MASKED) && text.slice(first.end, second.start) === " "
  );
}

/**
 * Hand-written scanners for the word patterns extraction runs over every character of the corpus,
 * and the character classes they (and a few other hot checks) use. V8 matches Unicode property
 * classes (`\p{L}`) several times slower than it walks a string, and these patterns dominated the
 * time of extraction, so they are spelled out here. Each function finds exactly what the pattern
 * quoted in its comment finds: code point by code point, with the classes of a code point taken
 * from the same property escapes.
 */

const LETTER = 1;
const LOWER_CASE = 2;
const UPPER_CASE = 4;
const MARK = 8;
const NUMBER = 16;
/** `'`, `’` and `-`, which may stand inside a word. */
const JOINER = 32;

/** The classes of one code point, as the property escapes of a `u` pattern see it. */
function classesOf(character: string): number {
  return (
    (/\p{L}/u.test(character) ? LETTER : 0) |
    (/\p{Ll}/u.test(character) ? LOWER_CASE : 0) |
    (/\p{Lu}/u.test(character) ? UPPER_CASE : 0) |
    (/\p{M}/u.test(character) ? MARK : 0) |
    (/\p{N}/u.test(character) ? NUMBER : 0) |
    (/^['’-]$/u.test(character) ? JOINER : 0)
  );
}

const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) =>
  classesOf(String.fromCharCode(code)),
);
/** Code points past ASCII, classified as they are met (a text uses few of them). */
const otherClasses = new Map<number, number>();

function classesAt(codePoint: number): number {
  if (codePoint < 0x80) return ASCII_CLASSES[codePoint];
  let classes = otherClasses.get(codePoint);
  if (classes === undefined) {
    // A lone surrogate comes here as itself and, like in a `u` pattern, is in no class.
    classes = classesOf(String.fromCodePoint(codePoint));
    otherClasses.set(codePoint, classes);
  }
  return classes;
}

/** Whether a code point is a letter (`\p{L}`). */
export function isLetter(codePoint: number): boolean {
  return (classesAt(codePoint) & LETTER) !== 0;
}

/** Whether a string begins with an upper-case letter, as `/^\p{Lu}/u` tells. */
export function startsUpperCase(text: string): boolean {
  return text.length > 0 && (classesAt(text.codePointAt(0)!) & UPPER_CASE) !== 0;
}

/** How many code units a code point takes: 2 for a surrogate pair, else 1. */
export function width(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** The code point that ends right before `end` (a whole surrogate pair when there is one). */
export function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = end > 1 ? text.charCodeAt(end - 2) : 0;
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return isPair ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low;
}

/**
 * Every word written in lower case, as `/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*\/gu` matches them:
 * a lower-case letter that does not follow a letter or digit, and the letters and joiners after it.
 */
export function addLowerCaseWords(text: string, into: Set<string>): void {
  let wordStart = -1;
  let previous = 0;
  for (let at = 0; at < text.length;) {
    const codePoint = text.codePointAt(at)!;
    const classes = classesAt(codePoint);
    if (wordStart >= 0 && !(classes & (LETTER | JOINER))) {
      into.add(text.slice(wordStart, at));
      wordStart = -1;
    }
    if (wordStart < 0 && classes & LOWER_CASE && !(previous & (LETTER | NUMBER))) wordStart = at;
    previous = classes;
    at += width(codePoint);
  }
  if (wordStart >= 0) into.add(text.slice(wordStart));
}

/**
 * The words of `text` between `start` and `end`, as
 * `/\p{L}[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{N}]|\p{L}/gu` matches them in `text.slice(start, end)`:
 * from a letter through the last letter or digit of the run of word characters that follows it.
 */
export function forEachWord(
  text: string,
  start: number,
  end: number,
  visit: (wordStart: number, wordEnd: number) => void,
): void {
  let wordStart = -1;
  let wordEnd = -1;
  for (let at = start; at < end;) {
    const codePoint = text.codePointAt(at)!;
    const next = at + width(codePoint);
    // Half a surrogate pair, cut off by `end`, is no character the pattern would match.
    const classes = next > end ? 0 : classesAt(codePoint);
    if (wordStart >= 0) {
      if (!(classes & (LETTER | MARK | NUMBER | JOINER))) {
        visit(wordStart, wordEnd);
        wordStart = -1;
      } else if (classes & (LETTER | NUMBER)) {
        wordEnd = next;
      }
    }
    if (wordStart < 0 && classes & LETTER) {
      wordStart = at;
      wordEnd = next;
    }
    at = next;
  }
  if (wordStart >= 0) visit(wordStart, wordEnd);
}

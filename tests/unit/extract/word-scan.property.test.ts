import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { addLowerCaseWords, forEachWord, startsUpperCase } from "../../../src/extract/word-scan";

/** Texts rich in what the patterns care about: letters of several scripts, marks, digits, joiners. */
const pieces = fc.constantFrom(
  ..."aZé É ß Ωω ж Ж 9 ٣ ' ’ - . , \u0301 \u00a0 \n 😀 𝒜 İ ǅ Mc O'Neil x-ray".split(" "),
  " ",
);
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(""));

describe("the word scanners match the patterns they replace", () => {
  it("forEachWord finds what /\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*[\\p{L}\\p{N}]|\\p{L}/gu finds", () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const scanned: [number, number][] = [];
        forEachWord(text, start, end, (s, e) => scanned.push([s, e]));
        const pattern = /\p{L}[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{N}]|\p{L}/gu;
        const matched = [...text.slice(start, end).matchAll(pattern)].map((m): [number, number] => [
          start + m.index,
          start + m.index + m[0].length,
        ]);
        expect(scanned).toEqual(matched);
      }),
      { numRuns: 2000 },
    );
  });

  it("addLowerCaseWords finds what /(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}'’-]*/gu finds", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const scanned = new Set<string>();
        addLowerCaseWords(text, scanned);
        const matched = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
        expect(scanned).toEqual(matched);
      }),
      { numRuns: 2000 },
    );
  });

  it("startsUpperCase agrees with /^\\p{Lu}/u", () => {
    fc.assert(
      fc.property(texts, (text) => expect(startsUpperCase(text)).toBe(/^\p{Lu}/u.test(text))),
      { numRuns: 2000 },
    );
  });
});

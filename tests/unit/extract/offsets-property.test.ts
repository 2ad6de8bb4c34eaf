import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { extractInDetail } from "../../../src/extract/extract-corpus";
import { genderLookup, resolvePronouns } from "../../../src/extract/pronouns";
import { seedCuration } from "./seed-corpus";

const curation = seedCuration();

/** Pieces recaps are made of, mixed with arbitrary Unicode so no shape of text is assumed. */
const FRAGMENTS = [
  "Luke Cage",
  "Claire",
  "Misty Knight",
  "Trish's",
  "Danny’s",
  "Mr. Murdock",
  "Dr. Ana Ruiz",
  "Ruiz",
  "Madame Gao",
  "Father Lantom",
  'Hernan "Shades" Alvarez',
  "Jessica Jones",
  "Finn Jones",
  "Harlem",
  "Hell's Kitchen",
  "Ashford Bridge",
  "Vantage Industries",
  "NYPD",
  "the Hand",
  "Meanwhile, ",
  "Outside",
  "Instead",
  " ",
  "  ",
  ". ",
  "? ",
  "! ",
  "...",
  "…",
  ", ",
  ": ",
  "\n",
  "\r\n",
  "\r\n\r\n",
  "\n\n",
  "\t",
  "• ",
  "- ",
  "* ",
  "# ",
  "“",
  "”",
  "‘",
  "’",
  '"',
  "'",
  "(",
  ")",
  "played by Sam Okoro",
  "his sister ",
  "her lawyer, ",
  " kills ",
  "He ",
  "She ",
  " him",
  " her ",
  "his ",
  "The two ",
  "Both ",
  "é",
  "ß",
  "😀",
  "\uFEFF",
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 8 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join("").replaceAll("\u0000", ""));

describe("offsets on arbitrary text", () => {
  it("keeps every evidence and every mention exactly where its offsets point", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const inputs = texts.map((t, i) => ({ source: `doc-${i}.txt`, text: t }));
        const byId = new Map(inputs.map((input) => [input.source.replace(".txt", ""), input.text]));
        const { graph, readings, catalog } = extractInDetail(inputs, curation);
        for (const relationship of graph.relationships) {
          for (const e of relationship.evidence) {
            expect(byId.get(e.document)!.slice(e.start, e.end)).toBe(e.quote);
            expect([undefined, true]).toContain(e.viaPronoun);
          }
        }
        const genderOf = genderLookup(catalog);
        for (const reading of readings) {
          for (const m of [...reading.mentions, ...resolvePronouns(reading, genderOf)])
            expect(reading.text.slice(m.start, m.end)).toBe(m.surface);
          for (const s of reading.sentences) {
            expect(0 <= s.start && s.start < s.end && s.end <= reading.text.length).toBe(true);
          }
        }
        for (const scene of graph.scenes) {
          expect(scene.end).toBeLessThanOrEqual(byId.get(scene.document)!.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same document for the same text every time", () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = extractInDetail([{ source: "a.txt", text: t }], curation).graph;
        expect(extractInDetail([{ source: "a.txt", text: t }], curation).graph).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});

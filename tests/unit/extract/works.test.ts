import { describe, expect, it } from "@jest/globals";
import type { Curation } from "../../../src/extract/curation";
import { parseGazetteer } from "../../../src/extract/curation";
import { extractCorpus } from "../../../src/extract/extract-corpus";
import type { ExtractionError } from "../../../src/extract/extraction-error";
import type { SourceText } from "../../../src/extract/text-span";

const curation: Curation = {
  relations: [],
  gazetteer: parseGazetteer(
    {
      works: [
        {
          name: "Harbour Nights",
          titles: ["Harbour Nights", "HN"],
          characters: [
            { name: "Ada Ames", aliases: ["Ada"] },
            { name: "Zora Quill", aliases: ["Zora"] },
            { name: "Bo Lind", aliases: ["Bo"] },
          ],
        },
      ],
      places: [
        { name: "Ashford", aliases: [] },
        { name: "Thornvale", aliases: [] },
      ],
    },
    "test gazetteer",
  ),
};

const characters = (input: Omit<SourceText, "source">) =>
  extractCorpus([{ source: "t.txt", ...input }], curation).characters.map((c) => c.id);

describe("casts grouped by work", () => {
  it("reads entries inside a work as that work's cast", () => {
    expect(curation.gazetteer.works).toEqual([
      { name: "Harbour Nights", titles: ["Harbour Nights", "HN"] },
    ]);
    expect(curation.gazetteer.characters.map((c) => c.work)).toEqual([
      "Harbour Nights",
      "Harbour Nights",
      "Harbour Nights",
    ]);
    expect(curation.gazetteer.places[0].work).toBeUndefined();
  });

  it("trusts first names in a text that names the work, in any case but lower", () => {
    expect(characters({ text: "HARBOUR NIGHTS recap\n\nAda argues with Zora." })).toEqual([
      "ada-ames",
      "zora-quill",
    ]);
  });

  it("keeps the guard in a text of another work: first names alone are not this cast", () => {
    expect(characters({ text: "Ada argues with Zora about the harbour nights." })).toEqual([
      "ada",
      "zora",
    ]);
  });

  it("takes a text that names two of the cast in full as the work's", () => {
    expect(characters({ text: "Ada Ames meets Zora Quill. Later Bo waves at Ada." })).toEqual([
      "ada-ames",
      "bo-lind",
      "zora-quill",
    ]);
  });

  it("trusts the cast of the work the user declares, by name or title", () => {
    expect(characters({ text: "Bo waves.", work: "HN" })).toEqual(["bo-lind"]);
    expect(characters({ text: "Bo waves.", work: "harbour nights" })).toEqual(["bo-lind"]);
  });

  it("reads a catalogued place misspelt by one letter as that place, not a character", () => {
    expect(characters({ text: "Ada weeps while Thornvalle burns.", work: "HN" })).toEqual([
      "ada-ames",
    ]);
  });

  it("refuses a declared work the curation does not have, with its code", () => {
    expect(() => characters({ text: "Bo waves.", work: "Other Show" })).toThrow(
      expect.objectContaining({ reason: "UNKNOWN_WORK" }) as unknown as ExtractionError,
    );
  });

  it("refuses a work without a name, as bad curation", () => {
    expect(() => parseGazetteer({ works: [{ titles: [] }] }, "g.json")).toThrow(
      expect.objectContaining({ reason: "BAD_CURATION" }) as unknown as ExtractionError,
    );
  });
});

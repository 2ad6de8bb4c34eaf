import { describe, expect, it } from "@jest/globals";
import { EMPTY_CURATION } from "../../../src/extract/curation";
import { extractCorpus } from "../../../src/extract/extract-corpus";

function characters(text: string): [string, string[]][] {
  const graph = extractCorpus([{ source: "recap.txt", text }], EMPTY_CURATION);
  return graph.characters.map((c) => [c.name, c.aliases]);
}

const names = (text: string) => characters(text).map(([name]) => name);

describe("names as recap writers use them", () => {
  it("counts a lone name said once, mid-sentence or as a known given name", () => {
    expect(names("The storm drags Quorra back to the lighthouse. Karen waits.")).toEqual([
      "Karen",
      "Quorra",
    ]);
  });

  it("counts a name the lexicon lacks when it opens a sentence doing something", () => {
    expect(names("Zebulor bites the guard. Tomorrow the ship sails.")).toEqual(["Zebulor"]);
  });

  it("never takes a sentence opener for part of a name", () => {
    expect(names("Thinking Ravel was the thief, Ada follows him. Young Ravel laughs.")).toEqual([
      "Ada",
      "Ravel",
    ]);
  });

  it("tells things from people: titles, owned, counted and code-named things", () => {
    const text =
      "Ada, the Mother of Storms, reads a braille Almanac. Ned fires his Tempest rifle " +
      "and Ada launches Operation Nightjar with MKQuill.";
    expect(names(text)).toEqual(["Ada", "Ned"]);
  });

  it("tells organizations from people by apposition and prefix, and peoples from persons", () => {
    const text =
      "Ada buys Varnholt, the family-owned shipping company. Ned blames Norwegian-American pride.";
    expect(names(text)).toEqual(["Ada", "Ned"]);
  });

  it("takes neither a plural noun opening a sentence nor a business 'by' its owner for a name", () => {
    const text = "Charades becomes a war. Ada shows off Lanternglow by Nell, her candle business.";
    expect(names(text)).toEqual(["Ada", "Nell"]);
  });

  it("joins short forms and one-letter misspellings to the name they stand for", () => {
    expect(characters("Walter Brisk meets Connor. Walt smiles; Con frowns.")).toEqual([
      ["Connor", ["Con"]],
      ["Walter Brisk", ["Walt"]],
    ]);
    expect(characters("Evangeline sails. Evangaline waves.")).toEqual([
      ["Evangeline", ["Evangaline"]],
    ]);
  });

  it("joins a full name misspelt in one word to the full name it stands for", () => {
    expect(
      characters(
        "Hester Castellan sails. Later Hester Castellan lands, and Hester Castelan waves.",
      ),
    ).toEqual([["Hester Castellan", ["Hester Castelan"]]]);
  });

  it("keeps Jr. in a name and reads a slash or an aka as another name of the same person", () => {
    expect(characters("Hank Vell Jr. argues with Ada. Later Hank Vell Jr. leaves.")).toEqual([
      ["Ada", []],
      ["Hank Vell Jr.", []],
    ]);
    expect(characters("Ada meets Sowande/White Hat. Sowande leaves.")).toEqual([
      ["Ada", []],
      ["Sowande", ["White Hat"]],
    ]);
    expect(characters("Ada meets Marcus Vell (aka the Ferryman). The Ferryman waves.")).toEqual([
      ["Ada", []],
      ["Marcus Vell", ["Ferryman"]],
    ]);
  });

  it("takes a quoted episode title ending on a question mark for a title, not a name", () => {
    expect(names('Ada and Ned argue in "Whose Ledger Now?" until dawn.')).toEqual(["Ada", "Ned"]);
  });

  it("does not take a show's title for a character, but keeps a lead the show is named for", () => {
    expect(
      names("Harbour Nights, Season 2, Episode 4\n\nPreviously on Harbour Nights: Ada ran."),
    ).toEqual(["Ada"]);
    expect(
      names("Quorra, season 1, episode 2\n\nPreviously on Quorra: the storm came. Quorra runs."),
    ).toEqual(["Quorra"]);
  });

  it("reads a first paragraph without a title line as prose, not as a title", () => {
    expect(
      names("Ada and Bo argue on the pier until dawn, and then Bo leaves.\n\nAda stays."),
    ).toEqual(["Ada", "Bo"]);
  });
});

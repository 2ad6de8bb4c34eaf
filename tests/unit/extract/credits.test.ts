import { describe, expect, it } from "@jest/globals";
import { readCredits } from "../../../src/extract/credits/read-credits";
import { EMPTY_CURATION } from "../../../src/extract/curation";
import { extractCorpus } from "../../../src/extract/extract-corpus";

const credited = (text: string) =>
  readCredits(text).people.map((c) => [c.name, c.roles.join("+"), c.plays ?? ""]);

function extracted(text: string) {
  const graph = extractCorpus([{ source: "recap.txt", text }], EMPTY_CURATION);
  return {
    characters: graph.characters.map((c) => c.name),
    people: graph.people.map((p) => [p.name, p.roles.join("+"), p.portrays.join("+")]),
  };
}

describe("credits in the forms recaps use", () => {
  it("reads writers and directors split by bars, slashes, ampersands and full stops", () => {
    expect(
      credited(
        "Harbour Nights - 2x04\nWritten by Odile Varga & Pim Castell | Directed by T. J. Okonkwo\n" +
          "Season 2. Written and directed by Rosa-Lin Achterberg. Teleplay by Ned Farrow; story by Ida Bell.",
      ),
    ).toEqual([
      ["Odile Varga", "writer", ""],
      ["Pim Castell", "writer", ""],
      ["T. J. Okonkwo", "director", ""],
      ["Rosa-Lin Achterberg", "writer+director", ""],
      ["Ned Farrow", "writer", ""],
      ["Ida Bell", "writer", ""],
    ]);
  });

  it("reads labels with a colon, bylines in either case, and a lone name in capitals", () => {
    expect(
      credited(
        "Director: Anouk Brel | Writers: Sol Amari and Jep Tolle\nby Mira Quent\nDirected by KAZE",
      ),
    ).toEqual([
      ["Anouk Brel", "director", ""],
      ["Sol Amari", "writer", ""],
      ["Jep Tolle", "writer", ""],
      ["Mira Quent", "critic", ""],
      ["KAZE", "director", ""],
    ]);
  });

  it("reads a cast list either way round: the side the prose uses is the character", () => {
    const actorFirst = "Ada sails.\n\nCast: Lena Hovde (Ada), Bram Oster (Captain Quill).";
    const characterFirst = "Ada sails.\n\nCast: Ada Ames (Lena Hovde), Captain Quill (Bram Oster).";
    expect(credited(actorFirst)).toEqual([
      ["Lena Hovde", "actor", "Ada"],
      ["Bram Oster", "actor", "Captain Quill"],
    ]);
    expect(credited(characterFirst)).toEqual([
      ["Lena Hovde", "actor", "Ada Ames"],
      ["Bram Oster", "actor", "Captain Quill"],
    ]);
  });

  it("makes credited names people, never characters, and the cast list's characters characters", () => {
    const text =
      "HARBOUR NIGHTS 1.03\nWritten by Odile Varga | Directed by Pim Castell\n\n" +
      "Ada argues with Zora at the docks, and Zora storms off.\n\n" +
      "Starring Lena Hovde (Ada), Bram Oster (Zora Quill) and Cato Reyes.";
    expect(extracted(text)).toEqual({
      characters: ["Ada", "Zora Quill"],
      people: [
        ["Bram Oster", "actor", "zora-quill"],
        ["Cato Reyes", "actor", ""],
        ["Lena Hovde", "actor", "ada"],
        ["Odile Varga", "writer", ""],
        ["Pim Castell", "director", ""],
      ],
    });
  });
});

describe("real people in the prose", () => {
  it("takes an actor praised by a critic for a person: a full name once, acting words near it", () => {
    const text =
      "Ada corners Zora on the pier and demands the ledger. Zora refuses. " +
      "Lena Hovde sells every second of it. Later Ada burns the ledger, and Bram Oster's " +
      "performance in the fire scene deserves an award.";
    expect(extracted(text)).toEqual({
      characters: ["Ada", "Zora"],
      people: [
        ["Bram Oster", "actor", ""],
        ["Lena Hovde", "actor", ""],
      ],
    });
  });

  it("takes a full name opening a critic's sentence about a recurring character for an actor", () => {
    const text =
      "Ada corners Zora on the pier. Laura Vell gives Ada the flat, steady calm of someone " +
      "defusing a bomb. Ada burns the ledger.\n\n" +
      "Directed by Pim Castell. Showrunners Odile Varga and Sol Amari keep the show lean.";
    expect(extracted(text)).toEqual({
      characters: ["Ada", "Zora"],
      people: [
        ["Laura Vell", "actor", ""],
        ["Odile Varga", "showrunner", ""],
        ["Pim Castell", "director", ""],
        ["Sol Amari", "showrunner", ""],
      ],
    });
  });

  it("takes a full name playing a character's trait, or 'played with flair by' X, for an actor", () => {
    const text =
      "Ada argues with Zora. Later Hester Vogt makes Zora's quiet fury a thing to fear, " +
      "and Ada, played with great flair by Nell Odum, storms out.";
    expect(extracted(text).people).toEqual([
      ["Hester Vogt", "actor", ""],
      ["Nell Odum", "actor", ""],
    ]);
  });

  it("keeps a character named in full once when nothing speaks of acting", () => {
    expect(extracted("Ada meets her aunt, Hester Vogt, who runs the ferry.").characters).toEqual([
      "Ada",
      "Hester Vogt",
    ]);
  });

  it("reads 'Actor's Character' and 'Character (Actor)' as who plays whom", () => {
    const text = "Ada waves. Later Lena Hovde's Ada laughs, and Zora (Bram Oster) glares at her.";
    expect(extracted(text).people).toEqual([
      ["Bram Oster", "actor", "zora"],
      ["Lena Hovde", "actor", "ada"],
    ]);
  });
});

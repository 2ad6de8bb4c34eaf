import { describe, expect, it } from "@jest/globals";
import type { GoldEntry } from "../../../../src/extract/evaluation/gold-file";
import { prf } from "../../../../src/extract/evaluation/metrics";
import type { ScoredGraph } from "../../../../src/extract/evaluation/score-text";
import { normaliseName, scoreText } from "../../../../src/extract/evaluation/score-text";

/** A graph document of characters given as `id: Name, alias, alias`, and relationships. */
function graph(
  characters: string[],
  relationships: [string, string][] = [],
  people: string[] = [],
): ScoredGraph {
  return {
    characters: characters.map((line) => {
      const [id, names] = line.split(": ");
      const [name, ...aliases] = names.split(", ");
      return { id, name, aliases };
    }),
    people: people.map((name) => ({ name })),
    relationships: relationships.map(([source, target]) => ({ source, target })),
  };
}

function gold(entry: Partial<GoldEntry>): GoldEntry {
  return { characters: {}, people: [], pairs: [], ...entry };
}

const murdocks = gold({
  characters: { "Matt Murdock": ["Matt", "Murdock"], "Jack Murdock": ["Jack"] },
});

describe("character matching", () => {
  it("counts an extra prediction overlapping an already-matched gold character as a false positive", () => {
    const score = scoreText(graph(["m: Matt Murdock, Matt", "m2: Matty, Matt"]), murdocks);
    expect(score.characters).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      missed: ["Jack Murdock"],
      extra: ["Matty"],
    });
  });

  it("matches the prediction sharing the most forms first, whatever the order", () => {
    const score = scoreText(graph(["a: Matt", "b: Matt Murdock, Murdock"]), murdocks);
    expect(score.characters.extra).toEqual(["Matt"]);
    expect(score.characters.tp).toBe(1);
  });

  it("matches a gold character by any of its forms, not only its canonical name", () => {
    const score = scoreText(graph(["j: Jack"]), murdocks);
    expect(score.characters).toMatchObject({ tp: 1, fp: 0, fn: 1, missed: ["Matt Murdock"] });
  });

  it("counts a real person predicted as a character as a character false positive and a people miss", () => {
    const entry = gold({ characters: { "Matt Murdock": ["Matt"] }, people: ["Charlie Cox"] });
    const score = scoreText(graph(["m: Matt", "c: Charlie Cox"]), entry);
    expect(score.characters).toMatchObject({ tp: 1, fp: 1, extra: ["Charlie Cox"] });
    expect(score.people).toEqual({ tp: 0, fp: 0, fn: 1, missed: ["Charlie Cox"] });
  });
});

describe("name normalisation", () => {
  it("drops accents, straightens curly apostrophes, and strips a possessive and a leading 'the'", () => {
    expect(normaliseName("Élektra")).toBe("elektra");
    expect(normaliseName("The  Mad King’s")).toBe("mad king");
    expect(normaliseName("Battlin‘ Jack")).toBe("battlin' jack");
    expect(normaliseName("the Defenders'")).toBe("defenders");
    expect(normaliseName("Hell’s Kitchen")).toBe("hell's kitchen");
  });

  it("lets differently written forms of a name match", () => {
    const entry = gold({
      characters: { "Elektra Natchios": ["Elektra"], "Wilson Fisk": ["Kingpin"] },
    });
    const score = scoreText(graph(["e: Élektra’s", "k: the  kingpin"]), entry);
    expect(score.characters).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});

describe("people", () => {
  const credits = gold({ people: ["Charlie Cox", "Deborah Ann Woll", "Elden Henson"] });

  it("counts a surname-only prediction when exactly one gold person has that surname", () => {
    const score = scoreText(graph([], [], ["Woll", "henson"]), credits);
    expect(score.people).toEqual({ tp: 2, fp: 0, fn: 1, missed: ["Charlie Cox"] });
  });

  it("does not count a surname shared by two gold people", () => {
    const entry = gold({ people: ["Brian Cox", "Charlie Cox"] });
    const score = scoreText(graph([], [], ["Cox"]), entry);
    expect(score.people).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it("counts a second prediction of the same person as a false positive", () => {
    const score = scoreText(graph([], [], ["Charlie Cox", "Cox"]), credits);
    expect(score.people).toMatchObject({ tp: 1, fp: 1, fn: 2 });
  });
});

describe("pairs", () => {
  const entry = gold({
    characters: { "Matt Murdock": ["Matt"], "Foggy Nelson": ["Foggy"], "Karen Page": ["Karen"] },
    pairs: [
      ["Matt Murdock", "Foggy Nelson"],
      ["Foggy Nelson", "Karen Page"],
    ],
  });

  it("maps endpoints through the character matching and ignores direction and repeats", () => {
    const relationships: [string, string][] = [
      ["f", "m"],
      ["m", "f"],
      ["m", "k"],
    ];
    const score = scoreText(graph(["m: Matt", "f: Foggy", "k: Karen"], relationships), entry);
    expect(score.pairs).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("counts pairs with an unmatched endpoint as false positives", () => {
    const characters = ["m: Matt", "f: Foggy", "x: Stick", "y: Turk"];
    const relationships: [string, string][] = [
      ["m", "x"],
      ["x", "y"],
      ["m", "f"],
    ];
    const score = scoreText(graph(characters, relationships), entry);
    expect(score.pairs).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  it("does not score links between things that are not characters", () => {
    const score = scoreText(graph(["m: Matt"], [["person-a", "organization-b"]]), entry);
    expect(score.pairs).toEqual({ tp: 0, fp: 0, fn: 2 });
  });
});

describe("precision, recall and F1", () => {
  it("gives precision 0, not 1, when nothing was predicted", () => {
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("gives the harmonic mean of precision and recall", () => {
    const { precision, recall, f1 } = prf({ tp: 3, fp: 1, fn: 3 });
    expect([precision, recall]).toEqual([0.75, 0.5]);
    expect(f1).toBeCloseTo(0.6);
  });
});

import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EMPTY_CURATION } from "../../../../src/extract/curation";
import { evaluateGold } from "../../../../src/extract/evaluation/evaluate-gold";
import { parseGoldFile, readGoldFile } from "../../../../src/extract/evaluation/gold-file";

/** The error `run` throws, so its code and message can both be checked. */
function thrown(run: () => unknown): { reason?: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as { reason?: string; message: string };
  }
  throw new Error("expected an error");
}

const parse = (json: unknown) => () => parseGoldFile(json, "gold.json");
const entry = { characters: { "Matt Murdock": ["Matt"], "Foggy Nelson": ["Foggy"] } };

describe("reading a gold file", () => {
  it("reads the dev set with every text's characters, people and pairs", () => {
    const gold = readGoldFile("tests/fixtures/eval/gold.json");
    expect(Object.keys(gold.texts)).toHaveLength(16);
    const daredevil = gold.texts["daredevil-s01e02.txt"];
    expect(daredevil.characters["Foggy Nelson"]).toEqual(["Foggy"]);
    expect(daredevil.people).toContain("Charlie Cox");
    expect(daredevil.pairs).toContainEqual(["Foggy Nelson", "Karen Page"]);
  });

  it("takes missing people and pairs as none", () => {
    const gold = parseGoldFile({ texts: { "a.txt": entry } }, "gold.json");
    expect(gold.texts["a.txt"]).toEqual({ ...entry, people: [], pairs: [] });
  });

  it("refuses a file that is not there or not JSON with BAD_GOLD", () => {
    const dir = mkdtempSync(join(tmpdir(), "gold-"));
    writeFileSync(join(dir, "broken.json"), "{ not json");
    for (const path of [join(dir, "absent.json"), join(dir, "broken.json")]) {
      const error = thrown(() => readGoldFile(path));
      expect(error.reason).toBe("BAD_GOLD");
      expect(error.message).toContain(path);
    }
  });

  it.each([
    ["a list instead of an object", [], /expected \{"texts"/],
    ["no texts", { texts: {} }, /texts is empty/],
    ["a text without characters", { texts: { "a.txt": { people: [] } } }, /needs a "characters"/],
    ["forms that are not strings", { texts: { "a.txt": { characters: { A: [1] } } } }, /\["A"\]/],
    ["a path for a text name", { texts: { "../a.txt": entry } }, /not a file name/],
    ["people that are not a list", { texts: { "a.txt": { ...entry, people: "x" } } }, /people/],
  ])("says what is wrong with %s", (_what, json, message) => {
    const error = thrown(parse(json));
    expect(error.reason).toBe("BAD_GOLD");
    expect(error.message).toMatch(message);
  });

  it("refuses a pair naming someone who is not a gold character, or one character twice", () => {
    const typo = { ...entry, pairs: [["Matt Murdock", "Foggy Nelsen"]] };
    expect(thrown(parse({ texts: { "a.txt": typo } })).message).toMatch(
      /pairs\[0\] names Foggy Nelsen, not a gold character/,
    );
    const self = { ...entry, pairs: [["Matt Murdock", "Matt Murdock"]] };
    expect(thrown(parse({ texts: { "a.txt": self } })).message).toMatch(/with itself/);
  });

  it("refuses to evaluate when a gold text is missing from the texts folder", () => {
    const gold = parseGoldFile({ texts: { "absent.txt": entry } }, "gold.json");
    const error = thrown(() => evaluateGold(gold, "tests/fixtures/eval/texts", EMPTY_CURATION));
    expect(error.reason).toBe("BAD_GOLD");
    expect(error.message).toContain("absent.txt");
  });
});

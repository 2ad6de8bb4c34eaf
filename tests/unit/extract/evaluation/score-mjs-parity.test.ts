import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extractCorpus } from "../../../../src/extract/extract-corpus";
import type { GoldEntry } from "../../../../src/extract/evaluation/gold-file";
import { readGoldFile } from "../../../../src/extract/evaluation/gold-file";
import type { ScoredGraph, TextScore } from "../../../../src/extract/evaluation/score-text";
import { normaliseName, scoreText } from "../../../../src/extract/evaluation/score-text";
import { readSourceText } from "../../../../src/extract/read-inputs";
import { seedCuration } from "../seed-corpus";

/** What score.mjs's scoreText returns: people.missed holds normalised names. */
interface ReferenceScore {
  chars: { tp: number; fp: number; fn: number; missed: string[]; extra: string[] };
  people: { tp: number; fp: number; fn: number; missed: string[] };
  pairs: { tp: number; fp: number; fn: number };
}

/**
 * Scores each (graph, gold) case with tests/fixtures/eval/score.mjs in a child process: it is an
 * ES module, which ts-jest's CommonJS runtime cannot import.
 */
function referenceScores(cases: [ScoredGraph, GoldEntry][]): ReferenceScore[] {
  const url = pathToFileURL(resolve("tests/fixtures/eval/score.mjs")).href;
  const script = `import { scoreText } from ${JSON.stringify(url)};
let input = "";
for await (const chunk of process.stdin) input += chunk;
const cases = JSON.parse(input);
process.stdout.write(JSON.stringify(cases.map(([graph, gold]) => scoreText(graph, gold))));`;
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    input: JSON.stringify(cases),
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return JSON.parse(output) as ReferenceScore[];
}

/** The TypeScript score in score.mjs's shape, people missed normalised as it reports them. */
function asReference(score: TextScore): ReferenceScore {
  const { tp, fp, fn, missed, extra } = score.characters;
  return {
    chars: { tp, fp, fn, missed, extra },
    people: { ...score.people, missed: score.people.missed.map(normaliseName) },
    pairs: score.pairs,
  };
}

describe("the TypeScript scorer agrees with score.mjs", () => {
  it("gives the same counts and names on every text of the dev set, extracted as the CLI does", () => {
    const gold = readGoldFile("tests/fixtures/eval/gold.json");
    const curation = seedCuration();
    const cases = Object.keys(gold.texts)
      .sort()
      .map((file): [ScoredGraph, GoldEntry] => [
        extractCorpus([readSourceText(`tests/fixtures/eval/texts/${file}`)], curation),
        gold.texts[file],
      ]);
    const ours = cases.map(([graph, entry]) => asReference(scoreText(graph, entry)));
    expect(ours).toEqual(referenceScores(cases));
  });

  it("gives the same counts on random graphs full of overlapping and oddly written names", () => {
    const names = fc.constantFrom(
      ..."Matt|Matt Murdock|Murdock|the Murdock|Murdock's|MATT|Mätt|Matt’s|Jack|Jack Murdock|Cox|Brian Cox|Charlie Cox|Fisk|Wilson Fisk|The Kingpin|Kingpin|Foggy|O’Neil|O'Neil".split(
        "|",
      ),
    );
    const ids = fc.constantFrom("a", "b", "c", "d", "e", "person");
    const graph = fc.record({
      characters: fc.array(
        fc.record({ id: ids, name: names, aliases: fc.array(names, { maxLength: 3 }) }),
        { maxLength: 6 },
      ),
      people: fc.array(fc.record({ name: names }), { maxLength: 4 }),
      relationships: fc.array(fc.record({ source: ids, target: ids }), { maxLength: 8 }),
    });
    const entry = fc.record({
      characters: fc.dictionary(names, fc.array(names, { maxLength: 3 }), { maxKeys: 5 }),
      people: fc.array(names, { maxLength: 4 }),
      pairs: fc.array(fc.tuple(names, names), { maxLength: 6 }),
    });
    const cases = fc.sample(fc.tuple(graph, entry), { numRuns: 500, seed: 20261203 });
    const ours = cases.map(([g, e]) => asReference(scoreText(g, e)));
    expect(ours).toEqual(referenceScores(cases));
  });
});

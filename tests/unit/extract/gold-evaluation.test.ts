import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { extractCorpus } from "../../../src/extract/extract-corpus";
import type { Gold, Scores, Tally } from "./gold-evaluation";
import { emptyScores, precision, readGold, recall, score } from "./gold-evaluation";
import { seedCuration } from "./seed-corpus";

const curation = seedCuration();
const gold = readGold();
const seedGold = gold.filter((g) => g.documents.every((d) => d.startsWith("seeds/")));
const unseenGold = gold.filter((g) => !seedGold.includes(g));

/** Each gold file is extracted on its own, as `ensemble extract FILE...` would, seed gazetteer unchanged. */
function scoreSet(set: Gold[]): Scores {
  const scores = emptyScores();
  for (const g of set) {
    const inputs = g.documents.map((source) => ({ source, text: readFileSync(source, "utf8") }));
    score(extractCorpus(inputs, curation), g, scores);
  }
  return scores;
}

function row(set: string, what: string, t: Tally): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `| ${set} | ${what} | ${pct(precision(t))} | ${pct(recall(t))} | ${t.found}/${t.predicted} | ${t.found}/${t.expected} |`;
}

describe("extraction measured against gold annotations", () => {
  const seed = scoreSet(seedGold);
  const unseen = scoreSet(unseenGold);

  it("has gold for the seed corpus and at least six unseen recaps", () => {
    expect(seedGold).toHaveLength(1);
    expect(unseenGold.length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ["seed corpus", seed],
    ["unseen recaps", unseen],
  ])(
    "identifies characters and real people in the %s with precision and recall of at least 0.9",
    (_set, scores) => {
      for (const t of [scores.characters, scores.people]) {
        expect(precision(t)).toBeGreaterThanOrEqual(0.9);
        expect(recall(t)).toBeGreaterThanOrEqual(0.9);
      }
    },
  );

  it("reports its figures for docs/extraction.md", () => {
    const lines = [
      "| set | what | precision | recall | correct/predicted | correct/gold |",
      "| --- | --- | --- | --- | --- | --- |",
    ];
    for (const [set, scores] of [
      ["seed corpus", seed],
      ["unseen recaps", unseen],
    ] as const) {
      lines.push(row(set, "characters", scores.characters), row(set, "real people", scores.people));
      lines.push(row(set, "typed relationships", scores.relationships));
    }
    if (process.env.ENSEMBLE_PRINT_FIGURES) process.stdout.write(`${lines.join("\n")}\n`);
    expect(lines).toHaveLength(8);
  });
});

import { statSync } from "node:fs";
import { join } from "node:path";
import type { Curation } from "../curation";
import { extractCorpus } from "../extract-corpus";
import { ExtractionError } from "../extraction-error";
import { readSourceText } from "../read-inputs";
import type { GoldFile } from "./gold-file";
import type { Counts } from "./metrics";
import { addCounts, zeroCounts } from "./metrics";
import type { TextScore } from "./score-text";
import { scoreText } from "./score-text";

export interface TextEvaluation extends TextScore {
  file: string;
}

/** Per-text scores, in file name order, and their sums for micro-averaging. */
export interface Evaluation {
  texts: TextEvaluation[];
  total: { characters: Counts; people: Counts; pairs: Counts };
}

export interface EvaluationHooks {
  /** Called before each text is extracted, for progress display. */
  onText?: (file: string) => void;
}

/**
 * Extracts every text of the gold file on its own, as `ensemble extract FILE` would, and scores
 * it. All texts are checked to exist first so a typo fails before minutes of extraction.
 */
export function evaluateGold(
  gold: GoldFile,
  textsDir: string,
  curation: Curation,
  hooks: EvaluationHooks = {},
): Evaluation {
  // Sorted as score.mjs sorts its folder listing, so both print texts in the same order.
  const files = Object.keys(gold.texts).sort();
  const missing = files.filter((file) => !isFile(join(textsDir, file)));
  if (missing.length > 0) {
    throw new ExtractionError(
      "BAD_GOLD",
      `${missing.length} gold text(s) not in ${textsDir}: ${missing.join(", ")}`,
    );
  }
  const total = { characters: zeroCounts(), people: zeroCounts(), pairs: zeroCounts() };
  const texts = files.map((file) => {
    hooks.onText?.(file);
    const graph = extractCorpus([readSourceText(join(textsDir, file))], curation);
    const score = scoreText(graph, gold.texts[file]);
    addCounts(total.characters, score.characters);
    addCounts(total.people, score.people);
    addCounts(total.pairs, score.pairs);
    return { file, ...score };
  });
  return { texts, total };
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

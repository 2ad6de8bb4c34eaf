import type { Command } from "commander";
import { dirname, join } from "node:path";
import type { Evaluation, TextEvaluation } from "../extract/evaluation/evaluate-gold";
import { evaluateGold } from "../extract/evaluation/evaluate-gold";
import { readGoldFile } from "../extract/evaluation/gold-file";
import type { Counts } from "../extract/evaluation/metrics";
import { prf } from "../extract/evaluation/metrics";
import { ExtractionError } from "../extract/extraction-error";
import { extractionProgress } from "../extract/extraction-progress";
import { readCuration } from "../extract/read-inputs";
import { type CurationOptions, withCurationOptions } from "./curation-options";

interface EvaluateOptions extends CurationOptions {
  json?: boolean;
  minF1?: string;
}

const GROUPS = ["characters", "people", "pairs"] as const;

/** `ensemble evaluate GOLD [TEXTS_DIR]`: extraction scored against hand-made annotations. */
export function registerEvaluate(program: Command): void {
  withCurationOptions(program.command("evaluate"))
    .description("score extraction against a gold file: characters, real people, related pairs")
    .argument("<gold>", "gold file (format: tests/fixtures/eval/README.md)")
    .argument("[texts]", "folder of the gold's texts (default: texts/ beside the gold file)")
    .option("--json", "print the scores as JSON")
    .option("--min-f1 <number>", "exit 1 when the total character F1 is below this (0 to 1)")
    .action((gold: string, texts: string | undefined, options: EvaluateOptions) =>
      runEvaluate(gold, texts ?? join(dirname(gold), "texts"), options),
    );
}

function runEvaluate(goldPath: string, textsDir: string, options: EvaluateOptions): void {
  const minF1 = options.minF1 === undefined ? undefined : Number(options.minF1);
  // Checked before the gold is read so a typo does not cost a whole evaluation.
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1))
    throw new ExtractionError("BAD_USAGE", "--min-f1 must be a number from 0 to 1");
  const gold = readGoldFile(goldPath);
  const curation = readCuration(options.gazetteer, options.relations);
  const progress = extractionProgress(Object.keys(gold.texts).length);
  const evaluation = evaluateGold(gold, textsDir, curation, {
    // The bar counts each document twice (read, extracted); one text is both at once here.
    onText: (file) => [1, 2].forEach(() => progress.tick(`extracting ${file}`)),
  });
  progress.stop();
  process.stdout.write(options.json ? asJson(evaluation) : asTable(evaluation));
  const f1 = prf(evaluation.total.characters).f1;
  if (minF1 !== undefined && f1 < minF1) {
    process.stderr.write(`ensemble: character F1 ${f1.toFixed(3)} is below --min-f1 ${minF1}\n`);
    process.exitCode = 1;
  }
}

function asJson(evaluation: Evaluation): string {
  // Only the counts of a score, so its names lists can follow the figures.
  const measured = ({ tp, fp, fn }: Counts) => ({ tp, fp, fn, ...prf({ tp, fp, fn }) });
  const files = evaluation.texts.map((text) => ({
    file: text.file,
    characters: {
      ...measured(text.characters),
      missed: text.characters.missed,
      extra: text.characters.extra,
    },
    people: { ...measured(text.people), missed: text.people.missed },
    pairs: measured(text.pairs),
  }));
  const total = Object.fromEntries(GROUPS.map((g) => [g, measured(evaluation.total[g])]));
  return `${JSON.stringify({ files, total }, null, 2)}\n`;
}

function asTable(evaluation: Evaluation): string {
  const width = Math.max(...evaluation.texts.map((t) => t.file.length), 24) + 2;
  const cells = (counts: Counts[]) =>
    counts
      .map((c) => prf(c))
      .map((m) => [m.precision, m.recall, m.f1].map((x) => x.toFixed(3)).join(" "))
      .join("   ");
  const heading = GROUPS.map((g) => g.padEnd(20)).join("");
  const lines = [
    `${"".padEnd(width)}${heading.trimEnd()}`,
    `${"file".padEnd(width)}${GROUPS.map(() => "P     R     F1   ").join("   ")}`.trimEnd(),
  ];
  for (const text of evaluation.texts) {
    lines.push(`${text.file.padEnd(width)}${cells(GROUPS.map((g) => text[g]))}`);
    const names = namesLine(text);
    if (names !== "") lines.push(`  ${names}`);
  }
  const { total } = evaluation;
  const n = evaluation.texts.length;
  const label = `total (micro, ${n} text${n === 1 ? "" : "s"})`;
  lines.push(`${label.padEnd(width)}${cells(GROUPS.map((g) => total[g]))}`);
  const sums = GROUPS.map((g) => `${g} tp ${total[g].tp} fp ${total[g].fp} fn ${total[g].fn}`);
  lines.push(`  ${sums.join("; ")}`);
  return `${lines.join("\n")}\n`;
}

function namesLine(text: TextEvaluation): string {
  const parts: [string, string[]][] = [
    ["missed", text.characters.missed],
    ["extra", text.characters.extra],
    ["people missed", text.people.missed],
  ];
  return parts
    .filter(([, names]) => names.length > 0)
    .map(([what, names]) => `${what}: ${names.join(", ")}`)
    .join("; ");
}

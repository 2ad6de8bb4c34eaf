/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Measures {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 as tests/fixtures/eval/score.mjs computes them: nothing predicted
 * gives precision 0 (not 1), so an extractor cannot score by staying silent.
 */
export function prf({ tp, fp, fn }: Counts): Measures {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds `counts` into `into`; micro-averaging is prf of the sums. */
export function addCounts(into: Counts, counts: Counts): void {
  into.tp += counts.tp;
  into.fp += counts.fp;
  into.fn += counts.fn;
}

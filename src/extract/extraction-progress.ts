import { Presets, SingleBar } from "cli-progress";

/** Reports the steps of a long extraction; silent unless it is worth watching. */
export interface ExtractionProgress {
  tick(step: string): void;
  stop(): void;
}

/** Below this many documents an extraction is over before a bar would help. */
const MANY_DOCUMENTS = 5;

/**
 * A progress bar on stderr for extractions of many documents, only when stderr is a terminal, so
 * pipes, CI logs and `--json` output stay clean. Each document counts twice: read, then extracted.
 */
export function extractionProgress(
  documents: number,
  stream: NodeJS.WriteStream = process.stderr,
): ExtractionProgress {
  if (documents < MANY_DOCUMENTS || !stream.isTTY)
    return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream,
      format: "extract [{bar}] {value}/{total} {step}",
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(documents * 2, 0, { step: "" });
  return {
    tick: (step) => bar.increment(1, { step }),
    stop: () => bar.stop(),
  };
}

import type { Command } from "commander";
import { discoveryReport } from "../extract/discovery-report";
import { extractInDetail } from "../extract/extract-corpus";
import { ExtractionError } from "../extract/extraction-error";
import { extractionProgress } from "../extract/extraction-progress";
import { readCuration, readSourceText } from "../extract/read-inputs";
import { serializeGraph } from "../extract/serialize-graph";
import { type CurationOptions, withCurationOptions } from "./curation-options";
import { writeFileAtomically } from "./write-file-atomically";

interface ExtractOptions extends CurationOptions {
  out?: string;
  json?: boolean;
  report?: string | boolean;
  work?: string;
}

export function registerExtract(program: Command): void {
  withCurationOptions(program.command("extract"))
    .description("documents -> graph document (characters, people, organizations, relationships)")
    .argument("<files...>", "text documents (UTF-8)")
    .option("-o, --out <file>", "write the graph document to this file")
    .option("--json", "print the graph document on stdout (the default without --out)")
    .option("--report [file]", "list low-confidence discoveries for curation (stdout or FILE)")
    .option("--work <name>", "the curated work (series or universe) every document belongs to")
    .action((files: string[], options: ExtractOptions) => runExtract(files, options));
}

function runExtract(files: string[], options: ExtractOptions): void {
  const reportOnStdout = options.report === true;
  if (reportOnStdout && options.json) {
    throw new ExtractionError(
      "BAD_USAGE",
      "--json and --report both print on stdout: give --report a FILE",
    );
  }
  const curation = readCuration(options.gazetteer, options.relations);
  const progress = extractionProgress(files.length);
  const inputs = files.map((file) => {
    progress.tick(`reading ${file}`);
    const input = readSourceText(file);
    return options.work === undefined ? input : { ...input, work: options.work };
  });
  const extraction = extractInDetail(inputs, curation, {
    onDocument: (s) => progress.tick(`extracting ${s}`),
  });
  progress.stop();
  const serialized = serializeGraph(extraction.graph);
  if (options.out !== undefined) {
    writeFileAtomically(options.out, serialized);
    const { documents, characters, relationships } = extraction.graph;
    process.stderr.write(
      `ensemble: ${documents.length} documents, ${characters.length} characters, ` +
        `${relationships.length} relationships -> ${options.out}\n`,
    );
  }
  if (options.json || (options.out === undefined && !reportOnStdout))
    process.stdout.write(serialized);
  if (options.report === undefined || options.report === false) return;
  const report = `${JSON.stringify(discoveryReport(extraction), null, 2)}\n`;
  if (options.report === true) process.stdout.write(report);
  else writeFileAtomically(options.report, report);
}

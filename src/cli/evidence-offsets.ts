import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import type { GraphDocument } from "../domain/graph-document";

/** Reads a document's text from its source, or gives null when it is not at hand. */
export type TextReader = (source: string) => string | null;

/**
 * Evidence that cannot be where it says it is: offsets outside its document's recorded length,
 * and, for each document whose text is at hand, a text of another length or a quote that is not
 * the text between its offsets. One line per problem.
 */
export function evidenceProblems(document: GraphDocument, readText: TextReader): string[] {
  const problems: string[] = [];
  const documents = new Map(document.documents.map((d) => [d.id, d]));
  const texts = new Map<string, string | null>();
  for (const d of document.documents) {
    const text = readText(d.source);
    texts.set(d.id, text);
    if (text !== null && text.length !== d.length)
      problems.push(`document ${d.id}: ${d.source} has ${text.length} characters, not ${d.length}`);
  }
  for (const r of document.relationships) {
    for (const e of r.evidence) {
      const where = `evidence of ${r.source} ${r.type} ${r.target} in ${e.document}`;
      const length = documents.get(e.document)?.length;
      if (length === undefined) continue; // the document validation reports it
      if (!(0 <= e.start && e.start <= e.end && e.end <= length)) {
        problems.push(`${where}: offsets ${e.start}-${e.end} lie outside its ${length} characters`);
        continue;
      }
      const text = texts.get(e.document);
      if (text && text.slice(e.start, e.end) !== e.quote)
        problems.push(`${where}: the text at ${e.start}-${e.end} is not the quote`);
    }
  }
  return problems;
}

/** Sources are relative to the working directory, or else to the graph file's directory. */
export function textsBeside(graphFile: string): TextReader {
  return (source) => {
    const candidates = isAbsolute(source) ? [source] : [source, join(dirname(graphFile), source)];
    for (const path of candidates) {
      try {
        return readFileSync(path, "utf8");
      } catch {
        // Not here; try the next place, or do without the text.
      }
    }
    return null;
  };
}

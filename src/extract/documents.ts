import type { DocumentRecord } from "../domain/graph-document";
import { slugify } from "../domain/ids";
import { ExtractionError } from "./extraction-error";
import type { SourceText } from "./text-span";

/** The id of a document: a slug of its file name without directory or extension. */
export function documentId(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  const stem = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  return slugify(stem) || "document";
}

/** The first non-empty line, trimmed; the id when the text is empty. */
export function documentTitle(text: string, id: string): string {
  const line = text.split(/\r\n|\r|\n/).find((candidate) => candidate.trim() !== "");
  return line === undefined ? id : line.trim().replace(/^\uFEFF/, "");
}

export function documentRecord(input: SourceText): DocumentRecord {
  if (input.text.includes("\u0000")) {
    throw new ExtractionError("BAD_DOCUMENT", `${input.source} is not text: it contains NUL bytes`);
  }
  const id = documentId(input.source);
  return {
    id,
    title: input.title ?? documentTitle(input.text, id),
    source: input.source,
    length: input.text.length,
  };
}

/** Two inputs whose file names slug alike would merge silently; refuse instead. */
export function assertDistinctIds(records: DocumentRecord[]): void {
  const seen = new Map<string, string>();
  for (const record of records) {
    const other = seen.get(record.id);
    if (other !== undefined) {
      throw new ExtractionError(
        "BAD_DOCUMENT",
        `${record.source} and ${other} would both be document ${record.id}`,
      );
    }
    seen.set(record.id, record.source);
  }
}

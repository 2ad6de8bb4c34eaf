import { ExportParameterError } from "./export-parameters";
import type { DocumentNode } from "../domain/graph-model";

const LISTED = 10;

/**
 * Document ids for documents named by id or by title. A title matches whatever its case,
 * accents, curly quotes or spacing. A value is first tried whole, so a title holding a comma
 * still matches; otherwise it is a comma-separated list. Unknown or ambiguous names are refused
 * with the documents that do exist.
 */
export function resolveDocuments(
  given: readonly string[],
  documents: readonly DocumentNode[],
): string[] {
  const ids = new Set(documents.map((d) => d.id));
  const byTitle = new Map<string, DocumentNode[]>();
  for (const d of documents) {
    const key = titleKey(d.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), d]);
  }
  const resolveOne = (name: string): string | null => {
    if (ids.has(name)) return name;
    const matches = byTitle.get(titleKey(name)) ?? [];
    if (matches.length > 1)
      throw new ExportParameterError(
        `${matches.length} documents are titled "${name}"; name one by id: ${matches.map((d) => d.id).join(", ")}`,
        "documents",
        matches.map((d) => d.id),
      );
    return matches[0]?.id ?? null;
  };
  const resolved = new Set<string>();
  const unknown: string[] = [];
  for (const value of given) {
    const whole = resolveOne(value.trim());
    if (whole) {
      resolved.add(whole);
      continue;
    }
    for (const part of value.split(",").map((s) => s.trim())) {
      if (part === "") continue;
      const id = resolveOne(part);
      if (id) resolved.add(id);
      else unknown.push(part);
    }
  }
  if (unknown.length > 0) refuse(unknown, documents);
  return [...resolved];
}

function refuse(unknown: readonly string[], documents: readonly DocumentNode[]): never {
  const listed = documents.slice(0, LISTED).map((d) => `${d.id} ("${d.title}")`);
  const more = documents.length > LISTED ? `, and ${documents.length - LISTED} more` : "";
  throw new ExportParameterError(
    `no document has the id or title ${unknown.map((u) => `"${u}"`).join(", ")}; ` +
      (documents.length === 0
        ? "the graph has no documents"
        : `the documents are ${listed.join(", ")}${more}`),
    "documents",
    documents.map((d) => d.id),
  );
}

function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

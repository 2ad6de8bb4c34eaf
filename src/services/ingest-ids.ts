import type { GraphDocument } from "../domain/graph-document";
import { slugify } from "../domain/ids";
import type { NameEntry } from "../store/graph-store";

/**
 * Extraction names a character by the slug of its canonical name; a stored character may have
 * another id (a graph made elsewhere). Maps the extracted ids of known characters to theirs.
 */
export function toStoredIds(document: GraphDocument, known: readonly NameEntry[]): GraphDocument {
  const stored = new Map(
    known.filter((c) => slugify(c.name) !== c.id).map((c) => [slugify(c.name), c.id]),
  );
  if (stored.size === 0) return document;
  const id = (value: string) => stored.get(value) ?? value;
  return {
    ...document,
    characters: document.characters.map((c) => ({ ...c, id: id(c.id) })),
    people: document.people.map((p) => ({ ...p, portrays: p.portrays.map(id) })),
    relationships: document.relationships.map((r) => ({
      ...r,
      source: id(r.source),
      target: r.type === "MEMBER_OF" ? r.target : id(r.target),
    })),
  };
}

import type { GraphDocument } from "./graph-document";
import { isRelationshipType } from "./vocabulary";

/** How many of a refused document's problems its error names: enough to fix, few enough to read. */
export const PROBLEMS_REPORTED = 10;

/**
 * Problems that would make a load fail part-way or store a dangling edge; both stores check
 * these before writing anything. Returns human-readable problems, empty when the document is sound.
 */
export function graphDocumentProblems(document: GraphDocument): string[] {
  const problems: string[] = [];
  const sections = [
    "documents",
    "scenes",
    "characters",
    "people",
    "organizations",
    "relationships",
  ];
  for (const section of sections) {
    if (!Array.isArray((document as unknown as Record<string, unknown>)[section])) {
      problems.push(`"${section}" must be a list`);
    }
  }
  if (problems.length > 0) return problems;

  const characters = idsOf(document.characters, "character", problems);
  const organizations = idsOf(document.organizations, "organization", problems);
  const documents = idsOf(document.documents, "document", problems);
  idsOf(document.people, "person", problems);
  idsOf(document.scenes, "scene", problems);

  for (const person of document.people) {
    for (const id of person.portrays ?? []) {
      if (!characters.has(id))
        problems.push(`person ${person.id} portrays unknown character ${id}`);
    }
  }
  document.relationships.forEach((r, i) => {
    const where = `relationship ${i} (${r.source} ${r.type} ${r.target})`;
    if (!isRelationshipType(r.type)) problems.push(`${where}: unknown type`);
    const targets = r.type === "MEMBER_OF" ? organizations : characters;
    if (!characters.has(r.source)) problems.push(`${where}: unknown source`);
    if (!targets.has(r.target)) problems.push(`${where}: unknown target`);
    if (!Number.isFinite(r.weight)) problems.push(`${where}: weight must be a number`);
    for (const e of r.evidence ?? []) {
      if (!documents.has(e.document)) problems.push(`${where}: evidence from unknown document`);
      if (e.viaPronoun !== undefined && typeof e.viaPronoun !== "boolean")
        problems.push(`${where}: evidence viaPronoun must be a boolean`);
    }
  });
  return problems;
}

function idsOf(records: { id: string }[], what: string, problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    if (typeof record.id !== "string" || record.id === "") problems.push(`a ${what} has no id`);
    else if (ids.has(record.id)) problems.push(`${what} id ${record.id} appears twice`);
    else ids.add(record.id);
  }
  return ids;
}

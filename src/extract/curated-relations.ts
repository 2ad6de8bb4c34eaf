import type { Catalog, EntityKind } from "./catalog";
import { findEntity } from "./catalog";
import type { CuratedRelation } from "./curation";
import { ExtractionError } from "./extraction-error";
import type { Reading } from "./reading";
import type { RelationshipSet } from "./relationship-set";

/**
 * Adds the curated relationships. Each must name known entities and quote the corpus verbatim
 * (its own document, when it names one, which must then be among those extracted; entries for
 * other documents are skipped); the quote's every occurrence becomes evidence. A quote the corpus lacks fails the extraction,
 * so curation cannot drift from the text it vouches for.
 */
export function addCuratedRelations(
  relations: CuratedRelation[],
  readings: Reading[],
  catalog: Catalog,
  into: RelationshipSet,
): void {
  const extracted = new Set(readings.map((r) => r.document));
  relations.forEach((relation, index) => {
    if (relation.document !== undefined && !extracted.has(relation.document)) return;
    const where = `curated relation ${index} (${relation.source} ${relation.type} ${relation.target})`;
    const source = known(catalog, "character", relation.source, where);
    const targetKind: EntityKind = relation.type === "MEMBER_OF" ? "organization" : "character";
    const target = known(catalog, targetKind, relation.target, where);
    let found = false;
    for (const reading of readings.filter(
      (r) => (relation.document ?? r.document) === r.document,
    )) {
      for (
        let at = reading.text.indexOf(relation.quote);
        at >= 0;
        at = reading.text.indexOf(relation.quote, at + 1)
      ) {
        found = true;
        const evidence = {
          document: reading.document,
          start: at,
          end: at + relation.quote.length,
          quote: relation.quote,
        };
        into.add(source, target, relation.type, evidence, relation.role);
      }
    }
    if (!found) {
      throw new ExtractionError(
        "CURATION_MISMATCH",
        `${where}: its quote is not in the corpus: "${relation.quote}"`,
      );
    }
  });
}

function known(catalog: Catalog, kind: EntityKind, name: string, where: string): string {
  const entity = findEntity(catalog, kind, name);
  if (entity === undefined) {
    throw new ExtractionError(
      "CURATION_MISMATCH",
      `${where}: no single ${kind} is called "${name}"`,
    );
  }
  return entity.id;
}

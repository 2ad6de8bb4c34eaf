import type { Evidence, RelationshipRecord } from "../domain/graph-document";
import type { RelationshipType } from "../domain/vocabulary";
import { DIRECTED_TYPES } from "../domain/vocabulary";

/** Above any offset a document may have (INGEST and extraction read far smaller texts). */
const SPAN_LIMIT = 2 ** 26;

/** Relationships as they are found, merged by (source, target, type, role). */
export class RelationshipSet {
  private readonly byKey = new Map<string, RelationshipRecord>();
  /**
   * The spans each record already has evidence for, so that a repeated span is recognised in
   * constant time: a well-connected pair gathers evidence from every document of the corpus.
   */
  private readonly evidenceSpans = new Map<RelationshipRecord, Map<string, Set<number>>>();

  /** Adds one piece of evidence; undirected pairs are stored with source < target. */
  add(
    source: string,
    target: string,
    type: RelationshipType,
    evidence: Evidence,
    role?: string,
  ): void {
    if (source === target) return;
    const [from, to] =
      DIRECTED_TYPES.has(type) || source < target ? [source, target] : [target, source];
    const key = `${from}\u0000${to}\u0000${type}\u0000${role ?? ""}`;
    let record = this.byKey.get(key);
    if (record === undefined) {
      record = {
        source: from,
        target: to,
        type,
        ...(role === undefined ? {} : { role }),
        weight: 0,
        evidence: [],
      };
      this.byKey.set(key, record);
      this.evidenceSpans.set(record, new Map());
    }
    // Spans by document, each a number: a string per span would outweigh the evidence itself.
    const byDocument = this.evidenceSpans.get(record)!;
    let spans = byDocument.get(evidence.document);
    if (spans === undefined) byDocument.set(evidence.document, (spans = new Set()));
    const span = evidence.start * SPAN_LIMIT + evidence.end;
    if (!spans.has(span)) {
      spans.add(span);
      record.evidence.push(evidence);
    }
    record.weight = record.evidence.length;
  }

  records(): RelationshipRecord[] {
    return [...this.byKey.values()];
  }
}

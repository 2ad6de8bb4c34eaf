import type { Evidence, RelationshipRecord } from "../domain/graph-document";
import type { RelationshipType } from "../domain/vocabulary";
import { DIRECTED_TYPES } from "../domain/vocabulary";

/** Relationships as they are found, merged by (source, target, type, role). */
export class RelationshipSet {
  private readonly byKey = new Map<string, RelationshipRecord>();
  /**
   * The spans each record already has evidence for, so that a repeated span is recognised in
   * constant time: a well-connected pair gathers evidence from every document of the corpus.
   */
  private readonly evidenceSpans = new Map<RelationshipRecord, Set<string>>();

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
      this.evidenceSpans.set(record, new Set());
    }
    const spans = this.evidenceSpans.get(record)!;
    const span = `${evidence.document}\u0000${evidence.start}\u0000${evidence.end}`;
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

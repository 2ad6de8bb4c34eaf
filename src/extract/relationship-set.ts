import type { Evidence, RelationshipRecord } from "../domain/graph-document";
import type { RelationshipType } from "../domain/vocabulary";
import { DIRECTED_TYPES } from "../domain/vocabulary";

/** Relationships as they are found, merged by (source, target, type, role). */
export class RelationshipSet {
  private readonly byKey = new Map<string, RelationshipRecord>();

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
    const key = [from, to, type, role ?? ""].join("\u0000");
    const record = this.byKey.get(key) ?? {
      source: from,
      target: to,
      type,
      ...(role === undefined ? {} : { role }),
      weight: 0,
      evidence: [],
    };
    this.byKey.set(key, record);
    const known = record.evidence.some(
      (e) =>
        e.document === evidence.document && e.start === evidence.start && e.end === evidence.end,
    );
    if (!known) record.evidence.push(evidence);
    record.weight = record.evidence.length;
  }

  records(): RelationshipRecord[] {
    return [...this.byKey.values()];
  }
}

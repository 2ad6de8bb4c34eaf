import type { NameCandidate } from "./name-candidates";

/** The occurrences of one discovered name, or of a short form that joins a known entity. */
export interface NameGroup {
  name: string;
  surfaces: Set<string>;
  candidates: NameCandidate[];
  confidence: number;
  /** Set when the group is a short form ("Ruiz") of an entity already in the catalog. */
  target?: string;
}

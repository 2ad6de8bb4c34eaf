/** The closed relationship vocabulary of DESIGN.md, with its public mappings for exports. */
export const RELATIONSHIP_TYPES = [
  "FAMILY_OF",
  "ROMANTIC_WITH",
  "FRIEND_OF",
  "ALLY_OF",
  "ENEMY_OF",
  "WORKS_WITH",
  "WORKS_FOR",
  "MENTOR_OF",
  "KILLED",
  "MEMBER_OF",
  "INTERACTS_WITH",
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const FAMILY_ROLES = ["sibling", "parent", "child", "spouse", "relative"] as const;

/** Types whose direction carries meaning (source acts on or belongs to target). */
export const DIRECTED_TYPES: ReadonlySet<RelationshipType> = new Set([
  "WORKS_FOR",
  "MENTOR_OF",
  "KILLED",
  "MEMBER_OF",
]);

export const PUBLIC_MAPPING: Record<RelationshipType, string> = {
  FAMILY_OF: "wikidata:P3373|P22|P25|P40|P26|P1038",
  ROMANTIC_WITH: "wikidata:P451",
  FRIEND_OF: "rel:friendOf",
  ALLY_OF: "ensemble:allyOf",
  ENEMY_OF: "wikidata:P7047",
  WORKS_WITH: "rel:worksWith",
  WORKS_FOR: "rel:employedBy",
  MENTOR_OF: "rel:mentorOf",
  KILLED: "wikidata:P157(inverse)",
  MEMBER_OF: "wikidata:P463",
  INTERACTS_WITH: "ensemble:interactsWith",
};

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/**
 * When two characters are joined by several relationships, a path step shows the most
 * specific one: typed relationships in vocabulary order, co-occurrence last.
 */
export function relationshipPriority(type: RelationshipType): number {
  return RELATIONSHIP_TYPES.indexOf(type);
}

import type { RelationshipType } from "../../domain/vocabulary";

/**
 * One fixed colour per relationship type, so a wiki reader learns them once. Co-occurrence is
 * the most common and least specific, so it is the quiet grey the typed ones stand out from.
 */
export const RELATIONSHIP_COLOURS: Record<RelationshipType, string> = {
  FAMILY_OF: "#7c3aed",
  ROMANTIC_WITH: "#db2777",
  FRIEND_OF: "#15803d",
  ALLY_OF: "#0f766e",
  ENEMY_OF: "#dc2626",
  WORKS_WITH: "#2563eb",
  WORKS_FOR: "#0e7490",
  MENTOR_OF: "#b45309",
  KILLED: "#111827",
  MEMBER_OF: "#92400e",
  INTERACTS_WITH: "#9ca3af",
};

import type { RelationshipType } from "../../domain/vocabulary";

/**
 * What a reader sees for each type: the vocabulary's names are for queries and exports,
 * a wiki reader should not meet `INTERACTS_WITH`.
 */
export const RELATIONSHIP_NAMES: Record<RelationshipType, string> = {
  FAMILY_OF: "family",
  ROMANTIC_WITH: "romantic partners",
  FRIEND_OF: "friends",
  ALLY_OF: "allies",
  ENEMY_OF: "enemies",
  WORKS_WITH: "works with",
  WORKS_FOR: "works for",
  MENTOR_OF: "mentor of",
  KILLED: "killed",
  MEMBER_OF: "member of",
  INTERACTS_WITH: "interacts with",
};

import type { RelationshipType } from "../domain/vocabulary";
import commonWords from "./lexicon/common-words.json";
import honorifics from "./lexicon/honorifics.json";
import organizations from "./lexicon/organizations.json";
import places from "./lexicon/places.json";
import productionRoles from "./lexicon/production-roles.json";
import relationCues from "./lexicon/relation-cues.json";

/** How a kinship or work word relates the named person to the possessor ("his sister X"). */
export interface RelationCue {
  type: RelationshipType;
  role?: string;
  /** The named person is the source: "his lawyer X" is X WORKS_FOR him. */
  reverse?: boolean;
}

/** Generic English knowledge discovery relies on; the lists are data under lexicon/. */
export const LEXICON = {
  commonWords: new Set(commonWords.words),
  titles: new Set(honorifics.titles),
  titlesKept: new Set(honorifics.keeps),
  placeSuffixes: new Set(places.suffixes),
  placePrepositions: new Set(places.strongPrepositions),
  placeNames: new Set(places.names),
  organizationSuffixes: new Set(organizations.suffixes),
  organizationPrefixes: new Set(organizations.prefixes),
  organizationNouns: new Set(organizations.appositionNouns),
  rolesBefore: new Map(Object.entries(productionRoles.before)),
  rolesBy: new Map(Object.entries(productionRoles.by)),
  rolesAfter: new Map(Object.entries(productionRoles.after)),
  relationWords: new Map(Object.entries(relationCues.words as Record<string, RelationCue>)),
  killVerbs: new Set(relationCues.killVerbs),
  memberCues: relationCues.memberCues,
};

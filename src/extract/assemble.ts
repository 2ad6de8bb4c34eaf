import type {
  CharacterRecord,
  DocumentRecord,
  GraphDocument,
  OrganizationRecord,
  PersonRecord,
  RelationshipRecord,
  SceneRecord,
} from "../domain/graph-document";
import { GRAPH_DOCUMENT_VERSION } from "../domain/graph-document";
import type { Catalog, Entity } from "./catalog";
import { entityKey, findEntity } from "./catalog";
import type { Reading } from "./reading";
import type { TextSpan } from "./text-span";

/** What the text says about one entity across the corpus. */
interface Sighting {
  mentions: number;
  surfaces: Set<string>;
  /** Scene ids in the order first seen (a set: an entity is seen in thousands of scenes). */
  scenes: Set<string>;
}

/** Builds the graph document and puts every list in a deterministic order. */
export function assemble(
  documents: DocumentRecord[],
  readings: Reading[],
  catalog: Catalog,
  relationships: RelationshipRecord[],
): GraphDocument {
  const sightings = sight(readings);
  const related = new Set(relationships.flatMap((r) => [r.source, r.target]));
  const present = (entity: Entity) =>
    sightings.has(key(entity)) || (entity.kind === "character" && related.has(entity.id));
  const entities = [...catalog.entities.values()].filter(present);
  const characters = entities
    .filter((e) => e.kind === "character")
    .map((e) => character(e, sightings.get(key(e))));
  const characterIds = new Set(characters.map((c) => c.id));
  return {
    version: GRAPH_DOCUMENT_VERSION,
    documents: [...documents].sort((a, b) => compare(a.id, b.id)),
    scenes: scenes(readings),
    characters: characters.sort((a, b) => compare(a.id, b.id)),
    people: entities
      .filter((e) => e.kind === "person")
      .map((e) => person(e, catalog, characterIds))
      .sort((a, b) => compare(a.id, b.id)),
    organizations: entities
      .filter((e) => e.kind === "organization")
      .map((e): OrganizationRecord => ({
        id: e.id,
        name: e.name,
        aliases: aliases(e, sightings.get(key(e))),
      }))
      .sort((a, b) => compare(a.id, b.id)),
    relationships: relationships.map(sortEvidence).sort(compareRelationships),
  };
}

function sight(readings: Reading[]): Map<string, Sighting> {
  const sightings = new Map<string, Sighting>();
  for (const reading of [...readings].sort((a, b) => compare(a.document, b.document))) {
    const sceneIds = reading.scenes.map((_, index) => `${reading.document}#${index}`);
    for (const mention of reading.mentions) {
      let sighting = sightings.get(mention.entity);
      if (sighting === undefined) {
        sighting = { mentions: 0, surfaces: new Set(), scenes: new Set() };
        sightings.set(mention.entity, sighting);
      }
      sighting.mentions++;
      sighting.surfaces.add(mention.surface.replace(/\s+/g, " "));
      const scene = sceneIndexOf(reading.scenes, mention);
      if (scene >= 0) sighting.scenes.add(sceneIds[scene]);
    }
  }
  return sightings;
}

/** The index of the scene that holds a span, or -1 (scenes are sorted and disjoint). */
function sceneIndexOf(scenes: TextSpan[], span: TextSpan): number {
  let low = 0;
  let high = scenes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (span.start < scenes[middle].start) high = middle - 1;
    else if (span.start >= scenes[middle].end) low = middle + 1;
    else return span.end <= scenes[middle].end ? middle : -1;
  }
  return -1;
}

function character(entity: Entity, sighting: Sighting | undefined): CharacterRecord {
  return {
    id: entity.id,
    name: entity.name,
    aliases: aliases(entity, sighting),
    mentions: sighting?.mentions ?? 0,
    confidence: entity.confidence,
    scenes: [...(sighting?.scenes ?? [])],
  };
}

function person(entity: Entity, catalog: Catalog, characterIds: Set<string>): PersonRecord {
  const portrays = entity.portrays
    .map((name) => findEntity(catalog, "character", name)?.id)
    .filter((id): id is string => id !== undefined && characterIds.has(id));
  return {
    id: entity.id,
    name: entity.name,
    aliases: [...entity.aliases].sort(compare),
    roles: [...new Set(entity.roles)].sort(compare),
    portrays: [...new Set(portrays)].sort(compare),
  };
}

/** Curated aliases plus the other ways the text named the entity. */
function aliases(entity: Entity, sighting: Sighting | undefined): string[] {
  const all = new Set([...entity.aliases, ...(sighting?.surfaces ?? [])]);
  all.delete(entity.name);
  return [...all].sort(compare);
}

function scenes(readings: Reading[]): SceneRecord[] {
  return readings
    .flatMap((reading) =>
      reading.scenes.map((span, index) => ({
        id: `${reading.document}#${index}`,
        document: reading.document,
        index,
        ...span,
      })),
    )
    .sort((a, b) => compare(a.document, b.document) || a.index - b.index);
}

function sortEvidence(record: RelationshipRecord): RelationshipRecord {
  const evidence = [...record.evidence].sort(
    (a, b) => compare(a.document, b.document) || a.start - b.start || a.end - b.end,
  );
  return { ...record, evidence, weight: evidence.length };
}

function compareRelationships(a: RelationshipRecord, b: RelationshipRecord): number {
  return (
    compare(a.source, b.source) ||
    compare(a.target, b.target) ||
    compare(a.type, b.type) ||
    compare(a.role ?? "", b.role ?? "")
  );
}

function key(entity: Entity): string {
  return entityKey(entity.kind, entity.id);
}

/** Code-unit order, independent of the locale the extraction runs in. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { slugify } from "../domain/ids";
import type { Gazetteer, GazetteerEntry, Work } from "./curation";
import { ExtractionError } from "./extraction-error";

export type EntityKind = "character" | "person" | "organization" | "place";

/** Anything the text can name: a node of the graph, or a place that only blocks false matches. */
export interface Entity {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  /** 1 when curated; lower when discovered in the text. */
  confidence: number;
  roles: string[];
  /** Canonical names (characters) this entity, a person, plays. */
  portrays: string[];
  /** The curated work whose cast the entity belongs to. */
  work?: string;
}

/** The entities of one extraction and the surface forms that name them. */
export interface Catalog {
  entities: Map<string, Entity>;
  /** Exact, case-sensitive surface form -> keys of every entity it may name. */
  surfaces: Map<string, string[]>;
  works: Work[];
  /** Short forms and misspellings discovery joined to a name ("Owsley" of Leland Owlsley). */
  variants: { surface: string; of: string }[];
}

export function entityKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

export function emptyCatalog(): Catalog {
  return { entities: new Map(), surfaces: new Map(), works: [], variants: [] };
}

export function catalogFromGazetteer(gazetteer: Gazetteer): Catalog {
  const catalog = emptyCatalog();
  catalog.works = gazetteer.works;
  const add = (
    kind: EntityKind,
    entry: GazetteerEntry,
    roles: string[] = [],
    portrays: string[] = [],
  ) => addEntity(catalog, { kind, ...entity(entry), confidence: 1, roles, portrays }, true);
  gazetteer.characters.forEach((entry) => add("character", entry));
  gazetteer.people.forEach((entry) => add("person", entry, entry.roles, entry.portrays));
  gazetteer.organizations.forEach((entry) => add("organization", entry));
  gazetteer.places.forEach((entry) => add("place", entry));
  return catalog;
}

/** Adds an entity and its surface forms; a curated duplicate is a curation error. */
export function addEntity(catalog: Catalog, added: Entity, curated = false): Entity {
  const key = entityKey(added.kind, added.id);
  if (added.id === "")
    throw new ExtractionError("BAD_CURATION", `"${added.name}" has no usable id`);
  if (catalog.entities.has(key) && curated) {
    throw new ExtractionError("BAD_CURATION", `${added.kind} ${added.id} is listed twice`);
  }
  catalog.entities.set(key, added);
  for (const surface of [added.name, ...added.aliases]) addSurface(catalog, surface, key);
  return added;
}

export function addSurface(catalog: Catalog, surface: string, key: string): void {
  const keys = catalog.surfaces.get(surface) ?? [];
  if (!keys.includes(key)) catalog.surfaces.set(surface, [...keys, key]);
}

/** The entity of a kind a name (canonical, alias or id) stands for, when there is exactly one. */
export function findEntity(catalog: Catalog, kind: EntityKind, name: string): Entity | undefined {
  const byId = catalog.entities.get(entityKey(kind, slugify(name)));
  if (byId !== undefined) return byId;
  const keys = (catalog.surfaces.get(name) ?? []).filter((key) => key.startsWith(`${kind}:`));
  return keys.length === 1 ? catalog.entities.get(keys[0]) : undefined;
}

function entity(entry: GazetteerEntry): Pick<Entity, "id" | "name" | "aliases" | "work"> {
  const aliases = [...new Set(entry.aliases.filter((alias) => alias !== entry.name))];
  const work = entry.work === undefined ? {} : { work: entry.work };
  return { id: slugify(entry.name), name: entry.name, aliases, ...work };
}

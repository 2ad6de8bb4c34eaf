import type { RelationshipType } from "../domain/vocabulary";
import { isRelationshipType } from "../domain/vocabulary";
import { ExtractionError } from "./extraction-error";

/** A named entity the curators know: canonical name and the other ways the text names it. */
export interface GazetteerEntry {
  name: string;
  aliases: string[];
  /** The work (series or shared universe) whose cast the entry belongs to, if any. */
  work?: string;
}

/** A series or a shared universe: its name and the titles a text may use for it. */
export interface Work {
  name: string;
  titles: string[];
}

export interface GazetteerPerson extends GazetteerEntry {
  roles: string[];
  /** Canonical character names this person plays. */
  portrays: string[];
}

/** The cast gazetteer (seeds/gazetteer.json): data, never code. */
export interface Gazetteer {
  works: Work[];
  characters: GazetteerEntry[];
  people: GazetteerPerson[];
  organizations: GazetteerEntry[];
  /** Places are never nodes; knowing them keeps "Pop's Barbershop" from naming Pop. */
  places: GazetteerEntry[];
}

/** A relationship a curator vouches for, with the sentence that shows it. */
export interface CuratedRelation {
  /**
   * The document id the quote comes from. The entry is checked (and used) only when that
   * document is extracted, so curation for one corpus does not break extraction of another.
   */
  document?: string;
  source: string;
  target: string;
  type: RelationshipType;
  role?: string;
  quote: string;
}

export interface Curation {
  gazetteer: Gazetteer;
  relations: CuratedRelation[];
  /**
   * Canonical names of characters an existing graph already holds (ingest): their one-word
   * aliases are trusted without the new text naming them in full.
   */
  alreadyNamed?: string[];
}

export const EMPTY_CURATION: Curation = {
  gazetteer: { works: [], characters: [], people: [], organizations: [], places: [] },
  relations: [],
};

/**
 * Checks the shape of parsed gazetteer JSON; `where` names the file in errors. Entries stand at
 * the top level (no work) or inside `works: [{name, titles, characters, people, ...}]`.
 */
export function parseGazetteer(value: unknown, where: string): Gazetteer {
  const record = asRecord(value, where);
  const gazetteer = castOf(record, where);
  const works = asList(record.works ?? [], `${where}: works`).map((item, i) => {
    const at = `${where}: works[${i}]`;
    const fields = asRecord(item, at);
    const work = { name: text(fields.name, `${at}.name`), titles: strings(fields.titles, at) };
    const cast = castOf(fields, at, work.name);
    return { work, cast };
  });
  return {
    works: works.map(({ work }) => work),
    characters: gazetteer.characters.concat(...works.map(({ cast }) => cast.characters)),
    people: gazetteer.people.concat(...works.map(({ cast }) => cast.people)),
    organizations: gazetteer.organizations.concat(...works.map(({ cast }) => cast.organizations)),
    places: gazetteer.places.concat(...works.map(({ cast }) => cast.places)),
  };
}

type Cast = Omit<Gazetteer, "works">;

function castOf(record: Record<string, unknown>, where: string, work?: string): Cast {
  const inWork = work === undefined ? {} : { work };
  const entries = (key: string): GazetteerEntry[] =>
    asList(record[key] ?? [], `${where}: ${key}`).map((item, i) => ({
      ...entry(item, `${where}: ${key}[${i}]`),
      ...inWork,
    }));
  const people = asList(record.people ?? [], `${where}: people`).map((item, i) => {
    const at = `${where}: people[${i}]`;
    const fields = asRecord(item, at);
    return {
      ...entry(item, at),
      ...inWork,
      roles: strings(fields.roles, at),
      portrays: strings(fields.portrays, at),
    };
  });
  return {
    characters: entries("characters"),
    people,
    organizations: entries("organizations"),
    places: entries("places"),
  };
}

/** Checks the shape of parsed curated relations JSON (`{relationships: [...]}` or a list). */
export function parseRelations(value: unknown, where: string): CuratedRelation[] {
  const list = Array.isArray(value) ? value : (asRecord(value, where).relationships ?? []);
  return asList(list, where).map((item, i) => {
    const at = `${where}: relationships[${i}]`;
    const fields = asRecord(item, at);
    const [source, target, type, quote] = ["source", "target", "type", "quote"].map((key) =>
      text(fields[key], `${at}.${key}`),
    );
    if (!isRelationshipType(type)) throw bad(`${at}: unknown relationship type ${type}`);
    const role = fields.role === undefined ? undefined : text(fields.role, `${at}.role`);
    const document =
      fields.document === undefined ? undefined : text(fields.document, `${at}.document`);
    return {
      ...(document === undefined ? {} : { document }),
      source,
      target,
      type,
      quote,
      ...(role === undefined ? {} : { role }),
    };
  });
}

function entry(value: unknown, where: string): GazetteerEntry {
  const fields = asRecord(value, where);
  return { name: text(fields.name, `${where}.name`), aliases: strings(fields.aliases, where) };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw bad(`${where} must be an object`);
  }
  return value as Record<string, unknown>;
}

function asList(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw bad(`${where} must be a list`);
  return value;
}

function strings(value: unknown, where: string): string[] {
  return asList(value ?? [], where).map((item, i) => text(item, `${where}[${i}]`));
}

function text(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim() === "")
    throw bad(`${where} must be a non-empty string`);
  return value;
}

function bad(message: string): ExtractionError {
  return new ExtractionError("BAD_CURATION", message);
}

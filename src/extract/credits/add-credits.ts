import { slugify } from "../../domain/ids";
import type { Catalog, Entity } from "../catalog";
import { addEntity, addSurface, entityKey } from "../catalog";
import type { TextSpan } from "../text-span";
import { readCredits } from "./read-credits";

/** Credited people are sure to be real; characters named in a cast list almost as sure. */
const CREDIT_CONFIDENCE = 0.9;

/** What one text's credits told: its credited people's names and where the credits stand. */
export interface DocumentCredits {
  /** First names a cast list gives as characters ("Mike Colter (Luke)"). */
  firstNames: string[];
  people: Set<string>;
  spans: TextSpan[];
}

/**
 * Adds the people a text credits to the catalog, with their roles and the characters a cast
 * list says they play. A character a cast list names in full ("Luke Cage") is added too; a
 * first name alone ("Luke") is returned, for discovery to attach to the full name the text uses.
 */
export function addCredits(catalog: Catalog, text: string): DocumentCredits {
  const firstNames: string[] = [];
  const credits = readCredits(text);
  for (const credit of credits.people) {
    const person = found(catalog, "person", credit.name);
    person.roles = [...new Set([...person.roles, ...credit.roles])].sort();
    if (credit.plays === undefined) continue;
    if (!person.portrays.includes(credit.plays)) person.portrays.push(credit.plays);
    const known = (catalog.surfaces.get(credit.plays) ?? []).some((k) =>
      k.startsWith("character:"),
    );
    if (known) continue;
    if (/\s/.test(credit.plays)) found(catalog, "character", credit.plays);
    else firstNames.push(credit.plays);
  }
  return { firstNames, people: new Set(credits.people.map((c) => c.name)), spans: credits.spans };
}

function found(catalog: Catalog, kind: "person" | "character", name: string): Entity {
  const key = entityKey(kind, slugify(name));
  const existing = catalog.entities.get(key);
  if (existing !== undefined) {
    addSurface(catalog, name, key);
    return existing;
  }
  return addEntity(catalog, {
    kind,
    id: slugify(name),
    name,
    aliases: [],
    confidence: CREDIT_CONFIDENCE,
    roles: [],
    portrays: [],
  });
}

import type { Catalog } from "./catalog";
import type { Draft } from "./draft";

/**
 * One-word surfaces of catalogued characters the corpus names, each with its one entity, and the
 * one-word names of every catalogued place ("K'un-L'un", for a misspelt "K'un-Lun" to join).
 */
export function knownWords(catalog: Catalog, drafts: Draft[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const [key, entity] of catalog.entities) {
    if (entity.kind !== "place") continue;
    for (const name of [entity.name, ...entity.aliases]) if (!/\s/.test(name)) words.set(name, key);
  }
  for (const draft of drafts) {
    for (const mention of draft.known) {
      if (!mention.entity.startsWith("character:")) continue;
      // "Jessica Jones" lends "Jessica" for "Jess" to join.
      const word = mention.surface.split(/\s+/)[0];
      const keys = catalog.surfaces.get(mention.surface) ?? [];
      if (keys.length === 1) words.set(word, keys[0]);
    }
  }
  return words;
}

/** Catalogued characters and people whose full name the corpus uses. */
export function fullNamesInCorpus(
  catalog: Catalog,
  drafts: Draft[],
): { key: string; name: string }[] {
  const names = new Map<string, { key: string; name: string }>();
  const add = (key: string, name: string) => names.set(`${key} ${name}`, { key, name });
  for (const draft of drafts) {
    for (const mention of draft.known) {
      const character = mention.entity.startsWith("character:");
      if (!/\s/.test(mention.surface) || !(character || mention.entity.startsWith("person:")))
        continue;
      add(mention.entity, catalog.entities.get(mention.entity)!.name);
      // "Cornell Stokes" names Cottonmouth, and lends "Cornell" to join him.
      if (character) add(mention.entity, mention.surface.replace(/\s+/g, " "));
    }
  }
  return [...names.keys()].sort().map((id) => names.get(id)!);
}

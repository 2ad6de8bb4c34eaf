import type { Catalog } from "./catalog";
import type { Mention } from "./mentions";

/** Whether a surface naming an entity in a document is to be believed. */
export type Trust = (document: string, mention: Pick<Mention, "entity" | "surface">) => boolean;

/**
 * A curated one-word alias ("Ward", "Cage", "Danny") is trusted inside a document of its work
 * (see `worksOfDocument`), and elsewhere only when the corpus also names that character or person
 * in full somewhere; otherwise "The Quiet Ward" would bring Ward Meachum into a hospital drama.
 * Entities whose canonical name is one word are unaffected, and so are those in `alreadyNamed`
 * (entity keys): a graph that already holds them vouches for them. `mentions` are every
 * document's mentions of curated entities.
 */
export function corroboration(
  mentions: readonly Mention[][],
  catalog: Catalog,
  worksOf: ReadonlyMap<string, ReadonlySet<string>>,
  alreadyNamed: ReadonlySet<string> = new Set(),
): Trust {
  const namedInFull = new Set<string>(alreadyNamed);
  for (const mention of mentions.flat()) {
    const entity = catalog.entities.get(mention.entity);
    if (entity !== undefined && (isFullName(mention.surface) || same(mention.surface, entity.name)))
      namedInFull.add(mention.entity);
  }
  return (document, mention) => {
    const entity = catalog.entities.get(mention.entity);
    if (entity === undefined || entity.confidence < 1 || entity.kind === "organization")
      return true;
    if (entity.work !== undefined && worksOf.get(document)?.has(entity.work)) return true;
    return namedInFull.has(mention.entity) || isFullName(mention.surface);
  };
}

function isFullName(surface: string): boolean {
  return /\s/.test(surface.trim());
}

function same(surface: string, name: string): boolean {
  return surface.replace(/’/g, "'") === name.replace(/’/g, "'");
}

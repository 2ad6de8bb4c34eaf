import type { Catalog } from "./catalog";
import { canonicalSurface, surfacePattern } from "./surface-pattern";
import type { TextSpan } from "./text-span";

/** A place in a document where the text names an entity. */
export interface Mention extends TextSpan {
  /** Entity key (`kind:id`). */
  entity: string;
  /** Exactly the text named: text.slice(start, end). */
  surface: string;
}

/**
 * Every mention of a catalogued entity in a text, in order. A surface form shared by several
 * entities (two Johns, "Jones" for a character and an actor) goes to the one of them named most
 * recently in the same document, and to nobody when none was: when unsure, don't merge.
 */
export function findMentions(text: string, catalog: Catalog): Mention[] {
  return mentionFinder(catalog)(text);
}

/**
 * `findMentions` for many texts against one state of the catalog: the lookup and the pattern of
 * every surface form are built once, not once per text. Surfaces added to the catalog later are
 * not seen; make a new finder then.
 */
export function mentionFinder(
  catalog: Catalog,
): (text: string, trusted?: (entity: string, surface: string) => boolean) => Mention[] {
  const lookup = surfaceLookup(catalog);
  const pattern = surfacePattern(lookup.keys());
  if (pattern === undefined) return () => [];
  // The same few spellings match over and over: canonicalise each of them once.
  const candidatesByMatch = new Map<string, string[]>();
  const candidatesOf = (matched: string) => {
    let candidates = candidatesByMatch.get(matched);
    if (candidates === undefined) {
      candidates = lookup.get(canonicalSurface(matched)) ?? [];
      candidatesByMatch.set(matched, candidates);
    }
    return candidates;
  };
  return (text, trusted) => {
    const mentions: Mention[] = [];
    const lastSeen = new Map<string, number>();
    for (const match of text.matchAll(pattern)) {
      let candidates = candidatesOf(match[0]);
      if (trusted !== undefined) candidates = candidates.filter((c) => trusted(c, match[0]));
      const entity = resolve(candidates, lastSeen);
      if (entity === undefined) continue;
      lastSeen.set(entity, match.index);
      mentions.push({
        entity,
        start: match.index,
        end: match.index + match[0].length,
        surface: match[0],
      });
    }
    return mentions;
  };
}

function resolve(candidates: string[], lastSeen: Map<string, number>): string | undefined {
  if (candidates.length === 1) return candidates[0];
  const seen = candidates.filter((key) => lastSeen.has(key));
  if (seen.length === 0) return undefined;
  return seen.reduce((best, key) => (lastSeen.get(key)! > lastSeen.get(best)! ? key : best));
}

function surfaceLookup(catalog: Catalog): Map<string, string[]> {
  const lookup = new Map<string, string[]>();
  for (const [surface, keys] of catalog.surfaces) {
    const canonical = canonicalSurface(surface);
    lookup.set(canonical, [...new Set([...(lookup.get(canonical) ?? []), ...keys])]);
  }
  return lookup;
}

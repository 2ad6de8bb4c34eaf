import { distance } from "fastest-levenshtein";
import type { NameGroup } from "./name-group";

/** A surface that joined another name as its short form or misspelling: for `--report`. */
export interface Variant {
  surface: string;
  /** The name it joined, or the key of the catalogued entity. */
  of: string;
}

/** Shorter words are too often two different names one letter apart (Dan, Don; Jim, Tim). */
const MISSPELLING_LENGTH = 5;

/**
 * A lone word that is another name's short form ("Walt" for Walter, "Con" for Connor, "Jess"
 * for Jessica) or its misspelling, one edit away ("Owsley" for Owlsley, "Electra" for Elektra),
 * joins that name when exactly one name fits. `known` maps one-word surfaces of catalogued
 * characters the corpus names, and of places, to their entity keys (places by misspelling only).
 */
export function mergeVariants(
  full: NameGroup[],
  singles: NameGroup[],
  known: ReadonlyMap<string, string>,
  variants: Variant[],
): NameGroup[] {
  const kept: NameGroup[] = [];
  // Longest first, so that "Con" finds "Connor" already kept.
  const ordered = [...singles].sort((a, b) => b.name.length - a.name.length);
  for (const single of ordered) {
    if (single.target !== undefined || /\s/.test(single.name)) {
      kept.push(single);
      continue;
    }
    const word = single.name;
    const owners = [
      ...full.filter((g) => fits(word, g.name.split(" ")[0], true) || someWordMisspelt(word, g)),
      ...kept.filter(
        (g) => g.target === undefined && !/\s/.test(g.name) && fits(word, g.name, true),
      ),
    ];
    const knownOwners = [
      ...new Set(
        [...known].filter(([w, k]) => fits(word, w, !k.startsWith("place:"))).map(([, k]) => k),
      ),
    ];
    if (owners.length + knownOwners.length !== 1) {
      kept.push(single);
      continue;
    }
    variants.push({ surface: word, of: owners[0]?.name ?? knownOwners[0] });
    if (owners.length === 1) absorb(owners[0], single);
    else kept.push({ ...single, confidence: 1, target: knownOwners[0] });
  }
  return kept;
}

/** `word` is a short form (when allowed) or a misspelling of `name`, not `name` itself. */
function fits(word: string, name: string, shortForms: boolean): boolean {
  if (word === name) return false;
  // "Walt" for Walter, "Jess" for Jessica; not "Kate" for Katey, one letter short: another name.
  if (shortForms && word.length >= 2 && name.length > word.length + 1 && name.startsWith(word))
    return true;
  return (
    word.length >= MISSPELLING_LENGTH &&
    name.length >= MISSPELLING_LENGTH &&
    word[0] === name[0] &&
    distance(word, name) === 1
  );
}

function someWordMisspelt(word: string, group: NameGroup): boolean {
  return group.name.split(" ").some((part) => fits(word, part, false));
}

function absorb(owner: NameGroup, single: NameGroup): void {
  single.candidates.forEach((c) => owner.candidates.push(c));
  single.surfaces.forEach((s) => owner.surfaces.add(s));
}

/**
 * "Trish Walkur" beside "Trish Walker": a full name one misspelt word away from another joins it,
 * the rarer into the commoner, or into a catalogued character's name (`known`) as an alias.
 * Returns the full names that remain groups of their own.
 */
export function mergeMisspeltFullNames(
  full: NameGroup[],
  known: readonly { key: string; name: string }[],
  variants: Variant[],
): NameGroup[] {
  const ordered = [...full].sort((a, b) => b.candidates.length - a.candidates.length);
  const kept: NameGroup[] = [];
  for (const group of ordered) {
    const knownOwner = known.filter(
      (k) => k.key.startsWith("character:") && misspelt(group.name, k.name),
    );
    const owner = kept.filter((g) => g.target === undefined && misspelt(group.name, g.name));
    if (knownOwner.length === 1 && owner.length === 0) {
      kept.push({ ...group, confidence: 1, target: knownOwner[0].key });
      variants.push({ surface: group.name, of: knownOwner[0].key });
    } else if (owner.length === 1 && knownOwner.length === 0) {
      absorb(owner[0], group);
      variants.push({ surface: group.name, of: owner[0].name });
    } else kept.push(group);
  }
  return kept;
}

function misspelt(name: string, other: string): boolean {
  const [a, b] = [name.split(" "), other.split(" ")];
  if (a.length !== b.length || name === other) return false;
  const differing = a.filter((word, i) => word !== b[i]);
  return differing.length === 1 && a.some((word, i) => word !== b[i] && fits(word, b[i], false));
}

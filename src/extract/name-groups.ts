import { nameKey } from "../domain/ids";
import type { Catalog } from "./catalog";
import type { Draft } from "./draft";
import { LEXICON } from "./lexicon";
import type { NameCandidate } from "./name-candidates";
import type { NameGroup } from "./name-group";
import { fullNamesInCorpus, knownWords } from "./known-names";
import { isLoneName, mostlyPlace } from "./lone-names";
import type { Variant } from "./name-variants";
import { mergeMisspeltFullNames, mergeVariants } from "./name-variants";

const FULL_NAME_CONFIDENCE = 0.7;
const SINGLE_NAME_CONFIDENCE = 0.5;

/** Words the corpus writes in lower case, and first words of names that are not people's. */
export interface WordEvidence {
  lowerCase: Set<string>;
  notNames: Set<string>;
  /** First names a cast list gives as characters ("Mike Colter (Luke)"). */
  credited: ReadonlySet<string>;
  /** Collects the short forms and misspellings that joined a name. */
  variants: Variant[];
}

/**
 * Clusters name candidates: full names first, then single words, which join the one full name
 * they begin or end ("Ana", "Ruiz" -> "Ana Ruiz") or, when several share it, stay with each of
 * them for the context to decide; a word that joins no one must show it is a name (`isLoneName`).
 * Short forms and misspellings join the name they stand for (`name-variants.ts`).
 */
export function groupNames(
  names: NameCandidate[],
  catalog: Catalog,
  drafts: Draft[],
  evidence: WordEvidence,
): NameGroup[] {
  const byKey = new Map<string, NameCandidate[]>();
  for (const candidate of names) {
    const key = nameKey(candidate.words.join(" "));
    const sameName = byKey.get(key);
    if (sameName === undefined) byKey.set(key, [candidate]);
    else sameName.push(candidate);
  }
  const knownFull = fullNamesInCorpus(catalog, drafts);
  const fullAndMisspelt = mergeMisspeltFullNames(
    [...byKey.values()].filter((c) => c[0].words.length > 1 && !mostlyPlace(c)).map(fullGroup),
    knownFull,
    evidence.variants,
  );
  const misspelt = fullAndMisspelt.filter((g) => g.target !== undefined);
  const full = fullAndMisspelt.filter((g) => g.target === undefined);
  for (const group of full) {
    // "Danny Loach" beside a curated Danny: "Danny" may now mean either, and the context decides.
    endsOf(group.name)
      .filter((word) =>
        (catalog.surfaces.get(word) ?? []).some((key) => key.startsWith("character:")),
      )
      .forEach((word) => group.surfaces.add(word));
  }
  const fullByEnd = byEndWord(full);
  const knownByEnd = byEndWord(knownFull);
  const singles: NameGroup[] = [];
  for (const candidates of [...byKey.values()].filter((c) => c[0].words.length === 1)) {
    const word = candidates[0].words[0];
    const owners = fullByEnd.get(word) ?? [];
    // Actors are called by their surname, never by their first name alone.
    const knownOwners = [
      ...new Set(
        (knownByEnd.get(word) ?? [])
          .filter((k) => !(k.key.startsWith("person:") && k.name.startsWith(`${word} `)))
          .map((k) => k.key),
      ),
    ];
    const surfaces = surfacesOf(candidates);
    if (owners.length + knownOwners.length === 1 && owners.length === 1) {
      // One at a time: spreading tens of thousands of arguments would overflow the stack.
      candidates.forEach((c) => owners[0].candidates.push(c));
      surfaces.forEach((s) => owners[0].surfaces.add(s));
    } else if (owners.length + knownOwners.length > 0) {
      owners.forEach((g) => surfaces.forEach((s) => g.surfaces.add(s)));
      knownOwners.forEach((target) =>
        singles.push({ name: word, surfaces, candidates, confidence: 1, target }),
      );
    } else if (
      evidence.credited.has(word) ||
      (!evidence.notNames.has(word) && isLoneName(candidates, evidence.lowerCase))
    ) {
      singles.push({
        name: singleName(candidates),
        surfaces,
        candidates,
        confidence: SINGLE_NAME_CONFIDENCE,
      });
    }
  }
  return [
    ...full,
    ...misspelt,
    ...mergeVariants(full, singles, knownWords(catalog, drafts), evidence.variants),
  ];
}

function fullGroup(candidates: NameCandidate[]): NameGroup {
  return {
    name: candidates[0].words.join(" "),
    surfaces: surfacesOf(candidates),
    candidates,
    confidence: FULL_NAME_CONFIDENCE,
  };
}

function surfacesOf(candidates: NameCandidate[]): Set<string> {
  return new Set(candidates.flatMap((c) => [c.surface, c.words.join(" ")]));
}

function endsOf(name: string): string[] {
  const words = name.split(" ").filter((w) => !LEXICON.titles.has(w));
  return words.length > 1 ? [words[0], words[words.length - 1]] : [];
}

/**
 * Names by their first and last words (see `endsOf`), each list in the order given: the owners
 * of a single word, found without testing every full name for every word.
 */
function byEndWord<T extends { name: string }>(named: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of named) {
    for (const word of new Set(endsOf(item.name))) {
      const owners = index.get(word);
      if (owners === undefined) index.set(word, [item]);
      else owners.push(item);
    }
  }
  return index;
}

function singleName(candidates: NameCandidate[]): string {
  const word = candidates[0].words[0];
  const kept = candidates.find((c) => c.title !== undefined && LEXICON.titlesKept.has(c.title));
  if (kept !== undefined) return `${kept.title} ${word}`;
  const titled = candidates.every((c) => c.title !== undefined);
  return titled ? `${candidates[0].title} ${word}` : word;
}

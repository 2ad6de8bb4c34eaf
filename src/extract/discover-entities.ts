import { slugify } from "../domain/ids";
import type { Catalog, Entity } from "./catalog";
import { addEntity, addSurface, entityKey } from "./catalog";
import { bracketActors } from "./bracket-actors";
import { classifyCandidate } from "./classify-candidate";
import type { Draft } from "./draft";
import type { TextSpan } from "./text-span";
import type { Mention } from "./mentions";
import type { NameCandidate } from "./name-candidates";
import { nameCandidates } from "./name-candidates";
import type { NameGroup } from "./name-group";
import { groupNames } from "./name-groups";
import type { Variant } from "./name-variants";
import { readsAsActor } from "./person-by-performance";
import { playedCharacter, productionRole } from "./person-cues";
import { addLowerCaseWords } from "./word-scan";
import { mergeWrittenAliases } from "./written-aliases";
import { wordKnowledge } from "./name-lexicon";
import { isWorkTitle, titleLine, workTitles } from "./work-titles";

/**
 * Finds the characters, real people, places and organizations the gazetteer lacks and adds them
 * to the catalog, discovered characters with confidence below 1.
 */
export function discoverEntities(
  drafts: Draft[],
  catalog: Catalog,
  credited: ReadonlySet<string> = new Set(),
): void {
  const lowerCase = lowerCaseWords(drafts);
  const names: NameCandidate[] = [];
  const nonNames: string[] = [];
  for (const draft of drafts) {
    for (const candidate of draftCandidates(draft, lowerCase)) {
      const kind = classifyCandidate(candidate);
      if (kind === "name") names.push(candidate);
      else if (kind !== "none") addFound(catalog, kind, candidate.words.join(" "), 1);
      if (kind !== "name" && candidate.words.length > 1) nonNames.push(candidate.words[0]);
    }
  }
  const variants: Variant[] = [];
  const grouped = groupNames(names, catalog, drafts, {
    lowerCase,
    notNames: new Set([...nonNames, ...firstWordsOfPlacesAndOrganizations(catalog)]),
    credited,
    variants,
  });
  const groups = mergeWrittenAliases(grouped);
  catalog.variants.push(
    ...variants.map((v) => ({ surface: v.surface, of: catalog.entities.get(v.of)?.name ?? v.of })),
  );
  const actors = bracketActors(groups, drafts, catalog);
  const roles = new Map(groups.map((g) => [g, rolesOf(g, actors)]));
  const characterNames = new Set(
    groups.filter((g) => roles.get(g)!.length === 0).flatMap((g) => [...g.surfaces]),
  );
  const isCharacterName = (name: string) =>
    characterNames.has(name) ||
    (catalog.surfaces.get(name) ?? []).some((key) => key.startsWith("character:"));
  const draftOf = new Map(drafts.map((draft) => [draft.document, draft]));
  for (const group of groups) {
    if (group.target !== undefined) {
      group.surfaces.forEach((surface) => addSurface(catalog, surface, group.target!));
      continue;
    }
    const plays =
      group.candidates.some((c) => playedCharacter(c, isCharacterName) !== undefined) ||
      readsAsActor(group.candidates, draftOf.get(group.candidates[0].document));
    const kind = roles.get(group)!.length > 0 || plays ? "person" : "character";
    const entity = addFound(catalog, kind, group.name, group.confidence, [...group.surfaces]);
    if (kind === "person")
      entity.roles = [...new Set([...roles.get(group)!, ...(plays ? ["actor"] : [])])].sort();
  }
}

/** "Midland" of Midland Circle: alone, a word that opens a known place or organization. */
function firstWordsOfPlacesAndOrganizations(catalog: Catalog): string[] {
  return [...catalog.entities.values()]
    .filter((e) => (e.kind === "place" || e.kind === "organization") && /\s/.test(e.name))
    .map((e) => e.name.split(/\s+/)[0])
    .filter((word) => !/^(?:The|A|An)$/.test(word));
}

/** Every word the corpus writes in lower case. */
function lowerCaseWords(drafts: Draft[]): Set<string> {
  const words = new Set<string>();
  for (const draft of drafts) addLowerCaseWords(draft.text, words);
  return words;
}

/**
 * Candidates outside the title line, and none that is the series' own title; a single word of
 * the title ("Luke" of "Luke Cage") may still be a character.
 */
function draftCandidates(draft: Draft, lowerCase: Set<string>): NameCandidate[] {
  const knownIn = overlapping(draft.known);
  const titles = workTitles(draft.text);
  const candidates = draft.sentences
    .flatMap((sentence) =>
      nameCandidates(draft.text, draft.document, sentence, knownIn(sentence), lowerCase),
    )
    .filter((c) => !isWorkTitle(titles, c.words.join(" "), c, (w) => wordKnowledge(w).inLexicon))
    .filter((c) => !(draft.credits ?? []).some((s) => c.start < s.end && s.start < c.end));
  const title = draft.titled ? titleLine(draft.text) : undefined;
  return title === undefined ? candidates : candidates.filter((c) => c.start >= title.end);
}

/**
 * The mentions that overlap each span, for spans asked about in order. Mentions are sorted and
 * do not overlap one another, so one cursor walks them once for a whole document instead of
 * filtering them all for every sentence.
 */
function overlapping(mentions: Mention[]): (span: TextSpan) => Mention[] {
  let first = 0;
  return (span) => {
    while (first < mentions.length && mentions[first].end <= span.start) first++;
    let last = first;
    while (last < mentions.length && mentions[last].start < span.end) last++;
    return mentions.slice(first, last);
  };
}

function rolesOf(group: NameGroup, actors: Set<NameGroup>): string[] {
  const roles = group.candidates.map(productionRole).concat(actors.has(group) ? ["actor"] : []);
  return [...new Set(roles.filter((r): r is string => r !== undefined))].sort();
}

function addFound(
  catalog: Catalog,
  kind: Entity["kind"],
  name: string,
  confidence: number,
  surfaces: string[] = [],
): Entity {
  const existing = catalog.entities.get(entityKey(kind, slugify(name)));
  if (existing !== undefined) {
    surfaces.forEach((surface) => addSurface(catalog, surface, entityKey(kind, existing.id)));
    return existing;
  }
  const aliases = surfaces.filter((s) => s !== name);
  return addEntity(catalog, {
    kind,
    id: slugify(name),
    name,
    aliases,
    confidence,
    roles: [],
    portrays: [],
  });
}

import type { GoldEntry } from "./gold-file";
import type { Counts } from "./metrics";

/** The parts of a graph document the scorer reads; a GraphDocument is one. */
export interface ScoredGraph {
  characters: readonly { id: string; name: string; aliases: readonly string[] }[];
  people: readonly { name: string }[];
  relationships: readonly { source: string; target: string }[];
}

export interface CharacterScore extends Counts {
  /** Gold canonical names no prediction matched. */
  missed: string[];
  /** Predicted names that matched no gold character. */
  extra: string[];
}

export interface PeopleScore extends Counts {
  /** Gold people, as written, that no prediction named. */
  missed: string[];
}

export interface TextScore {
  characters: CharacterScore;
  people: PeopleScore;
  pairs: Counts;
}

/**
 * A name as the scorer compares it: NFKD without accents, casefolded, straight apostrophes,
 * collapsed white space, without a leading "the " or a trailing possessive.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2019\u2018]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/'s?$/, "");
}

/**
 * Scores one text's graph document against its gold entry, with the same counts as
 * tests/fixtures/eval/score.mjs `scoreText`.
 */
export function scoreText(graph: ScoredGraph, gold: GoldEntry): TextScore {
  const goldCharacters = Object.entries(gold.characters).map(([name, forms]) => ({
    name,
    forms: new Set([name, ...forms].map(normaliseName)),
  }));
  const predicted = graph.characters.map((c) => ({
    name: c.name,
    forms: new Set([c.name, ...c.aliases].map(normaliseName)),
  }));
  const goldOf = matchOneToOne(predicted, goldCharacters);
  const taken = new Set(goldOf.values());
  // Built in matching order so that, as in score.mjs, a repeated id keeps its last match.
  const idToGold = new Map(
    [...goldOf].map(([i, j]) => [graph.characters[i].id, goldCharacters[j].name]),
  );
  return {
    characters: {
      tp: goldOf.size,
      fp: predicted.length - goldOf.size,
      fn: goldCharacters.length - goldOf.size,
      missed: goldCharacters.filter((_, j) => !taken.has(j)).map((g) => g.name),
      extra: predicted.filter((_, i) => !goldOf.has(i)).map((p) => p.name),
    },
    people: scorePeople(graph.people, gold.people),
    pairs: scorePairs(graph, idToGold, gold.pairs),
  };
}

/**
 * Predicted index -> gold index, one to one, greedily taking the candidates that share the most
 * forms first (ties by index), so a split entity's second record is a false positive rather than
 * a second hit on the same gold character.
 */
function matchOneToOne(
  predicted: { forms: Set<string> }[],
  gold: { forms: Set<string> }[],
): Map<number, number> {
  const candidates: { i: number; j: number; shared: number }[] = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const shared = [...p.forms].filter((form) => g.forms.has(form)).length;
      if (shared > 0) candidates.push({ i, j, shared });
    }),
  );
  candidates.sort((a, b) => b.shared - a.shared || a.i - b.i || a.j - b.j);
  const goldOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const { i, j } of candidates) {
    if (goldOf.has(i) || taken.has(j)) continue;
    goldOf.set(i, j);
    taken.add(j);
  }
  return goldOf;
}

function scorePeople(predicted: ScoredGraph["people"], goldNames: string[]): PeopleScore {
  const gold = goldNames.map(normaliseName);
  // Recaps often credit a person by surname alone; that counts only when the surname is unique.
  const bySurname = new Map<string, string | null>();
  for (const person of gold) {
    const surname = person.split(" ").pop() ?? person;
    bySurname.set(surname, bySurname.has(surname) ? null : person);
  }
  const hit = new Set<string>();
  let fp = 0;
  for (const person of predicted) {
    const name = normaliseName(person.name);
    const found = gold.includes(name) ? name : (bySurname.get(name) ?? null);
    // A second prediction of the same person is a false positive, as for characters.
    if (found && !hit.has(found)) hit.add(found);
    else fp++;
  }
  return {
    tp: hit.size,
    fp,
    fn: gold.length - hit.size,
    missed: goldNames.filter((_, k) => !hit.has(gold[k])),
  };
}

function scorePairs(
  graph: ScoredGraph,
  idToGold: Map<string, string>,
  goldPairs: [string, string][],
): Counts {
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const gold = new Set(goldPairs.map(([a, b]) => key(a, b)));
  const characterIds = new Set(graph.characters.map((c) => c.id));
  const predicted = new Set<string>();
  let unmatched = 0;
  for (const { source, target } of graph.relationships) {
    const a = idToGold.get(source);
    const b = idToGold.get(target);
    if (a === undefined || b === undefined) {
      // As score.mjs: wrong when one end is a matched character (even a MEMBER_OF link to an
      // organisation) or both ends are characters; links between non-characters are not scored.
      const bothCharacters = characterIds.has(source) && characterIds.has(target);
      if (a !== undefined || b !== undefined || bothCharacters) unmatched++;
      continue;
    }
    if (a !== b) predicted.add(key(a, b));
  }
  const tp = [...predicted].filter((pair) => gold.has(pair)).length;
  return { tp, fp: unmatched + predicted.size - tp, fn: gold.size - tp };
}

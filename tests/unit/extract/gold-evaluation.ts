import { readFileSync, readdirSync } from "node:fs";
import type { GraphDocument } from "../../../src/domain/graph-document";
import { nameKey } from "../../../src/domain/ids";

/** Hand-made annotations of one fixture set (tests/fixtures/extract/gold/*.json). */
export interface Gold {
  file: string;
  documents: string[];
  characters: { name: string; surfaces: string[] }[];
  people: { name: string; surfaces: string[]; roles: string[]; portrays: string[] }[];
  relationships: { between: [string, string]; type: string; role?: string }[];
}

/** True and false positives and false negatives, summed over files. */
export interface Tally {
  found: number;
  predicted: number;
  expected: number;
}

export interface Scores {
  characters: Tally;
  people: Tally;
  relationships: Tally;
}

const GOLD_FOLDER = "tests/fixtures/extract/gold";

export function readGold(): Gold[] {
  return readdirSync(GOLD_FOLDER)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      ...(JSON.parse(readFileSync(`${GOLD_FOLDER}/${file}`, "utf8")) as Omit<Gold, "file">),
    }));
}

export function emptyScores(): Scores {
  const zero = (): Tally => ({ found: 0, predicted: 0, expected: 0 });
  return { characters: zero(), people: zero(), relationships: zero() };
}

/** Scores one extraction against its gold and adds the counts to `into`. */
export function score(graph: GraphDocument, gold: Gold, into: Scores): void {
  const characters = match(graph.characters, gold.characters);
  tally(into.characters, characters.size, graph.characters.length, gold.characters.length);
  const people = match(graph.people, gold.people);
  tally(into.people, people.size, graph.people.length, gold.people.length);
  const goldOf = new Map([...characters].map(([id, index]) => [id, gold.characters[index].name]));
  const typed = graph.relationships.filter(
    (r) => r.type !== "INTERACTS_WITH" && r.type !== "MEMBER_OF",
  );
  const predictedPairs = new Set(
    typed.map((r) =>
      pairKey(goldOf.get(r.source) ?? r.source, goldOf.get(r.target) ?? r.target, r.type),
    ),
  );
  const expectedPairs = new Set(
    gold.relationships.map((r) => pairKey(r.between[0], r.between[1], r.type)),
  );
  const found = [...expectedPairs].filter((pair) => predictedPairs.has(pair)).length;
  tally(into.relationships, found, predictedPairs.size, expectedPairs.size);
}

export function precision(t: Tally): number {
  return t.predicted === 0 ? 1 : t.found / t.predicted;
}

export function recall(t: Tally): number {
  return t.expected === 0 ? 1 : t.found / t.expected;
}

/**
 * Pairs predicted records with gold entries one to one: first by canonical name, then by any
 * alias. A second record for an entry already matched (a split entity) counts as a false positive.
 */
function match(
  records: { id: string; name: string; aliases: string[] }[],
  gold: { surfaces: string[] }[],
): Map<string, number> {
  const keys = gold.map((g) => new Set(g.surfaces.map(nameKey)));
  const matched = new Map<string, number>();
  const taken = new Set<number>();
  for (const byAlias of [false, true]) {
    for (const record of records) {
      if (matched.has(record.id)) continue;
      const names = (byAlias ? [record.name, ...record.aliases] : [record.name]).map(nameKey);
      const index = keys.findIndex((k, i) => !taken.has(i) && names.some((n) => k.has(n)));
      if (index >= 0) {
        matched.set(record.id, index);
        taken.add(index);
      }
    }
  }
  return matched;
}

function tally(t: Tally, found: number, predicted: number, expected: number): void {
  t.found += found;
  t.predicted += predicted;
  t.expected += expected;
}

function pairKey(a: string, b: string, type: string): string {
  return `${[a, b].sort().join(" + ")} ${type}`;
}

/**
 * Synthetic graph documents for the benchmarks: the shape of a co-appearance network (a few
 * characters in almost every story, most in a handful), with evidence on every edge. The same
 * size and seed give the same bytes, so a figure can always be reproduced on the same input.
 */
import type {
  CharacterRecord,
  DocumentRecord,
  Evidence,
  GraphDocument,
  OrganizationRecord,
  PersonRecord,
  RelationshipRecord,
  SceneRecord,
} from "../../src/domain/graph-document";
import { GRAPH_DOCUMENT_VERSION } from "../../src/domain/graph-document";
import { seededRandom } from "../../src/analysis/seeded-random";
import { syntheticNames } from "./synthetic-names";
import { WeightedPicker } from "./weighted-picker";

export interface GraphSize {
  name: string;
  characters: number;
  /** Character-to-character relationships; memberships of organizations come on top. */
  relationships: number;
}

export const GRAPH_SIZES = {
  seed: { name: "seed", characters: 38, relationships: 102 },
  medium: { name: "medium", characters: 1_000, relationships: 20_000 },
  marvel: { name: "marvel", characters: 6_500, relationships: 170_000 },
} as const satisfies Record<string, GraphSize>;

export type GraphSizeName = keyof typeof GRAPH_SIZES;

export interface SyntheticCorpus {
  graph: GraphDocument;
  /** The text of each document, so that every quote can be checked against its offsets. */
  texts: Map<string, string>;
}

/** Degree weights fall as rank^-DEGREE_EXPONENT: a heavy tail like Marvel's co-appearances. */
const DEGREE_EXPONENT = 0.55;
const EVIDENCE_PER_DOCUMENT = 400;
const EVIDENCE_PER_SCENE = 25;
const TYPED_SHARE = 0.15;
const TYPED: { type: RelationshipRecord["type"]; role?: string; verb: string }[] = [
  { type: "ALLY_OF", verb: "fights beside" },
  { type: "ENEMY_OF", verb: "clashes with" },
  { type: "FRIEND_OF", verb: "confides in" },
  { type: "WORKS_WITH", verb: "works alongside" },
  { type: "FAMILY_OF", role: "sibling", verb: "is the sibling of" },
  { type: "ROMANTIC_WITH", verb: "kisses" },
  { type: "MENTOR_OF", verb: "trains" },
  { type: "WORKS_FOR", role: "employee", verb: "works for" },
  { type: "KILLED", verb: "kills" },
];
const PLACES = ["on the rooftop", "at the docks", "in the lab", "at the diner", "in the precinct"];

export function generateSyntheticCorpus(size: GraphSize, seed = 1): SyntheticCorpus {
  const random = seededRandom(seed);
  const names = syntheticNames(size.characters + Math.ceil(size.characters / 8), random);
  const characterNames = names.slice(0, size.characters);
  const pairs = pickPairs(size, random);
  const writer = new EvidenceWriter(characterNames);
  const relationships: RelationshipRecord[] = pairs.map(([a, b]) => {
    const typed = random() < TYPED_SHARE ? TYPED[Math.floor(random() * TYPED.length)] : null;
    // Co-appearance counts are heavy-tailed too: most pairs meet once, a few meet often.
    const weight = typed ? 1 : Math.min(200, Math.floor(1 / Math.pow(random(), 0.7)));
    const evidence = Array.from({ length: Math.min(weight, 3) }, () =>
      writer.write(a, b, typed?.verb ?? "meets", PLACES[Math.floor(random() * PLACES.length)]),
    );
    return {
      source: writer.ids[a],
      target: writer.ids[b],
      type: typed?.type ?? "INTERACTS_WITH",
      ...(typed?.role ? { role: typed.role } : {}),
      weight: typed ? evidence.length : weight,
      evidence,
    };
  });
  const organizations = organizationsFor(size, random);
  const memberships = membershipsFor(writer, organizations, random);
  const graph: GraphDocument = {
    version: GRAPH_DOCUMENT_VERSION,
    documents: writer.documents(),
    scenes: writer.scenes(),
    characters: writer.characters(),
    people: peopleFor(names.slice(size.characters), writer.ids, random),
    organizations,
    relationships: [...relationships, ...memberships],
  };
  return { graph, texts: writer.texts() };
}

export function generateGraphDocument(size: GraphSize, seed = 1): GraphDocument {
  return generateSyntheticCorpus(size, seed).graph;
}

/** Chung-Lu sampling: each end drawn by degree weight, self-loops and repeats refused. */
function pickPairs(size: GraphSize, random: () => number): [number, number][] {
  const maxPairs = (size.characters * (size.characters - 1)) / 2;
  if (size.relationships > maxPairs / 4) {
    throw new RangeError(`${size.relationships} relationships is too dense for ${size.characters}`);
  }
  // Ranks are shuffled onto characters so that hubs are not simply the first names.
  const rankOf = shuffled(size.characters, random);
  const picker = new WeightedPicker(
    rankOf.map((rank) => Math.pow(rank + 1, -DEGREE_EXPONENT)),
    random,
  );
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  while (pairs.length < size.relationships) {
    const a = picker.pick();
    const b = picker.pick();
    if (a === b) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = low * size.characters + high;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([low, high]);
  }
  return pairs;
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * Lays quotes end to end into numbered documents and scenes, and remembers who was named in
 * which scene, so that evidence offsets, scenes and appearances all agree.
 */
class EvidenceWriter {
  readonly ids: string[];
  private readonly parts: string[][] = [];
  private readonly lengths: number[] = [];
  private readonly sceneRecords: SceneRecord[] = [];
  private readonly appearances: Set<string>[];
  private readonly mentions: number[];
  private written = 0;
  private scenesInDocument = 0;

  constructor(private readonly names: string[]) {
    this.ids = names.map((_, i) => `c${String(i).padStart(5, "0")}`);
    this.appearances = names.map(() => new Set());
    this.mentions = names.map(() => 0);
  }

  write(a: number, b: number, verb: string, place: string): Evidence {
    const documentIndex = Math.floor(this.written / EVIDENCE_PER_DOCUMENT);
    if (documentIndex === this.parts.length) {
      this.parts.push([]);
      this.lengths.push(0);
      this.scenesInDocument = 0;
    }
    if (this.written % EVIDENCE_PER_SCENE === 0) {
      const document = documentId(documentIndex);
      const start = this.lengths[documentIndex];
      const index = this.scenesInDocument++;
      this.sceneRecords.push({ id: `${document}#${index}`, document, index, start, end: start });
    }
    this.written++;
    const quote = `${this.names[a]} ${verb} ${this.names[b]} ${place}.`;
    const start = this.lengths[documentIndex] + (this.parts[documentIndex].length > 0 ? 1 : 0);
    this.parts[documentIndex].push(quote);
    this.lengths[documentIndex] = start + quote.length;
    const scene = this.sceneRecords[this.sceneRecords.length - 1];
    scene.end = start + quote.length;
    for (const c of [a, b]) {
      this.appearances[c].add(scene.id);
      this.mentions[c]++;
    }
    return { document: documentId(documentIndex), start, end: start + quote.length, quote };
  }

  documents(): DocumentRecord[] {
    return this.parts.map((_, i) => ({
      id: documentId(i),
      title: `Synthetic episode ${i + 1}`,
      source: `bench/synthetic/${documentId(i)}.txt`,
      length: this.lengths[i],
    }));
  }

  scenes(): SceneRecord[] {
    return this.sceneRecords;
  }

  characters(): CharacterRecord[] {
    return this.names.map((name, i) => ({
      id: this.ids[i],
      name,
      aliases: i % 3 === 0 ? [name.split(" ")[0]] : [],
      mentions: this.mentions[i],
      confidence: 1,
      scenes: [...this.appearances[i]],
    }));
  }

  texts(): Map<string, string> {
    return new Map(this.parts.map((quotes, i) => [documentId(i), quotes.join(" ")]));
  }
}

function documentId(index: number): string {
  return `synthetic-${String(index + 1).padStart(4, "0")}`;
}

function organizationsFor(size: GraphSize, random: () => number): OrganizationRecord[] {
  const count = Math.max(2, Math.ceil(size.characters / 50));
  return syntheticNames(count, random).map((name, i) => ({
    id: `o${String(i).padStart(4, "0")}`,
    name: `The ${name.split(" ")[1]} Society`,
    aliases: [],
  }));
}

function membershipsFor(
  writer: EvidenceWriter,
  organizations: OrganizationRecord[],
  random: () => number,
): RelationshipRecord[] {
  return writer.ids
    .filter(() => random() < 0.1)
    .map((id) => ({
      source: id,
      target: organizations[Math.floor(random() * organizations.length)].id,
      type: "MEMBER_OF" as const,
      weight: 1,
      evidence: [],
    }));
}

function peopleFor(names: string[], characterIds: string[], random: () => number): PersonRecord[] {
  return names.map((name, i) => ({
    id: `p${String(i).padStart(5, "0")}`,
    name,
    aliases: [],
    roles: ["actor"],
    portrays: [characterIds[Math.floor(random() * characterIds.length)]],
  }));
}

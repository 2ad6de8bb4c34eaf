import type { GraphDocument } from "../../domain/graph-document";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../../domain/vocabulary";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import { PROBLEMS_REPORTED, graphDocumentProblems } from "../../domain/validate-graph-document";
import type {
  CharacterPage,
  CharacterPageQuery,
  GraphStats,
  GraphStore,
  LoadSummary,
  NameEntry,
  NeighbourhoodOptions,
  NeighbourhoodResult,
  RelationshipFilter,
} from "../graph-store";
import {
  compareRelationships,
  compareRelationshipsFrom,
  compareStrings,
} from "../../domain/relationship-order";
import { InvalidGraphDocumentError } from "../store-errors";
import type { Journal } from "./journal";
import { type CharacterAttributes, MemoryGraph } from "./memory-graph";
import { acceptsFilter, edgeTest } from "./edge-filters";
import { hopDistances, relationshipsAmong, smallestShortestPath } from "./traversal";
import { walkLegByLeg } from "../walk-leg-by-leg";
import type {
  CharacterNode,
  CharacterPair,
  DocumentNode,
  PersonNode,
} from "../../domain/graph-model";

/**
 * The embedded store: the whole graph in this process, on graphology. With a journal it is
 * durable: each load is on disk before it answers, and the journal's loads are replayed when
 * the store is opened again.
 */
export class MemoryStore implements GraphStore {
  readonly kind = "memory";
  private graph = new MemoryGraph();
  private journal: Journal<GraphDocument> | null = null;
  /** Loads run one at a time, so the journal's order is the order they were applied in. */
  private loads: Promise<unknown> = Promise.resolve();

  /** The base graph plus every load the journal holds, in order; later loads are journalled. */
  static async withJournal(
    base: GraphDocument,
    journal: Journal<GraphDocument>,
    journalled: GraphDocument[],
  ): Promise<MemoryStore> {
    const store = new MemoryStore();
    await store.load(base);
    // Each journalled document was checked before it was written, and its checksum holds.
    // merged() copies the whole graph first: with nothing journalled there is nothing to copy for.
    if (journalled.length > 0) store.graph = store.graph.merged(...journalled);
    store.journal = journal;
    return store;
  }

  /** A store over a (filtered) snapshot: it answers traversal questions on that view. */
  static async fromSnapshot(snapshot: GraphSnapshot): Promise<MemoryStore> {
    const store = new MemoryStore();
    store.graph = MemoryGraph.fromSnapshot(snapshot);
    return store;
  }

  async load(document: GraphDocument): Promise<LoadSummary> {
    const problems = graphDocumentProblems(document);
    if (problems.length > 0)
      throw new InvalidGraphDocumentError(problems.slice(0, PROBLEMS_REPORTED).join("; "));
    const run = this.loads.then(async () => {
      const next = this.graph.merged(document);
      await this.journal?.append(document);
      this.graph = next;
      return next.summary();
    });
    this.loads = run.catch(() => undefined);
    return run;
  }

  async charactersByNameKey(key: string): Promise<CharacterNode[]> {
    return this.charactersById(this.graph.idsByNameKey(key)) as Promise<CharacterNode[]>;
  }

  async charactersByNameKeys(keys: readonly string[]): Promise<CharacterNode[][]> {
    return Promise.all(keys.map((key) => this.charactersByNameKey(key)));
  }

  async charactersByNameEndings(keys: readonly string[]): Promise<CharacterNode[][]> {
    return Promise.all(
      keys.map((key) => this.charactersById(this.graph.idsByNameEnding(key))),
    ) as Promise<CharacterNode[][]>;
  }

  async characterNames(): Promise<NameEntry[]> {
    return this.sortedCharacters().map(({ id, name, aliases }) => ({ id, name, aliases }));
  }

  async charactersById(ids: readonly string[]): Promise<(CharacterNode | null)[]> {
    const characters = this.graph.characters;
    return ids.map((id) =>
      characters.hasNode(id) ? toCharacter(characters.getNodeAttributes(id)) : null,
    );
  }

  async pageOfCharacters(query: CharacterPageQuery): Promise<CharacterPage> {
    const { searchKey, afterId, first } = query;
    const matching = this.sortedCharacters().filter(
      (c) => !searchKey || c.nameKeys.some((k) => k.includes(searchKey)),
    );
    const rest = afterId === undefined ? matching : matching.filter((c) => c.id > afterId);
    return {
      characters: rest.slice(0, first).map(toCharacter),
      hasNextPage: rest.length > first,
      totalCount: matching.length,
    };
  }

  async relationshipsOf(ids: readonly string[], filter: RelationshipFilter) {
    const characters = this.graph.characters;
    const accepts = acceptsFilter(filter);
    return ids.map((id) =>
      characters.hasNode(id)
        ? characters
            .mapEdges(id, (_key, edge) => edge)
            .filter(accepts)
            .sort(compareRelationshipsFrom(id))
        : [],
    );
  }

  async relationshipsBetween(a: string, b: string, filter: RelationshipFilter) {
    const characters = this.graph.characters;
    if (!characters.hasNode(a) || !characters.hasNode(b)) return [];
    return characters
      .mapEdges(a, b, (_key, edge) => edge)
      .filter(acceptsFilter(filter))
      .sort(compareRelationshipsFrom(a));
  }

  async relationshipsBetweenPairs(pairs: readonly CharacterPair[], filter: RelationshipFilter) {
    return Promise.all(pairs.map(([a, b]) => this.relationshipsBetween(a, b, filter)));
  }

  async shortestPath(from: string, to: string, options: RelationshipFilter & { maxHops: number }) {
    if (from === to) return this.graph.characters.hasNode(from) ? [from] : null;
    return smallestShortestPath(
      this.graph.adjacency(),
      from,
      to,
      options.maxHops,
      edgeTest(options),
    );
  }

  pathThrough(stops: readonly string[], options: RelationshipFilter & { maxHops: number }) {
    return walkLegByLeg(this, stops, options);
  }

  async neighbourhood(
    id: string,
    depth: number,
    filter: RelationshipFilter,
    options: NeighbourhoodOptions = {},
  ): Promise<NeighbourhoodResult> {
    if (!this.graph.characters.hasNode(id))
      return { members: [], characters: [], relationships: [] };
    const adjacency = this.graph.adjacency();
    const accepts = edgeTest(filter);
    const distances = hopDistances(adjacency, id, depth, accepts);
    const members = [...distances]
      .map(([member, distance]) => ({ id: member, distance }))
      .sort((a, b) => a.distance - b.distance || compareStrings(a.id, b.id));
    const characters = members.map((m) =>
      toCharacter(this.graph.characters.getNodeAttributes(m.id)),
    );
    if (options.members === "only") return { members, characters, relationships: [] };
    const relationships = relationshipsAmong(adjacency, distances.keys(), accepts);
    return { members, characters, relationships: relationships.sort(compareRelationships) };
  }

  async portrayersOf(ids: readonly string[]): Promise<PersonNode[][]> {
    const people = [...this.graph.people.values()].sort((a, b) => compareStrings(a.id, b.id));
    return ids.map((id) =>
      people
        .filter((p) => p.portrays.includes(id))
        .map(({ id, name, aliases, roles }) => ({ id, name, aliases, roles })),
    );
  }

  async documentsById(ids: readonly string[]): Promise<(DocumentNode | null)[]> {
    return ids.map((id) => this.graph.documents.get(id) ?? null);
  }

  async documentsByContentHash(hash: string): Promise<DocumentNode[]> {
    return (await this.listDocuments()).filter((d) => d.contentHash === hash);
  }

  async snapshot(): Promise<GraphSnapshot> {
    const characters = this.sortedCharacters().map(toCharacter);
    const relationships = this.graph.characters
      .mapEdges((_key, edge) => edge)
      .sort(compareRelationships);
    return { characters, relationships };
  }

  async stats(): Promise<GraphStats> {
    const g = this.graph;
    const counts = new Map<RelationshipType, number>();
    g.characters.forEachEdge((_key, edge) =>
      counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1),
    );
    if (g.memberships.size > 0) counts.set("MEMBER_OF", g.memberships.size);
    return {
      characters: g.characters.order,
      people: g.people.size,
      organizations: g.organizations.size,
      documents: g.documents.size,
      relationshipsByType: RELATIONSHIP_TYPES.filter((t) => counts.has(t)).map((type) => ({
        type,
        count: counts.get(type)!,
      })),
    };
  }

  async listDocuments(): Promise<DocumentNode[]> {
    return [...this.graph.documents.values()].sort((a, b) => compareStrings(a.id, b.id));
  }

  async ping(): Promise<void> {}

  /** Waits for a load in progress to finish; what was acknowledged is on disk already. */
  async close(): Promise<void> {
    await this.loads;
    await this.journal?.close();
  }

  private sortedCharacters(): CharacterAttributes[] {
    return this.graph.sortedCharacters();
  }
}

function toCharacter({
  id,
  name,
  aliases,
  mentions,
  confidence,
}: CharacterAttributes): CharacterNode {
  return { id, name, aliases, mentions, confidence };
}

import type { GraphDocument } from "../../domain/graph-document";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
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
  WalkedPath,
} from "../graph-store";
import { compareRelationshipsFrom, compareStrings } from "../../domain/relationship-order";
import type { StoreUnavailableError } from "../store-errors";
import { CypherRegistry } from "./cypher-registry";
import { asInteger, Neo4jExecutor, type Neo4jConnectionOptions } from "./executor";
import { loadDocument, nameKeyText } from "./neo4j-load";
import { createSchemaWhenReady } from "./schema-when-ready";
import { documentsOf, snapshotOf, statsOf } from "./neo4j-overview";
import {
  slotsById,
  toCharacter,
  toDocument,
  toNameEntry,
  toPerson,
  toRelationship,
} from "./neo4j-records";
import { neighbourhoodOf, smallestShortestPath, typesOf } from "./neo4j-traversal";
import { walkThrough } from "./neo4j-walk";
import { walkOf } from "../walk-leg-by-leg";
import type {
  CharacterNode,
  CharacterPair,
  DocumentNode,
  PersonNode,
  RelationshipEdge,
} from "../../domain/graph-model";

export interface Neo4jStoreOptions extends Neo4jConnectionOptions {
  /** Where the .cypher files are; default the repository's cypher/. */
  cypherDirectory?: string;
}

type Row = Record<string, unknown>;
const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/** How often a service that started before its database tries again to create the schema. */
const SCHEMA_RETRY_MS = 2000;

/**
 * Opens the store: reads every Cypher file (a missing one fails here) and creates the constraints
 * and indexes. A database that cannot be reached yet fails the call, unless `waitForDatabase`
 * is given: then the store opens at once, answers StoreUnavailableError until the database
 * comes up, and creates the schema when it does (the service starts before its database).
 */
export async function createNeo4jStore(
  options: Neo4jStoreOptions,
  waitForDatabase?: (error: StoreUnavailableError) => void,
): Promise<Neo4jStore> {
  const cypher = CypherRegistry.load(options.cypherDirectory);
  const executor = new Neo4jExecutor(options);
  try {
    const stopRetrying = waitForDatabase
      ? await createSchemaWhenReady(executor, cypher, SCHEMA_RETRY_MS, waitForDatabase)
      : await createSchemaWhenReady(executor, cypher, 0, (error) => {
          throw error;
        });
    return new Neo4jStore(executor, cypher, stopRetrying);
  } catch (error) {
    await executor.close();
    throw error;
  }
}

/** The GraphStore port on Neo4j: every statement from cypher/, every result a plain object. */
export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j";

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly cypher: CypherRegistry,
    private readonly stopSchemaRetries: () => void = () => undefined,
  ) {}

  load(document: GraphDocument): Promise<LoadSummary> {
    return loadDocument(this.executor, this.cypher, document);
  }

  async charactersByNameKey(key: string): Promise<CharacterNode[]> {
    return (await this.charactersByNameKeys([key]))[0];
  }

  async charactersByNameKeys(keys: readonly string[]): Promise<CharacterNode[][]> {
    const slots = keys.map((): CharacterNode[] => []);
    // An empty key names nobody; '||' would match nothing anyway, but need not be asked.
    const asked = keys.flatMap((key, slot) => (key === "" ? [] : [{ key, slot }]));
    if (asked.length === 0) return slots;
    const rows = await this.read<{ slot: number; character: Row }>("find-characters-by-name-key", {
      needles: asked.map(({ key }) => nameKeyText([key])),
    });
    for (const row of rows) slots[asked[row.slot].slot].push(toCharacter(row.character));
    return slots.map((characters) => characters.sort(byId));
  }

  async charactersByNameEndings(keys: readonly string[]): Promise<CharacterNode[][]> {
    const slots = keys.map((): CharacterNode[] => []);
    const asked = keys.flatMap((key, slot) => (key === "" ? [] : [{ key, slot }]));
    if (asked.length === 0) return slots;
    const rows = await this.read<{ slot: number; character: Row }>(
      "find-characters-by-name-ending",
      { needles: asked.map(({ key }) => ` ${key}|`) },
    );
    for (const row of rows) slots[asked[row.slot].slot].push(toCharacter(row.character));
    return slots.map((characters) => characters.sort(byId));
  }

  async characterNames(): Promise<NameEntry[]> {
    const rows = await this.read<{ entry: Row }>("list-character-names");
    return rows.map((row) => toNameEntry(row.entry)).sort(byId);
  }

  async charactersById(ids: readonly string[]): Promise<(CharacterNode | null)[]> {
    const rows = await this.read<{ character: Row }>("find-characters-by-id", { ids: [...ids] });
    return slotsById(
      ids,
      rows.map((row) => toCharacter(row.character)),
    );
  }

  async pageOfCharacters({
    searchKey,
    afterId,
    first,
  }: CharacterPageQuery): Promise<CharacterPage> {
    const params = {
      searchKey: searchKey || null,
      afterId: afterId ?? null,
      limit: asInteger(first + 1),
    };
    return this.executor.read(async (run) => {
      const rows = await run<{ character: Row }>(this.cypher.statement("page-characters"), params);
      const [{ total }] = await run<{ total: number }>(
        this.cypher.statement("count-characters"),
        params,
      );
      return {
        characters: rows.slice(0, first).map((row) => toCharacter(row.character)),
        hasNextPage: rows.length > first,
        totalCount: Number(total),
      };
    });
  }

  async relationshipsOf(
    ids: readonly string[],
    filter: RelationshipFilter,
  ): Promise<RelationshipEdge[][]> {
    const rows = await this.read<{ id: string; relationship: Row }>("find-relationships-of", {
      ids: [...new Set(ids)],
      types: typesOf(filter),
    });
    const byCharacter = new Map<string, RelationshipEdge[]>();
    for (const row of rows) {
      const list = byCharacter.get(row.id);
      if (list) list.push(toRelationship(row.relationship));
      else byCharacter.set(row.id, [toRelationship(row.relationship)]);
    }
    return ids.map((id) => (byCharacter.get(id) ?? []).sort(compareRelationshipsFrom(id)));
  }

  async relationshipsBetween(
    a: string,
    b: string,
    filter: RelationshipFilter,
  ): Promise<RelationshipEdge[]> {
    return (await this.relationshipsBetweenPairs([[a, b]], filter))[0];
  }

  async relationshipsBetweenPairs(
    pairs: readonly CharacterPair[],
    filter: RelationshipFilter,
  ): Promise<RelationshipEdge[][]> {
    if (pairs.length === 0) return [];
    const rows = await this.read<{ slot: number; relationship: Row }>(
      "find-relationships-between",
      { pairs, types: typesOf(filter) },
    );
    const slots = pairs.map((): RelationshipEdge[] => []);
    for (const row of rows) slots[row.slot].push(toRelationship(row.relationship));
    return slots.map((found, slot) => found.sort(compareRelationshipsFrom(pairs[slot][0])));
  }

  async shortestPath(
    from: string,
    to: string,
    options: RelationshipFilter & { maxHops: number },
  ): Promise<string[] | null> {
    // Cypher's shortest-path functions refuse a path that starts where it ends.
    if (from === to) return (await this.charactersById([from]))[0] ? [from] : null;
    return this.executor.read((run) =>
      smallestShortestPath(run, this.cypher, from, to, options.maxHops, typesOf(options)),
    );
  }

  /** One statement (neo4j-walk.ts), where the memory store walks leg by leg. */
  pathThrough(
    stops: readonly string[],
    options: RelationshipFilter & { maxHops: number },
  ): Promise<WalkedPath | null> {
    const types = typesOf(options);
    return this.executor.read((run) =>
      walkThrough(run, this.cypher, stops, options.maxHops, types, (walk) =>
        walkOf(this, walk, { types }),
      ),
    );
  }

  neighbourhood(
    id: string,
    depth: number,
    filter: RelationshipFilter,
    options: NeighbourhoodOptions = {},
  ): Promise<NeighbourhoodResult> {
    return this.executor.read((run) =>
      neighbourhoodOf(run, this.cypher, {
        id,
        depth,
        types: typesOf(filter),
        membersOnly: options.members === "only",
      }),
    );
  }

  async portrayersOf(ids: readonly string[]): Promise<PersonNode[][]> {
    const rows = await this.read<{ id: string; person: Row }>("find-portrayers", {
      ids: [...new Set(ids)],
    });
    return ids.map((id) =>
      rows
        .filter((row) => row.id === id)
        .map((row) => toPerson(row.person))
        .sort(byId),
    );
  }

  async documentsById(ids: readonly string[]): Promise<(DocumentNode | null)[]> {
    const rows = await this.read<{ document: Row }>("find-documents-by-id", { ids: [...ids] });
    return slotsById(
      ids,
      rows.map((row) => toDocument(row.document)),
    );
  }

  async documentsByContentHash(hash: string): Promise<DocumentNode[]> {
    const rows = await this.read<{ document: Row }>("find-documents-by-content-hash", { hash });
    return rows.map((row) => toDocument(row.document));
  }

  snapshot(): Promise<GraphSnapshot> {
    return this.executor.read(
      (run) => snapshotOf(run, this.cypher),
      this.executor.wholeGraphTimeoutMs(),
    );
  }

  stats(): Promise<GraphStats> {
    return this.executor.read((run) => statsOf(run, this.cypher));
  }

  listDocuments(): Promise<DocumentNode[]> {
    return this.executor.read((run) => documentsOf(run, this.cypher));
  }

  async ping(): Promise<void> {
    await this.read("ping");
  }

  close(): Promise<void> {
    this.stopSchemaRetries();
    return this.executor.close();
  }

  private read<R>(
    name: Parameters<CypherRegistry["statement"]>[0],
    params: Row = {},
  ): Promise<R[]> {
    return this.executor.read((run) => run<R>(this.cypher.statement(name), params));
  }
}

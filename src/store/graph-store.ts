/**
 * The GraphStore port: everything the services ask of a store. Two adapters implement it
 * (src/store/memory on graphology, src/store/neo4j on neo4j-driver) and one contract suite
 * (tests/contract) holds them to identical answers, ties included.
 *
 * Only character-to-character relationships are traversed by paths and neighbourhoods;
 * MEMBER_OF (to organizations) and PORTRAYS (from people) are not steps. Traversal ignores
 * direction: a directed type (KILLED, WORKS_FOR, ...) still joins its two ends.
 */
import type { GraphDocument } from "../domain/graph-document";
import type { RelationshipType } from "../domain/vocabulary";
import type { GraphSnapshot } from "../domain/graph-snapshot";
import type {
  CharacterNode,
  PersonNode,
  DocumentNode,
  RelationshipEdge,
  CharacterPair,
} from "../domain/graph-model";

export type StoreKind = "memory" | "neo4j";

export interface RelationshipFilter {
  /** Only these types; absent or empty means every type. */
  types?: readonly RelationshipType[];
}

export interface CharacterPageQuery {
  /** Keep characters whose name or an alias, as a name key (domain/ids nameKey), contains this key. */
  searchKey?: string;
  /** Start strictly after this character id. */
  afterId?: string;
  first: number;
}

export interface CharacterPage {
  /** Ordered by id ascending. */
  characters: CharacterNode[];
  hasNextPage: boolean;
  /** Number of characters matching searchKey, ignoring afterId and first. */
  totalCount: number;
}

export interface NameEntry {
  id: string;
  name: string;
  aliases: string[];
}

export interface NeighbourhoodOptions {
  members?: "only" | "with-relationships";
}

export interface NeighbourhoodResult {
  /** The centre first (distance 0), then by distance, then by id. */
  members: { id: string; distance: number }[];
  /** The members themselves, in the same order (so answers need not look them up again). */
  characters: CharacterNode[];
  /** Every relationship (passing the filter) whose two ends are both members, in relationship order. */
  relationships: RelationshipEdge[];
}

/** A walk through stops, as pathThrough answers it. */
export interface WalkedPath {
  /** In walking order, each stop once where consecutive legs meet. */
  characters: CharacterNode[];
  /**
   * steps[i] joins characters[i] and characters[i + 1]: every relationship passing the filter,
   * in relationship order seen from characters[i].
   */
  steps: RelationshipEdge[][];
}

export interface GraphStats {
  characters: number;
  people: number;
  organizations: number;
  documents: number;
  /** In vocabulary order, types with no relationships left out; MEMBER_OF counts memberships. */
  relationshipsByType: { type: RelationshipType; count: number }[];
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
}

export interface GraphStore {
  readonly kind: StoreKind;

  /**
   * Merges a graph document into the store: nodes by id, relationships by (source, type, target,
   * role). Loading the same document twice changes nothing; a load that fails changes nothing.
   * Properties of an existing node or relationship are replaced by the document's.
   * Returns the store's totals afterwards.
   */
  load(document: GraphDocument): Promise<LoadSummary>;

  /** Characters whose name or an alias has exactly this name key; ordered by id. */
  charactersByNameKey(key: string): Promise<CharacterNode[]>;
  /** charactersByNameKey for several keys in one call: one slot per key, in the same order. */
  charactersByNameKeys(keys: readonly string[]): Promise<CharacterNode[][]>;
  /**
   * For each name key, the characters with a name or alias of several words whose last words
   * are that key: a surname ("jones" finds "Jessica Jones"); a name is never its own ending.
   * One slot per key, in the same order, each ordered by id.
   */
  charactersByNameEndings(keys: readonly string[]): Promise<CharacterNode[][]>;
  /** Every character's id, name and aliases, ordered by id (for suggestions). */
  characterNames(): Promise<NameEntry[]>;
  /** One slot per requested id, in the same order; null where absent. */
  charactersById(ids: readonly string[]): Promise<(CharacterNode | null)[]>;
  pageOfCharacters(query: CharacterPageQuery): Promise<CharacterPage>;

  /**
   * For each id, its relationships to other characters, ordered by relationship order:
   * type priority (domain/vocabulary relationshipPriority), then weight descending, then
   * the other end's id, then role.
   */
  relationshipsOf(
    ids: readonly string[],
    filter: RelationshipFilter,
  ): Promise<RelationshipEdge[][]>;
  /** Relationships joining a and b (either direction), in relationship order. */
  relationshipsBetween(
    a: string,
    b: string,
    filter: RelationshipFilter,
  ): Promise<RelationshipEdge[]>;
  /** relationshipsBetween for several pairs in one call: one slot per pair, in the same order. */
  relationshipsBetweenPairs(
    pairs: readonly CharacterPair[],
    filter: RelationshipFilter,
  ): Promise<RelationshipEdge[][]>;

  /**
   * The shortest path from one character to another, in hops, over relationships passing the
   * filter, at most maxHops long. Among several shortest paths: the one whose id sequence is
   * smallest, comparing ids one by one (JavaScript string order). from === to gives [from].
   * Null when there is none within maxHops.
   */
  shortestPath(
    from: string,
    to: string,
    options: RelationshipFilter & { maxHops: number },
  ): Promise<string[] | null>;

  /**
   * The shortest path through stops in order (from, waypoints..., to): for each consecutive pair
   * the leg shortestPath finds (ties and maxHops as there), joined end to end, with the
   * characters on it and what joins each step. Null when a leg has no path or a stop is missing.
   */
  pathThrough(
    stops: readonly string[],
    options: RelationshipFilter & { maxHops: number },
  ): Promise<WalkedPath | null>;

  /**
   * Characters within depth hops of id (depth >= 1). With `members: "only"` the relationships
   * among them are not gathered (relationships is empty): on a hub's circle that is most of the work.
   */
  neighbourhood(
    id: string,
    depth: number,
    filter: RelationshipFilter,
    options?: NeighbourhoodOptions,
  ): Promise<NeighbourhoodResult>;

  /** For each character id, the people who portray it, ordered by id. */
  portrayersOf(ids: readonly string[]): Promise<PersonNode[][]>;
  documentsById(ids: readonly string[]): Promise<(DocumentNode | null)[]>;
  /** Documents whose text has this SHA-256 (hex), ordered by id. */
  documentsByContentHash(hash: string): Promise<DocumentNode[]>;

  /** The whole character graph (see GraphSnapshot), for analyses, filtered views and exports. */
  snapshot(): Promise<GraphSnapshot>;
  stats(): Promise<GraphStats>;
  /** Every document, ordered by id. */
  listDocuments(): Promise<DocumentNode[]>;

  /** Resolves when the store can answer; rejects (StoreUnavailableError) otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

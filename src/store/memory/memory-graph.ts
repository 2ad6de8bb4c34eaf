import { MultiUndirectedGraph } from "graphology";
import { nameKey } from "../../domain/ids";
import type { GraphDocument, RelationshipRecord } from "../../domain/graph-document";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import type { LoadSummary } from "../graph-store";
import { compareStrings } from "../../domain/relationship-order";
import { Adjacency } from "./adjacency";
import type {
  CharacterNode,
  DocumentNode,
  PersonNode,
  RelationshipEdge,
} from "../../domain/graph-model";

export interface CharacterAttributes extends CharacterNode {
  nameKeys: string[];
}

/**
 * The memory store's state: characters and their relationships in a graphology multigraph
 * (traversal is undirected; each edge keeps its own source and target), the rest in maps.
 * Immutable once built: a load builds a new MemoryGraph and swaps it in, so a failed load
 * leaves the old one untouched.
 */
export class MemoryGraph {
  readonly characters = new MultiUndirectedGraph<CharacterAttributes, RelationshipEdge>();
  readonly people = new Map<string, PersonNode & { portrays: string[] }>();
  readonly organizations = new Map<string, { id: string; name: string; aliases: string[] }>();
  readonly documents = new Map<string, DocumentNode>();
  readonly scenes = new Map<string, { id: string; document: string }>();
  readonly memberships = new Map<string, RelationshipEdge>();
  readonly appearances = new Set<string>();
  private adjacencyLists: Adjacency | null = null;
  private characterIndex: {
    sorted: CharacterAttributes[];
    byNameKey: Map<string, string[]>;
    byNameEnding: Map<string, string[]>;
  } | null = null;

  /** The characters' adjacency lists for searches. Built once: the graph never changes. */
  adjacency(): Adjacency {
    this.adjacencyLists ??= new Adjacency(this.characters);
    return this.adjacencyLists;
  }

  /** The totals a load reports. */
  summary(): LoadSummary {
    return {
      nodes:
        this.characters.order +
        this.people.size +
        this.organizations.size +
        this.documents.size +
        this.scenes.size,
      relationships:
        this.characters.size +
        this.memberships.size +
        this.appearances.size +
        this.scenes.size +
        [...this.people.values()].reduce((n, p) => n + p.portrays.length, 0),
    };
  }

  /** Characters in id order. Computed once: the graph never changes after it is built. */
  sortedCharacters(): CharacterAttributes[] {
    return this.index().sorted;
  }

  /** Ids of the characters with this name key, in id order. */
  idsByNameKey(key: string): string[] {
    return this.index().byNameKey.get(key) ?? [];
  }

  /** Ids of the characters with a longer name or alias ending in these words, in id order. */
  idsByNameEnding(key: string): string[] {
    return this.index().byNameEnding.get(key) ?? [];
  }

  private index() {
    if (this.characterIndex === null) {
      const sorted = this.characters
        .mapNodes((_id, attributes) => attributes)
        .sort((a, b) => compareStrings(a.id, b.id));
      const byNameKey = new Map<string, string[]>();
      for (const c of sorted) {
        for (const key of c.nameKeys) byNameKey.set(key, [...(byNameKey.get(key) ?? []), c.id]);
      }
      const byNameEnding = new Map<string, string[]>();
      for (const c of sorted) {
        for (const ending of new Set(c.nameKeys.flatMap(endingsOf))) {
          const holders = byNameEnding.get(ending);
          if (holders) holders.push(c.id);
          else byNameEnding.set(ending, [c.id]);
        }
      }
      this.characterIndex = { sorted, byNameKey, byNameEnding };
    }
    return this.characterIndex;
  }

  /** Characters and their relationships only; no people, documents or memberships. */
  static fromSnapshot(snapshot: GraphSnapshot): MemoryGraph {
    const graph = new MemoryGraph();
    for (const c of snapshot.characters) {
      graph.characters.addNode(c.id, { ...c, nameKeys: nameKeysOf(c.name, c.aliases) });
    }
    for (const r of snapshot.relationships)
      graph.characters.addEdgeWithKey(relationshipKey(r), r.source, r.target, r);
    return graph;
  }

  /** A copy of this graph with the documents merged in, in order (nodes by id, relationships by key). */
  merged(...documents: GraphDocument[]): MemoryGraph {
    const next = new MemoryGraph();
    next.characters.import(this.characters.export());
    copyInto(next.people, this.people);
    copyInto(next.organizations, this.organizations);
    copyInto(next.documents, this.documents);
    copyInto(next.scenes, this.scenes);
    copyInto(next.memberships, this.memberships);
    this.appearances.forEach((a) => next.appearances.add(a));
    documents.forEach((document) => next.mergeDocument(document));
    return next;
  }

  private mergeDocument(document: GraphDocument): void {
    for (const { id, title, source, length, contentHash } of document.documents) {
      this.documents.set(id, {
        id,
        title,
        source,
        length,
        ...(contentHash ? { contentHash } : {}),
      });
    }
    for (const s of document.scenes) this.scenes.set(s.id, { id: s.id, document: s.document });
    for (const c of document.characters) {
      const attributes: CharacterAttributes = {
        id: c.id,
        name: c.name,
        aliases: [...c.aliases],
        mentions: c.mentions,
        confidence: c.confidence,
        nameKeys: nameKeysOf(c.name, c.aliases),
      };
      this.characters.mergeNode(c.id, attributes);
      this.characters.replaceNodeAttributes(c.id, attributes);
      c.scenes.forEach((scene) => this.appearances.add(`${c.id}|${scene}`));
    }
    for (const p of document.people) {
      this.people.set(p.id, {
        id: p.id,
        name: p.name,
        aliases: [...p.aliases],
        roles: [...p.roles],
        portrays: [...p.portrays].sort(compareStrings),
      });
    }
    for (const o of document.organizations) this.organizations.set(o.id, { ...o });
    for (const r of document.relationships) this.mergeRelationship(r);
  }

  private mergeRelationship(record: RelationshipRecord): void {
    const edge: RelationshipEdge = {
      source: record.source,
      target: record.target,
      type: record.type,
      role: record.role ?? null,
      weight: record.weight,
      evidence: [...record.evidence].sort(
        (a, b) => compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end,
      ),
    };
    const key = relationshipKey(edge);
    if (edge.type === "MEMBER_OF") {
      this.memberships.set(key, edge);
      return;
    }
    if (this.characters.hasEdge(key)) this.characters.replaceEdgeAttributes(key, edge);
    else this.characters.addEdgeWithKey(key, edge.source, edge.target, edge);
  }
}

export function relationshipKey(r: Pick<RelationshipEdge, "source" | "target" | "type" | "role">) {
  return `${r.source}|${r.type}|${r.target}|${r.role ?? ""}`;
}

/** "hernan shades alvarez" -> "shades alvarez", "alvarez": its last words, never all of it. */
function endingsOf(key: string): string[] {
  const words = key.split(" ");
  return words.slice(1).map((_word, i) => words.slice(i + 1).join(" "));
}

function nameKeysOf(name: string, aliases: string[]): string[] {
  return [...new Set([name, ...aliases].map(nameKey).filter((k) => k !== ""))];
}

function copyInto<K, V>(target: Map<K, V>, source: Map<K, V>): void {
  source.forEach((value, key) => target.set(key, value));
}

import { setImmediate as nextTurn } from "node:timers/promises";
import type { Evidence } from "../../domain/graph-document";
import { RELATIONSHIP_TYPES } from "../../domain/vocabulary";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import type { CharacterNode, RelationshipEdge } from "../../domain/graph-model";

/**
 * A snapshot as the analysis workers see it, in one SharedArrayBuffer: character ids and, per
 * relationship, its two ends (by character number), type, role, weight, and each evidence's
 * document and whether it was read through a pronoun (what the view filters look at). No names,
 * aliases, offsets or quotes: no analysis reads them. A SharedArrayBuffer posted to a worker is
 * shared, not copied, so a task carries the snapshot for the cost of a reference; each worker
 * decodes a version once and keeps it (see analysis-worker).
 */
export interface SharedSnapshot {
  /** Unique per encoded snapshot in this process: what a worker caches its decoding under. */
  version: number;
  /** The numbers: relationships and evidence. */
  buffer: SharedArrayBuffer;
  /** The strings, as UTF-8 JSON: character ids, roles, document ids. */
  names: SharedArrayBuffer;
}

const HEADER_INTS = 4;
/** Relationships encoded between two turns of the event loop, so requests are not held up. */
const CHUNK = 5_000;
let lastVersion = 0;

/**
 * Relationships whose ends are not both characters of the snapshot are left out: every analysis
 * ignores them. The relationships keep the snapshot's order, so sums over them (pair weights)
 * come out bit for bit as when computed on the snapshot itself.
 */
export async function encodeSnapshot(snapshot: GraphSnapshot): Promise<SharedSnapshot> {
  const ids = snapshot.characters.map((c) => c.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const kept = snapshot.relationships.filter(
    (r) => position.has(r.source) && position.has(r.target),
  );
  const roles = new Numbering();
  const documents = new Numbering();
  const evidence = kept.reduce((sum, r) => sum + r.evidence.length, 0);
  const buffer = new SharedArrayBuffer(layoutOf(kept.length, evidence).bytes);
  new Int32Array(buffer, 0, HEADER_INTS).set([kept.length, evidence]);
  const view = viewsOf(buffer, layoutOf(kept.length, evidence));
  let e = 0;
  for (let i = 0; i < kept.length; i++) {
    if (i % CHUNK === CHUNK - 1) await nextTurn();
    const r = kept[i];
    view.sources[i] = position.get(r.source)!;
    view.targets[i] = position.get(r.target)!;
    view.roles[i] = r.role === null ? -1 : roles.of(r.role);
    view.types[i] = RELATIONSHIP_TYPES.indexOf(r.type);
    view.weights[i] = r.weight;
    view.evidenceStarts[i] = e;
    for (const item of r.evidence) {
      view.evidenceDocuments[e] = documents.of(item.document);
      view.viaPronoun[e++] = item.viaPronoun === true ? 1 : 0;
    }
  }
  view.evidenceStarts[kept.length] = e;
  const text = new TextEncoder().encode(
    JSON.stringify({ ids, roles: roles.names, documents: documents.names }),
  );
  const names = new SharedArrayBuffer(text.length);
  new Uint8Array(names).set(text);
  return { version: ++lastVersion, buffer, names };
}

/** The snapshot back, with ids for names and evidence reduced to its document and pronoun flag. */
export function decodeSnapshot({ buffer, names }: SharedSnapshot): GraphSnapshot {
  const [m, evidence] = new Int32Array(buffer, 0, HEADER_INTS);
  const view = viewsOf(buffer, layoutOf(m, evidence));
  // TextDecoder refuses shared memory: copy the text out first.
  const text = new TextDecoder().decode(new Uint8Array(names).slice());
  const { ids, roles, documents } = JSON.parse(text) as {
    ids: string[];
    roles: string[];
    documents: string[];
  };
  const characters: CharacterNode[] = ids.map((id) => ({
    id,
    name: id,
    aliases: [],
    mentions: 0,
    confidence: 0,
  }));
  const relationships: RelationshipEdge[] = [];
  for (let i = 0; i < m; i++) {
    const items: Evidence[] = [];
    for (let e = view.evidenceStarts[i]; e < view.evidenceStarts[i + 1]; e++) {
      const item: Evidence = {
        document: documents[view.evidenceDocuments[e]],
        start: 0,
        end: 0,
        quote: "",
      };
      if (view.viaPronoun[e] === 1) item.viaPronoun = true;
      items.push(item);
    }
    relationships.push({
      source: ids[view.sources[i]],
      target: ids[view.targets[i]],
      type: RELATIONSHIP_TYPES[view.types[i]],
      role: view.roles[i] < 0 ? null : roles[view.roles[i]],
      weight: view.weights[i],
      evidence: items,
    });
  }
  return { characters, relationships };
}

/** Numbers for repeated strings (roles, document ids), in order of first appearance. */
class Numbering {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();

  of(name: string): number {
    let number = this.numbers.get(name);
    if (number === undefined) {
      number = this.names.push(name) - 1;
      this.numbers.set(name, number);
    }
    return number;
  }
}

/** Byte offsets of each part: widest first after the header, so every part is aligned. */
function layoutOf(relationships: number, evidence: number) {
  const weights = HEADER_INTS * 4;
  const ints = weights + relationships * 8;
  const smallInts = ints + (relationships * 4 + 1 + evidence) * 4;
  return {
    relationships,
    evidence,
    weights,
    ints,
    smallInts,
    bytes: smallInts + relationships + evidence,
  };
}

function viewsOf(buffer: SharedArrayBuffer, layout: ReturnType<typeof layoutOf>) {
  const { relationships: m, evidence: e } = layout;
  const ints = (index: number, length: number) =>
    new Int32Array(buffer, layout.ints + index * m * 4, length);
  return {
    weights: new Float64Array(buffer, layout.weights, m),
    sources: ints(0, m),
    targets: ints(1, m),
    roles: ints(2, m),
    evidenceStarts: ints(3, m + 1),
    evidenceDocuments: new Int32Array(buffer, layout.ints + (m * 4 + 1) * 4, e),
    types: new Uint8Array(buffer, layout.smallInts, m),
    viaPronoun: new Uint8Array(buffer, layout.smallInts + m, e),
  };
}

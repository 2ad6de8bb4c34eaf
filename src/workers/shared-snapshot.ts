import { RELATIONSHIP_TYPES } from "../domain/vocabulary";
import type { GraphSnapshot } from "../store/graph-snapshot";
import type { CharacterNode, RelationshipEdge } from "../store/graph-store";

/**
 * A snapshot as the analysis workers see it, in one SharedArrayBuffer: character ids and, per
 * relationship, its two ends (by character number), type, role and weight. No names, aliases
 * or evidence: no analysis reads them. A SharedArrayBuffer posted to a worker is shared, not
 * copied, so a task carries the snapshot for the cost of a reference; each worker decodes a
 * version once and keeps it (see analysis-worker).
 */
export interface SharedSnapshot {
  /** Unique per encoded snapshot in this process: what a worker caches its decoding under. */
  version: number;
  buffer: SharedArrayBuffer;
}

const HEADER_INTS = 4;
let lastVersion = 0;

/**
 * Relationships whose ends are not both characters of the snapshot are left out: every analysis
 * ignores them. The relationships keep the snapshot's order, so sums over them (pair weights)
 * come out bit for bit as when computed on the snapshot itself.
 */
export function encodeSnapshot(snapshot: GraphSnapshot): SharedSnapshot {
  const ids = snapshot.characters.map((c) => c.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const kept = snapshot.relationships.filter(
    (r) => position.has(r.source) && position.has(r.target),
  );
  const roles = [...new Set(kept.flatMap((r) => (r.role === null ? [] : [r.role])))];
  const roleNumber = new Map(roles.map((role, i) => [role, i]));
  const text = new TextEncoder().encode(JSON.stringify({ ids, roles }));
  const layout = layoutOf(kept.length, text.length);
  const buffer = new SharedArrayBuffer(layout.bytes);
  const view = viewsOf(buffer, layout);
  view.header.set([kept.length, text.length]);
  kept.forEach((r, i) => {
    view.sources[i] = position.get(r.source)!;
    view.targets[i] = position.get(r.target)!;
    view.roles[i] = r.role === null ? -1 : roleNumber.get(r.role)!;
    view.types[i] = RELATIONSHIP_TYPES.indexOf(r.type);
    view.weights[i] = r.weight;
  });
  view.text.set(text);
  return { version: ++lastVersion, buffer };
}

/** The snapshot back, with empty names, aliases and evidence (what analyses need, no more). */
export function decodeSnapshot(buffer: SharedArrayBuffer): GraphSnapshot {
  const header = new Int32Array(buffer, 0, HEADER_INTS);
  const view = viewsOf(buffer, layoutOf(header[0], header[1]));
  // TextDecoder refuses shared memory: copy the (small) text part out first.
  const { ids, roles } = JSON.parse(new TextDecoder().decode(view.text.slice())) as {
    ids: string[];
    roles: string[];
  };
  const characters: CharacterNode[] = ids.map((id) => ({
    id,
    name: id,
    aliases: [],
    mentions: 0,
    confidence: 0,
  }));
  const relationships: RelationshipEdge[] = [];
  for (let i = 0; i < header[0]; i++) {
    relationships.push({
      source: ids[view.sources[i]],
      target: ids[view.targets[i]],
      type: RELATIONSHIP_TYPES[view.types[i]],
      role: view.roles[i] < 0 ? null : roles[view.roles[i]],
      weight: view.weights[i],
      evidence: [],
    });
  }
  return { characters, relationships };
}

/** Byte offsets of each part: the weights first after the header, so they sit 8-byte aligned. */
function layoutOf(relationships: number, textBytes: number) {
  const weights = HEADER_INTS * 4;
  const ints = weights + relationships * 8;
  const types = ints + relationships * 4 * 3;
  const text = types + relationships;
  return { relationships, textBytes, weights, ints, types, text, bytes: text + textBytes };
}

function viewsOf(buffer: SharedArrayBuffer, layout: ReturnType<typeof layoutOf>) {
  const m = layout.relationships;
  return {
    header: new Int32Array(buffer, 0, HEADER_INTS),
    weights: new Float64Array(buffer, layout.weights, m),
    sources: new Int32Array(buffer, layout.ints, m),
    targets: new Int32Array(buffer, layout.ints + m * 4, m),
    roles: new Int32Array(buffer, layout.ints + m * 8, m),
    types: new Uint8Array(buffer, layout.types, m),
    text: new Uint8Array(buffer, layout.text, layout.textBytes),
  };
}

import type { CharacterIndex } from "./character-index";

/**
 * Unweighted betweenness centrality of every character (by character number), normalized by
 * (n - 1)(n - 2): graphology-metrics' betweenness with normalized: true, to within
 * floating-point summation order (tests hold it to the library to 12 digits).
 *
 * Why not call graphology-metrics: this is Brandes' algorithm, O(n * m), billions of steps at
 * 6,500 characters and 170,000 pairs. The library builds a predecessor array per node per
 * source; this version records the shortest-path DAG's arcs in two flat arrays, in BFS order,
 * and walks them backwards, which allocates nothing per source and measured about 3x faster
 * on that graph. Walking arcs backwards is sound: the arcs leaving w were recorded when w was
 * dequeued, after every arc entering it, so w's dependency is complete when it is passed on.
 *
 * With `sources`, only the walks from those characters are made and the sum is scaled by
 * n / k: Brandes and Pich's estimate (see sampled-betweenness).
 */
export function betweennessCentrality(
  index: CharacterIndex,
  sources?: ArrayLike<number>,
): Float64Array {
  const n = index.size;
  const walks = sources?.length ?? n;
  const { starts, adjacency } = index;
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Int32Array(n);
  const arcTails = new Int32Array(adjacency.length);
  const arcHeads = new Int32Array(adjacency.length);
  const centrality = new Float64Array(n);
  for (let walk = 0; walk < walks; walk++) {
    const source = sources ? sources[walk] : walk;
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    distance[source] = 0;
    sigma[source] = 1;
    order[0] = source;
    let reached = 1;
    let arcs = 0;
    // Breadth-first: count shortest paths (sigma) and record the arcs that lie on them.
    for (let head = 0; head < reached; head++) {
      const v = order[head];
      const next = distance[v] + 1;
      for (let j = starts[v]; j < starts[v + 1]; j++) {
        const w = adjacency[j];
        if (distance[w] < 0) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] !== next) continue;
        sigma[w] += sigma[v];
        arcTails[arcs] = v;
        arcHeads[arcs++] = w;
      }
    }
    // Farthest arcs first: pass each character's dependency back along the DAG.
    for (let a = arcs - 1; a >= 0; a--) {
      const v = arcTails[a];
      const w = arcHeads[a];
      delta[v] += sigma[v] * ((1 + delta[w]) / sigma[w]);
    }
    for (let i = 1; i < reached; i++) centrality[order[i]] += delta[order[i]];
  }
  // From a sample of sources, the sum over all of them is estimated as n / k times the sample's.
  const scale = (n > 2 ? 1 / ((n - 1) * (n - 2)) : 1) * (n / Math.max(1, walks));
  return centrality.map((c) => c * scale);
}

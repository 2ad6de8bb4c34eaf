/** Whole-graph analyses over a GraphSnapshot: pure, deterministic, the same for both stores. */
export { buildCharacterGraph } from "./character-graph";
export type { CharacterGraph, CharacterPair } from "./character-graph";
export { SnapshotMetrics, characterMetrics, rankCharacters } from "./character-metrics";
export { communities } from "./communities";
export { connectingSubgraph } from "./connecting-subgraph";
export type { ConnectingOptions } from "./connecting-subgraph";
export { filterSnapshot } from "./filter-snapshot";
export type { SnapshotFilter } from "./filter-snapshot";
export { sampledBetweenness } from "./sampled-betweenness";
export { kShortestPaths } from "./k-shortest-paths";
export type * from "./metric-types";

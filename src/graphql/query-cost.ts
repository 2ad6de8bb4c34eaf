import {
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
} from "graphql-query-complexity";

/**
 * What a field costs, for the cost limit (src/http/cost-limit.plugin.ts): lists and searches cost
 * by how much they may return or explore (`first`, `k`, `maxHops`, `depth`, waypoints), times
 * what is asked of each result. Plain fields cost 1.
 */
export const QUERY_COST: Record<string, ComplexityEstimator> = {
  perItem: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    1 + Number(args.first ?? 20) * Math.max(1, childComplexity),
  path: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + (1 + (args.via?.length ?? 0)) * Number(args.maxHops ?? 6) * Math.max(1, childComplexity),
  paths: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + Number(args.k ?? 3) * Number(args.maxHops ?? 6) * Math.max(1, childComplexity),
  neighbourhood: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + 2 * 10 ** Number(args.depth ?? 1) * Math.max(1, childComplexity),
  links: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + (args.between?.length ?? 2) * 20 * Math.max(1, childComplexity),
  ranking: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    50 + Number(args.first ?? 10) * Math.max(1, childComplexity),
  communities: ({ childComplexity }: ComplexityEstimatorArgs) =>
    100 + 50 * Math.max(1, childComplexity),
  ingest: () => 500,
};

/** The character graph a whole-graph field works on: what the snapshot holds now. */
export interface GraphSize {
  characters: number;
  relationships: number;
}

/** One walk over the whole graph: ⌈(characters + relationships) / 100⌉. */
export function walkCost(size: GraphSize): number {
  return Math.ceil((size.characters + size.relationships) / 100);
}

/** Brandes walks the graph from every character: a walk per 2,000 characters, at least one. */
export function betweennessCost(size: GraphSize): number {
  return walkCost(size) * Math.max(1, Math.ceil(size.characters / 2000));
}

type Args = Record<string, unknown>;

/** A graph of one walk's cost, to tell whether a field's work depends on the size at all. */
const UNIT: GraphSize = { characters: 100, relationships: 0 };

/** Work beyond the field's own estimate, by "Type.field", for fields that walk the whole graph. */
const WHOLE_GRAPH_WORK: Record<string, (args: Args, size: GraphSize) => number> = {
  "Query.ranking": (args, size) =>
    args.metric === "BETWEENNESS" ? betweennessCost(size) : walkCost(size),
  "Query.communities": (_args, size) => 2 * walkCost(size),
  "Query.links": (args, size) => listLength(args.between, 2) * walkCost(size),
  "Query.paths": (args, size) => Number(args.k ?? 3) * walkCost(size),
  // These search from their characters; only a filter makes them walk the whole graph.
  "Query.path": () => 0,
  "Query.neighbourhood": () => 0,
};

/** The filters that make the service build a filtered copy of the graph (one more walk). */
function needsFilteredView(args: Args): boolean {
  return listLength(args.documents, 0) > 0 || args.minWeight != null || args.pronouns === false;
}

function listLength(value: unknown, fallback: number): number {
  return Array.isArray(value) ? value.length : fallback;
}

/**
 * Prices whole-graph work on the graph as it is now. Character.metrics computes every metric of
 * the whole graph once, however many characters ask, so it is counted once per operation, in
 * `once`; `size` null means not yet known, and `sizeNeeded` records that a field wanted it.
 */
export class WholeGraphCost {
  sizeNeeded = false;
  once = 0;
  private readonly own = fieldExtensionsEstimator();

  constructor(private readonly size: GraphSize | null) {}

  readonly estimator: ComplexityEstimator = (options) => {
    const name = `${options.type.name}.${options.field.name}`;
    const size = this.size ?? { characters: 0, relationships: 0 };
    if (name === "Character.metrics") {
      this.sizeNeeded ||= this.size === null;
      this.once = betweennessCost(size);
      return 1 + options.childComplexity;
    }
    const work = WHOLE_GRAPH_WORK[name];
    if (!work) return undefined;
    const filtered = needsFilteredView(options.args);
    this.sizeNeeded ||= this.size === null && (filtered || work(options.args, UNIT) > 0);
    const extra = work(options.args, size) + (filtered ? walkCost(size) : 0);
    return (this.own(options) ?? 1 + options.childComplexity) + extra;
  };
}

import type { GraphSnapshot } from "../domain/graph-snapshot";
import type { Logger } from "../domain/logger";
import type { GraphStore } from "../store/graph-store";
import { type AnalysisRunner, InlineAnalysis } from "../analysis/workers/analysis-runner";
import { AnalysisService } from "./analysis.service";
import { BackgroundMetrics } from "./background-metrics";
import { CharacterListingService } from "./character-listing.service";
import { CharacterLookupService } from "./character-lookup.service";
import { ApiKeyGuard } from "./api-key-guard";
import { ExportService } from "./export.service";
import { type IngestOptions, IngestService } from "./ingest.service";
import { GraphFactsService } from "./graph-facts.service";
import { type GraphViewOptions, GraphViewService } from "./graph-views.service";
import { NeighbourhoodService } from "./neighbourhood.service";
import { PathService } from "./path.service";

export interface ServiceOptions {
  ingest: IngestOptions;
  /** The bearer key writes need; null turns writes off. */
  ingestApiKey: string | null;
  /** Builds a store over a filtered snapshot (the composition root passes the memory store's). */
  makeViewStore: (snapshot: GraphSnapshot) => Promise<GraphStore>;
  views: GraphViewOptions;
  /** Where whole-graph computations run: the service passes its worker pool; inline otherwise. */
  analysis?: AnalysisRunner;
  /**
   * Where the whole graph's metrics are computed ahead, after each new snapshot (the service
   * passes a worker of its own); without it (the CLI) they are computed when asked.
   */
  background?: AnalysisRunner;
  /** Where the background computation reports a failure (the service passes its log). */
  log?: Logger;
}

/** Every question the service answers, over one store. */
export function createServices(store: GraphStore, options: ServiceOptions) {
  const views = new GraphViewService(store, options.makeViewStore, options.views);
  const lookup = new CharacterLookupService(store);
  const runner = options.analysis ?? new InlineAnalysis();
  const background = options.background
    ? new BackgroundMetrics(options.background, options.log ?? (() => {}))
    : null;
  if (background)
    views.onNewSnapshot((snapshot, version) => background.computeFor(snapshot, version));
  const analysis = new AnalysisService(views, lookup, runner, background);
  return {
    store,
    views,
    lookup,
    analysis,
    runner,
    background,
    listing: new CharacterListingService(store),
    paths: new PathService(views, lookup, runner),
    neighbourhoods: new NeighbourhoodService(views, lookup),
    facts: new GraphFactsService(store),
    exports: new ExportService(views, analysis, store),
    ingestion: new IngestService(store, views, options.ingest),
    guard: new ApiKeyGuard(options.ingestApiKey),
  };
}

export type Services = ReturnType<typeof createServices>;

import { toCsvEdges, toCsvNodes, toGEXF, toGraphML, toNodeLinkJson } from "../export";
import type { AnalysisService } from "./analysis.service";
import type { GraphViewService } from "./graph-views.service";
import type { ViewFilter } from "./view-filter";

export const EXPORT_FORMATS = {
  "edges.csv": { contentType: "text/csv; charset=utf-8", metrics: false },
  "nodes.csv": { contentType: "text/csv; charset=utf-8", metrics: true },
  "graph.graphml": { contentType: "application/graphml+xml; charset=utf-8", metrics: true },
  "graph.gexf": { contentType: "application/gexf+xml; charset=utf-8", metrics: true },
  "graph.json": { contentType: "application/json; charset=utf-8", metrics: true },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/** The graph (filtered) as files for notebooks and Gephi; node tables carry the metrics. */
export class ExportService {
  constructor(
    private readonly views: GraphViewService,
    private readonly analysis: AnalysisService,
  ) {}

  async render(format: ExportFormat, filter: ViewFilter): Promise<string> {
    const snapshot = await this.views.snapshot(filter);
    const metrics = EXPORT_FORMATS[format].metrics
      ? await this.analysis.allMetrics(filter)
      : undefined;
    switch (format) {
      case "edges.csv":
        return toCsvEdges(snapshot);
      case "nodes.csv":
        return toCsvNodes(snapshot, metrics);
      case "graph.graphml":
        return toGraphML(snapshot, metrics);
      case "graph.gexf":
        return toGEXF(snapshot, metrics);
      case "graph.json":
        return toNodeLinkJson(snapshot, metrics);
      default:
        throw new UnreachableCaseError(format);
    }
  }
}

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}

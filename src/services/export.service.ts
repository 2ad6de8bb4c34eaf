import { toCsvEdges, toCsvNodes, toGEXF, toGraphML, toNodeLinkJson } from "./export";
import type { GraphStore } from "../store/graph-store";
import type { AnalysisService } from "./analysis.service";
import { resolveDocuments } from "./document-names";
import type { ExportFormat } from "./export-formats";
import type { ExportParameters } from "./export-parameters";
import type { GraphViewService } from "./graph-views.service";
import type { ViewFilter } from "./view-filter";
import type { DocumentNode } from "../domain/graph-model";

export { EXPORT_FORMATS, isExportFormat } from "./export-formats";
export type { ExportFormat } from "./export-formats";

/** The graph (filtered) as files for notebooks and Gephi; node tables carry the metrics. */
export class ExportService {
  constructor(
    private readonly views: GraphViewService,
    private readonly analysis: AnalysisService,
    private readonly store: Pick<GraphStore, "listDocuments">,
  ) {}

  /** `parameters` as parseExportParameters checked them; documents are resolved here. */
  async render(format: ExportFormat, parameters: ExportParameters): Promise<string> {
    const filter = await this.filterFor(parameters);
    const snapshot = await this.views.snapshot(filter);
    const options = { directed: parameters.directed };
    switch (format) {
      case "edges.csv":
        return toCsvEdges(snapshot);
      case "nodes.csv":
        return toCsvNodes(snapshot, await this.analysis.allMetrics(filter));
      case "graph.graphml":
        return toGraphML(snapshot, await this.analysis.allMetrics(filter), options);
      case "graph.gexf":
        return toGEXF(snapshot, await this.analysis.allMetrics(filter), options);
      case "graph.json":
        return toNodeLinkJson(snapshot, await this.analysis.allMetrics(filter), options);
      default:
        throw new UnreachableCaseError(format);
    }
  }

  /** Every document, by id, for choosing a `documents` filter. */
  documents(): Promise<DocumentNode[]> {
    return this.store.listDocuments();
  }

  private async filterFor(p: ExportParameters): Promise<ViewFilter> {
    const documents = p.documents && resolveDocuments(p.documents, await this.documents());
    return { types: p.types, minWeight: p.minWeight, documents, pronouns: p.pronouns };
  }
}

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}

import { EXPORT_FORMATS, type ExportFormat } from "../services/export-formats";
import { EXPORT_PARAMETERS } from "../services/export-parameters";
import { escapeHtml } from "./embed/html-text";
import type { DocumentNode } from "../domain/graph-model";

/** What GET /export answers with JSON: every export, its filters, and the documents to filter by. */
export interface ExportIndex {
  exports: {
    url: string;
    name: ExportFormat;
    format: string;
    contentType: string;
    contains: string;
    parameters: string[];
  }[];
  parameters: { name: string; example: string; description: string; appliesTo: string[] }[];
  documents: { id: string; title: string }[];
}

export function exportIndex(documents: readonly DocumentNode[]): ExportIndex {
  const names = Object.keys(EXPORT_FORMATS) as ExportFormat[];
  const takes = (name: ExportFormat) =>
    EXPORT_PARAMETERS.filter((p) => !p.graphOnly || EXPORT_FORMATS[name].graph).map((p) => p.name);
  return {
    exports: names.map((name) => ({
      url: `/export/${name}`,
      name,
      format: EXPORT_FORMATS[name].format,
      contentType: EXPORT_FORMATS[name].contentType,
      contains: EXPORT_FORMATS[name].contains,
      parameters: takes(name),
    })),
    parameters: EXPORT_PARAMETERS.map((p) => ({
      name: p.name,
      example: p.example,
      description: p.description,
      appliesTo: names.filter((name) => takes(name).includes(p.name)),
    })),
    documents: documents.map((d) => ({ id: d.id, title: d.title })),
  };
}

/** The same as a page: links to every export, its filters, the documents, a notebook snippet. */
export function renderExportIndexPage(index: ExportIndex, origin: string): string {
  const rows = (cells: string[][]) =>
    cells.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  const exports = rows(
    index.exports.map((e) => [
      `<a href="${escapeHtml(e.url)}" download>${escapeHtml(e.url)}</a>`,
      escapeHtml(e.format),
      escapeHtml(e.contains),
      escapeHtml(e.parameters.join(", ")),
    ]),
  );
  const parameters = rows(
    index.parameters.map((p) => [
      `<code>${escapeHtml(`${p.name}=${p.example}`)}</code>`,
      escapeHtml(p.description),
      escapeHtml(
        p.appliesTo.length === index.exports.length ? "every export" : p.appliesTo.join(", "),
      ),
    ]),
  );
  const documents = rows(
    index.documents.map((d) => [`<code>${escapeHtml(d.id)}</code>`, escapeHtml(d.title)]),
  );
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ensemble exports</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.4; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
    th, td { border-bottom: 1px solid #d1d5db; padding: 6px 8px; text-align: left; vertical-align: top; }
    code, pre { background: #f3f4f6; }
    pre { padding: 8px; overflow-x: auto; }
  </style>
</head>
<body>
  <h1>Exports</h1>
  <p>The character graph as files for notebooks, spreadsheets and Gephi. Add filters as query
  parameters, e.g. <code>/export/edges.csv?types=KILLED,ENEMY_OF&amp;minWeight=2</code>; an
  unknown or malformed parameter is refused (HTTP 400, code <code>BAD_USER_INPUT</code>).
  This list is also JSON: <code>Accept: application/json</code>.</p>
  <table id="exports">
    <thead><tr><th scope="col">URL</th><th scope="col">Format</th><th scope="col">Contains</th><th scope="col">Parameters</th></tr></thead>
    <tbody>
${exports}
    </tbody>
  </table>
  <h2>Filters</h2>
  <table id="parameters">
    <thead><tr><th scope="col">Parameter</th><th scope="col">What it does</th><th scope="col">Applies to</th></tr></thead>
    <tbody>
${parameters}
    </tbody>
  </table>
  <h2>Documents</h2>
  <p>For <code>documents=</code>, by id or title.</p>
  <table id="documents">
    <thead><tr><th scope="col">Id</th><th scope="col">Title</th></tr></thead>
    <tbody>
${documents}
    </tbody>
  </table>
  <h2>In a notebook</h2>
  <pre>import json, urllib.request
import networkx as nx, pandas as pd

base = "${escapeHtml(origin)}/export"
g = nx.node_link_graph(json.load(urllib.request.urlopen(f"{base}/graph.json")), edges="links")
edges = pd.read_csv(f"{base}/edges.csv")</pre>
</body>
</html>`;
}

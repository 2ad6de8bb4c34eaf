import { EXAMPLE_QUERIES, displayedQuery } from "./example-queries";
import { escapeHtml, jsonForScript } from "./embed/html-text";

export interface IdePageInfo {
  version: string;
  store: string;
  graphqlPath: string;
}

/**
 * A self-hosted GraphiQL: every script and stylesheet is served from /vendor (node_modules),
 * because many users, and these machines, are offline.
 */
export function renderIdePage(info: IdePageInfo): string {
  const tabs = EXAMPLE_QUERIES.map(({ query }) => ({ query: displayedQuery(query) }));
  const settings = { graphqlPath: info.graphqlPath, tabs };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ensemble GraphQL IDE</title>
  <link rel="stylesheet" href="/vendor/graphiql.min.css">
  <style>
    html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
    body { display: flex; flex-direction: column; }
    header { padding: 6px 12px; background: #1f2937; color: #f9fafb; font-size: 14px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
    header strong { font-weight: 600; }
    header nav { display: flex; gap: 12px; }
    header a { color: #bfdbfe; }
    #graphiql { flex: 1; min-height: 0; }
    /* On a phone GraphiQL's side-by-side panes leave the result a few pixels wide: stack them. */
    @media (max-width: 700px) {
      .graphiql-container .graphiql-session { flex-direction: column; }
      .graphiql-container .graphiql-horizontal-drag-bar { display: none; }
      .graphiql-container .graphiql-session > div { min-width: 0; min-height: 0; }
    }
  </style>
</head>
<body>
  <header>
    <strong>Ensemble</strong>
    <span id="version">version ${escapeHtml(info.version)}</span>
    <span id="store">store: ${escapeHtml(info.store)}</span>
    <span>endpoint: ${escapeHtml(info.graphqlPath)}</span>
    <nav><a href="/explore">Explorer</a> <a href="/embed">Widgets</a> <a href="/export">Exports</a></nav>
  </header>
  <div id="graphiql">Loading the IDE…</div>
  <script src="/vendor/react.production.min.js"></script>
  <script src="/vendor/react-dom.production.min.js"></script>
  <script src="/vendor/graphiql.min.js"></script>
  <script type="application/json" id="ide-settings">${jsonForScript(settings)}</script>
  <script src="/ide.js"></script>
</body>
</html>`;
}

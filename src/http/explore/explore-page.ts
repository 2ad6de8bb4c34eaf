import { RELATIONSHIP_TYPES } from "../../domain/vocabulary";
import { EXPORT_FORMATS } from "../../services/export.service";
import { RELATIONSHIP_NAMES } from "../embed/relationship-names";
import { RELATIONSHIP_COLOURS } from "../embed/relationship-palette";
import { escapeHtml, jsonForScript } from "../embed/html-text";

/** What the page's scripts need besides the graph, which they fetch. */
export interface ExploreSettings {
  graphqlPath: string;
  types: { type: string; name: string; colour: string }[];
  exports: string[];
}

export function exploreSettings(graphqlPath: string): ExploreSettings {
  return {
    graphqlPath,
    types: RELATIONSHIP_TYPES.map((type) => ({
      type,
      name: RELATIONSHIP_NAMES[type],
      colour: RELATIONSHIP_COLOURS[type],
    })),
    exports: Object.keys(EXPORT_FORMATS),
  };
}

/**
 * GET /explore: the whole graph drawn with cytoscape, a search, filters, a path finder and the
 * exports. The page is a shell; public/explore/*.js fetch the graph and fill it in.
 */
export function renderExplorePage(settings: ExploreSettings): string {
  const typeBoxes = settings.types
    .map(
      ({ type, name, colour }) =>
        `<label class="type-filter"><input type="checkbox" name="types" value="${type}" checked><span class="swatch" style="--colour:${colour}"></span>${escapeHtml(name)}</label>`,
    )
    .join("\n");
  const downloads = settings.exports
    .map(
      (file) =>
        `<li><a class="download" data-file="${file}" href="/export/${file}" download>${file}</a></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ensemble explorer</title>
<link rel="stylesheet" href="/explore/assets/base.css">
<link rel="stylesheet" href="/explore/assets/explore.css">
<link rel="icon" href="data:,">
</head>
<body>
<header class="top">
<strong>Ensemble explorer</strong>
<nav><a href="/">GraphQL IDE</a> <a href="/embed">Widgets</a> <a href="/export">Exports</a></nav>
</header>
<main class="explorer">
<section class="search-box" aria-label="Find a character">
<form id="search-form" class="row" role="search">
<label for="search-name" class="visually-hidden">Character name or alias</label>
<input id="search-name" name="name" list="character-names" placeholder="Luke, Power Man, Misty…" autocomplete="off" required>
<button type="submit">Find</button>
</form>
<datalist id="character-names"></datalist>
<div id="search-result" class="message" role="status"></div>
</section>
<section class="graph-box" aria-label="The graph">
<div id="graph" class="graph" role="img" aria-label="The character graph; details of the selected character are listed beside it"></div>
<p id="graph-status" class="status" role="status">Loading the graph…</p>
<div class="graph-controls">
<label>Show <select id="scope"><option value="all">the whole graph</option><option value="circle">the selected character's circle</option></select></label>
<button type="button" id="fit">Fit to screen</button>
</div>
</section>
<aside class="side">
<section id="details" class="panel" aria-labelledby="details-heading">
<h2 id="details-heading">Selected character</h2>
<p class="hint">Click a character, or find one, to centre the graph on it.</p>
</section>
<section class="panel" aria-labelledby="path-heading">
<h2 id="path-heading">Who links them?</h2>
<form id="path-form" class="path-form">
<label>From <input name="from" list="character-names" required placeholder="Luke"></label>
<label>Via <input name="via" list="character-names" placeholder="Claire (optional; commas for more)"></label>
<label>To <input name="to" list="character-names" required placeholder="Misty"></label>
<button type="submit">Find the path</button>
</form>
<div id="path-result" role="status"></div>
</section>
<section class="panel" aria-labelledby="filters-heading">
<h2 id="filters-heading">Filters</h2>
<form id="filters">
<fieldset><legend>Relationship types</legend>
${typeBoxes}
</fieldset>
<label>Document <select name="document"><option value="">every document</option></select></label>
<label>Weight at least <input type="number" name="minWeight" min="0" step="1" value="0" inputmode="numeric"></label>
</form>
</section>
<section class="panel" aria-labelledby="downloads-heading">
<h2 id="downloads-heading">Download this graph</h2>
<p class="hint">With the filters above applied.</p>
<ul class="downloads">
${downloads}
</ul>
</section>
</aside>
</main>
<script type="application/json" id="explore-settings">${jsonForScript(settings)}</script>
<script src="/embed/vendor/cytoscape.min.js"></script>
<script src="/explore/assets/explore-api.js"></script>
<script src="/explore/assets/explore-look.js"></script>
<script src="/explore/assets/explore-layout.js"></script>
<script src="/explore/assets/explore-drawing.js"></script>
<script src="/explore/assets/explore-panels.js"></script>
<script src="/explore/assets/explore.js"></script>
</body>
</html>
`;
}

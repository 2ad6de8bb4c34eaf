import { type CircleView, describeCircle } from "./circle-view";
import { type EmbedRelationship, sentences, typeLabel } from "./embed-view";
import { renderEmbedPage } from "./embed-page";
import { escapeHtml, jsonForScript } from "./html-text";
import { renderEvidence, renderLegend } from "./evidence-html";

/** GET /embed/character/:name: the circle drawn by /embed/assets/circle.js from embedded JSON. */
export function renderCirclePage(view: CircleView): string {
  const names = new Map(view.characters.map((c) => [c.id, c.name]));
  const others = view.characters.length - 1;
  const otherDepth = view.depth === 1 ? 2 : 1;
  const body = `<main class="widget circle-widget">
<header class="widget-header">
<h1>${escapeHtml(view.centre.name)}</h1>
<p class="subtitle">${others} ${others === 1 ? "character" : "characters"} within ${
    view.depth === 1 ? "1 step" : `${view.depth} steps`
  } · <a href="?depth=${otherDepth}">show ${otherDepth === 1 ? "1 step" : "2 steps"}</a><span id="circle-more" hidden> · <a href="${explorerHref(view)}" target="_blank">more</a></span></p>
</header>
<div class="drawing-frame">
<div id="circle-drawing" class="drawing" role="img" aria-label="${escapeHtml(describeCircle(view))}"></div>
<div id="circle-labels" class="labels" aria-hidden="true"></div>
</div>
${renderLegend(view.relationships.map((r) => r.type))}
<section class="relationship-list" aria-labelledby="relationships-heading">
<h2 id="relationships-heading" class="visually-hidden">Relationships and their evidence</h2>
${renderRelationshipList(view.relationships, names)}
</section>
<section id="evidence" class="evidence" aria-label="Evidence">
<p class="hint">Hover, tap or tab to a relationship to read the sentences it was read from.</p>
</section>
</main>`;
  return renderEmbedPage({
    title: `${view.centre.name}: circle`,
    body,
    data: { id: "circle-data", json: jsonForScript(view) },
    scripts: [
      "/embed/vendor/cytoscape.min.js",
      "/embed/assets/circle-layout.js",
      "/embed/assets/circle.js",
    ],
  });
}

/** The whole graph around the centre, for the characters the widget had no room to name. */
function explorerHref(view: CircleView): string {
  return escapeHtml(`/explore?focus=${encodeURIComponent(view.centre.id)}`);
}

/**
 * Every relationship as a button (tab through them; focus or Enter shows the evidence in the
 * panel and marks the edge) followed by its evidence, for screen readers. Hidden from sight:
 * sighted keyboard users follow the marked edge and the panel instead.
 */
function renderRelationshipList(
  relationships: readonly EmbedRelationship[],
  names: ReadonlyMap<string, string>,
): string {
  if (relationships.length === 0) return `<p class="visually-hidden">No relationships yet.</p>`;
  const items = relationships.map((r) => {
    const ends = `${names.get(r.source) ?? r.source} and ${names.get(r.target) ?? r.target}`;
    const label = `${ends}: ${typeLabel(r)}, weight ${r.weight} (${sentences(r.weight)})`;
    return `<li><button type="button" data-relationship="${r.id}" aria-describedby="${r.id}-evidence">${escapeHtml(label)}</button>
<div id="${r.id}-evidence" class="visually-hidden">${renderEvidence(r.evidence)}</div></li>`;
  });
  return `<ul class="visually-hidden-list">\n${items.join("\n")}\n</ul>`;
}

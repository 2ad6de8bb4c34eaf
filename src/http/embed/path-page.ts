import type { EmbedCharacter, EmbedRelationship } from "./embed-view";
import { sentences, typeLabel } from "./embed-view";
import { renderEmbedPage } from "./embed-page";
import { renderEvidenceBriefly, renderTypeBadge } from "./evidence-html";
import { escapeHtml } from "./html-text";
import type { PathView } from "./path-view";

/** GET /embed/path: a strip of characters with each step's relationship and evidence between. */
export function renderPathPage(view: PathView): string {
  const title = describeStops(view.stops);
  const content =
    view.characters && view.steps
      ? renderStrip(view.characters, view.steps, new Set(view.stops.map((s) => s.id)))
      : `<p class="no-path">No path joins ${escapeHtml(title)} within 6 steps a leg. They may not have met yet in the documents read so far.</p>`;
  const body = `<main class="widget path-widget">
<header class="widget-header">
<h1>${escapeHtml(title)}</h1>
${view.steps ? `<p class="subtitle">${view.steps.length === 1 ? "1 step" : `${view.steps.length} steps`}</p>` : ""}
</header>
${content}
</main>`;
  return renderEmbedPage({ title: `${title}: path`, body });
}

/** "Luke Cage to Misty Knight, via Claire Temple" */
function describeStops(stops: readonly EmbedCharacter[]): string {
  const first = stops[0].name;
  const last = stops[stops.length - 1].name;
  const via = stops.slice(1, -1).map((s) => s.name);
  return via.length > 0 ? `${first} to ${last}, via ${via.join(", ")}` : `${first} to ${last}`;
}

function renderStrip(
  characters: readonly EmbedCharacter[],
  steps: readonly EmbedRelationship[],
  named: ReadonlySet<string>,
): string {
  const items = characters.flatMap((character, i) => {
    const stop = `<li class="stop${named.has(character.id) ? " named" : ""}">${escapeHtml(character.name)}</li>`;
    return i < steps.length ? [stop, renderStep(steps[i], character, characters[i + 1])] : [stop];
  });
  return `<ol class="path-strip">\n${items.join("\n")}\n</ol>`;
}

function renderStep(
  relationship: EmbedRelationship,
  from: EmbedCharacter,
  to: EmbedCharacter,
): string {
  const ends = `${from.name} to ${to.name}:`;
  return `<li class="step">
<p class="step-type"><span aria-hidden="true" class="arrow">→</span><span class="visually-hidden">${escapeHtml(ends)}</span> ${renderTypeBadge(relationship.type, typeLabel(relationship))} <span class="weight">${sentences(relationship.weight)}</span></p>
<div class="step-evidence">${renderEvidenceBriefly(relationship.evidence)}</div>
</li>`;
}

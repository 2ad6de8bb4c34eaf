import { RELATIONSHIP_TYPES, type RelationshipType } from "../../domain/vocabulary";
import type { EmbedEvidence } from "./embed-view";
import { escapeHtml } from "./html-text";
import { RELATIONSHIP_NAMES } from "./relationship-names";
import { RELATIONSHIP_COLOURS } from "./relationship-palette";

/** Quotes as blockquotes, each citing the title of the document it was read in. */
export function renderEvidence(evidence: readonly EmbedEvidence[]): string {
  return evidence
    .map(
      (e) =>
        `<figure class="quote"><blockquote>${escapeHtml(e.quote)}</blockquote><figcaption>${escapeHtml(e.document)}</figcaption></figure>`,
    )
    .join("");
}

/** The first quotes in sight, the rest behind a disclosure so a busy step stays short. */
export function renderEvidenceBriefly(evidence: readonly EmbedEvidence[], shown = 2): string {
  if (evidence.length <= shown + 1) return renderEvidence(evidence);
  const more = evidence.length - shown;
  return `${renderEvidence(evidence.slice(0, shown))}<details><summary>${more} more sentences</summary>${renderEvidence(evidence.slice(shown))}</details>`;
}

/** A type's name in its palette colour. */
export function renderTypeBadge(type: RelationshipType, label: string = type): string {
  return `<span class="type-badge" style="--colour:${RELATIONSHIP_COLOURS[type]}">${escapeHtml(label)}</span>`;
}

/** The colours of the types present, in vocabulary order. */
export function renderLegend(types: readonly RelationshipType[]): string {
  const present = RELATIONSHIP_TYPES.filter((t) => types.includes(t));
  if (present.length === 0) return "";
  const items = present.map(
    (t) =>
      `<li><span class="swatch" style="--colour:${RELATIONSHIP_COLOURS[t]}" aria-hidden="true"></span>${RELATIONSHIP_NAMES[t]}</li>`,
  );
  return `<ul class="legend" aria-label="Relationship colours">${items.join("")}</ul>`;
}

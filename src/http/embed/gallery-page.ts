import { renderEmbedPage } from "./embed-page";
import { escapeHtml } from "./html-text";

/** One widget as the gallery shows it: a live preview and the snippet to paste. */
export interface WidgetExample {
  heading: string;
  description: string;
  /** The widget's URL path with its query, e.g. /embed/character/luke-cage. */
  path: string;
  /** The iframe's title attribute, which screen readers announce. */
  frameTitle: string;
  width: number;
  height: number;
}

/** GET /embed: the widgets, each with a preview and the HTML a wiki pastes. */
export function renderGalleryPage(origin: string, examples: readonly WidgetExample[]): string {
  const sections = examples.map((example) => renderExample(origin, example)).join("\n");
  const body = `<main class="gallery">
<h1>Ensemble widgets</h1>
<p>Paste a snippet into a wiki page to show part of the graph. Each widget is a small page
with no external requests; every relationship shows the sentences it was read from.</p>
${sections}
</main>`;
  return renderEmbedPage({ title: "Ensemble widgets", body });
}

function renderExample(origin: string, example: WidgetExample): string {
  const frame = (src: string) =>
    `<iframe src="${escapeHtml(src)}" width="${example.width}" height="${example.height}" title="${escapeHtml(example.frameTitle)}" loading="lazy"></iframe>`;
  return `<section class="example">
<h2>${escapeHtml(example.heading)}</h2>
<p>${escapeHtml(example.description)}</p>
<div class="preview">${frame(example.path)}</div>
<p><label for="snippet-${slug(example.heading)}">HTML to paste:</label></p>
<textarea id="snippet-${slug(example.heading)}" class="snippet" readonly rows="3">${escapeHtml(frame(origin + example.path))}</textarea>
</section>`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

import { renderEmbedPage } from "./embed-page";
import { escapeAttribute, escapeHtml } from "./html-text";

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

/** What the gallery's form was asked, and what came of it. */
export interface SnippetBuilder {
  character: string;
  depth: 1 | 2;
  /** The circle built for the character asked for, when it resolved. */
  built: WidgetExample | null;
  /** Why it did not: "No character is called …", with names to try instead. */
  problem: { message: string; suggestions: string[] } | null;
}

/** GET /embed: a form that builds a circle for any character, then every widget to copy. */
export function renderGalleryPage(
  origin: string,
  examples: readonly WidgetExample[],
  builder: SnippetBuilder,
): string {
  const built = builder.built ? renderExample(origin, builder.built, "built") : "";
  const sections = examples.map((example, i) => renderExample(origin, example, `example-${i}`));
  const body = `<main class="gallery">
<h1>Ensemble widgets</h1>
<p>Paste a snippet into a wiki page to show part of the graph. Each widget is a small page
with no external requests; every relationship shows the sentences it was read from.
To see the whole graph, open the <a href="/explore">explorer</a>.</p>
${renderBuilder(builder)}
${built}
${sections.join("\n")}
</main>`;
  return renderEmbedPage({ title: "Ensemble widgets", body });
}

function renderBuilder(builder: SnippetBuilder): string {
  const option = (depth: number) =>
    `<option value="${depth}"${builder.depth === depth ? " selected" : ""}>${depth === 1 ? "1 step" : "2 steps"}</option>`;
  return `<form class="builder" method="get" action="/embed">
<h2>A circle for any character</h2>
<label>Character <input name="character" value="${escapeAttribute(builder.character)}" placeholder="Jessica, Daredevil, Misty…" required></label>
<label>Depth <select name="depth">${option(1)}${option(2)}</select></label>
<button type="submit">Build the snippet</button>
${builder.problem ? renderProblem(builder.problem, builder.depth) : ""}
</form>`;
}

function renderProblem(problem: { message: string; suggestions: string[] }, depth: number): string {
  const links = problem.suggestions.map((name) => {
    const query = new URLSearchParams({ character: name, depth: String(depth) });
    return `<a href="/embed?${escapeAttribute(query.toString())}">${escapeHtml(name)}</a>`;
  });
  const suggestions = links.length > 0 ? ` Did you mean ${links.join(", ")}?` : "";
  return `<p class="builder-problem" role="alert">${escapeHtml(problem.message)}${suggestions}</p>`;
}

/** The iframe a wiki pastes; the preview is the same element, so what is seen is what is copied. */
function frame(example: WidgetExample, src: string): string {
  return `<iframe src="${escapeAttribute(src)}" width="${example.width}" height="${example.height}" title="${escapeAttribute(example.frameTitle)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

function renderExample(origin: string, example: WidgetExample, id: string): string {
  return `<section class="example" id="${id}">
<h2>${escapeHtml(example.heading)}</h2>
<p>${escapeHtml(example.description)}</p>
<div class="preview">${frame(example, example.path)}</div>
<p><label for="snippet-${id}">HTML to paste:</label></p>
<textarea id="snippet-${id}" class="snippet" readonly rows="3">${escapeHtml(frame(example, origin + example.path))}</textarea>
</section>`;
}

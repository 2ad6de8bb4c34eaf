import { describeForHttp } from "../../graphql/format-error";
import {
  AmbiguousNameError,
  CharacterNotFoundError,
  InvalidArgumentError,
} from "../../services/service-errors";
import { renderEmbedPage } from "./embed-page";
import { escapeHtml } from "./html-text";

/** An error a widget shows instead of itself, with the HTTP status it is sent with. */
export interface EmbedProblem {
  status: number;
  html: string;
}

/** Where a suggested or candidate name leads, or null to list it as plain text. */
export type NameLink = (nameOrId: string) => string | null;

/** The page for an error: unknown names suggest near ones, ambiguous ones list candidates. */
export function describeProblem(error: unknown, link: NameLink): EmbedProblem {
  if (error instanceof CharacterNotFoundError) {
    const names = error.suggestions.map((name) => ({ name, href: link(name) }));
    const hint = names.length > 0 ? `<p>Did you mean:</p>${renderNames(names)}` : "";
    return problemPage(
      404,
      "Character not found",
      `No character is called “${error.query}”.`,
      hint,
    );
  }
  if (error instanceof AmbiguousNameError) {
    const names = error.candidates.map((c) => ({ name: `${c.name} (${c.id})`, href: link(c.id) }));
    const text = `“${error.query}” could mean more than one character; use a fuller name or an id:`;
    return problemPage(400, "Which character?", text, renderNames(names));
  }
  if (error instanceof InvalidArgumentError) {
    return problemPage(400, "Cannot draw this", error.message, "");
  }
  const { status, message } = describeForHttp(error);
  return problemPage(status, "Cannot draw this right now", message, "");
}

/** A request the routes reject before asking the services, such as ?depth=5. */
export function badRequestPage(message: string): EmbedProblem {
  return problemPage(400, "Cannot draw this", message, "");
}

function problemPage(status: number, title: string, message: string, extra: string): EmbedProblem {
  const body = `<main class="widget problem">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${extra}
</main>`;
  return { status, html: renderEmbedPage({ title, body }) };
}

function renderNames(names: { name: string; href: string | null }[]): string {
  const items = names.map(({ name, href }) =>
    href === null
      ? `<li>${escapeHtml(name)}</li>`
      : `<li><a href="${escapeHtml(href)}">${escapeHtml(name)}</a></li>`,
  );
  return `<ul class="names">${items.join("")}</ul>`;
}

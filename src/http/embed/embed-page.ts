import { escapeHtml } from "./html-text";

/** The parts of one widget page; `body` is HTML the caller has already escaped. */
export interface EmbedPage {
  title: string;
  body: string;
  /** Script URLs, run in order after the body (never inline: the CSP allows 'self' only). */
  scripts?: string[];
  /** JSON data for the scripts, already made safe with jsonForScript. */
  data?: { id: string; json: string };
}

/** The shell every /embed page shares: one small stylesheet, no frameworks. */
export function renderEmbedPage(page: EmbedPage): string {
  const data = page.data
    ? `\n<script type="application/json" id="${page.data.id}">${page.data.json}</script>`
    : "";
  const scripts = (page.scripts ?? []).map((src) => `\n<script src="${src}"></script>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="/embed/assets/base.css">
<link rel="stylesheet" href="/embed/assets/embed.css">
<link rel="icon" href="data:,">
</head>
<body>
${page.body}${data}${scripts}
</body>
</html>
`;
}

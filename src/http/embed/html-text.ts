/** Text from the graph as HTML: every name and quote passes through here before it is sent. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that cannot close the <script type="application/json"> element it sits in, nor start
 * an HTML comment there; JSON.parse reads it back to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/**
 * Text for a double-quoted attribute, in the entities people know: a snippet shown to be copied
 * reads `title="Luke Cage's circle"` and `?from=Luke&amp;to=Misty`, not `&#39;` and `&#38;`.
 */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ATTRIBUTE_ENTITIES[c]);
}

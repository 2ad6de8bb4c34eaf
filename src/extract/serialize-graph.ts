import type { GraphDocument } from "../domain/graph-document";

/** The committed form of a graph document: 2-space JSON with a trailing newline. */
export function serializeGraph(document: GraphDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

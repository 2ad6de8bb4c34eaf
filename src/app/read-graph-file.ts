import { readFile } from "node:fs/promises";
import { GRAPH_DOCUMENT_VERSION, type GraphDocument } from "../domain/graph-document";
import { InvalidGraphDocumentError } from "../store/store-errors";

/** Reads a graph document (seeds/graph.json or an export of `ensemble extract`). */
export async function readGraphFile(path: string): Promise<GraphDocument> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InvalidGraphDocumentError(
      `cannot read graph file ${path}: ${(error as Error).message}`,
    );
  }
  let document: GraphDocument;
  try {
    document = JSON.parse(text) as GraphDocument;
  } catch (error) {
    throw new InvalidGraphDocumentError(`${path} is not JSON: ${(error as Error).message}`);
  }
  if (document?.version !== GRAPH_DOCUMENT_VERSION) {
    throw new InvalidGraphDocumentError(
      `${path} is not a graph document of version ${GRAPH_DOCUMENT_VERSION}`,
    );
  }
  return document;
}

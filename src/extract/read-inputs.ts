import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Curation } from "./curation";
import { parseGazetteer, parseRelations } from "./curation";
import { ExtractionError } from "./extraction-error";
import type { SourceText } from "./text-span";

/**
 * Reads a document as UTF-8 text exactly as `readFileSync(path, "utf8")` would (a byte-order mark
 * is kept, so offsets match), refusing NUL bytes and invalid UTF-8. The source is the path
 * relative to the working directory, with forward slashes, so the output does not depend on
 * where the repository sits.
 */
export function readSourceText(path: string): SourceText {
  const source = relative(process.cwd(), resolve(path)).split(sep).join("/");
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ExtractionError("BAD_DOCUMENT", `cannot read ${path}: ${(error as Error).message}`);
  }
  if (bytes.includes(0))
    throw new ExtractionError("BAD_DOCUMENT", `${path} is not text: it contains NUL bytes`);
  try {
    return {
      source,
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes),
    };
  } catch {
    throw new ExtractionError("BAD_DOCUMENT", `${path} is not text: it is not valid UTF-8`);
  }
}

export function readCuration(gazetteerPath: string, relationsPath: string): Curation {
  return {
    gazetteer: parseGazetteer(readJson(gazetteerPath), gazetteerPath),
    relations: parseRelations(readJson(relationsPath), relationsPath),
  };
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ExtractionError("BAD_CURATION", `cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ExtractionError("BAD_CURATION", `${path} is not JSON: ${(error as Error).message}`);
  }
}

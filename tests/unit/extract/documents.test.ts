import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EMPTY_CURATION } from "../../../src/extract/curation";
import { documentId, documentTitle } from "../../../src/extract/documents";
import { extractCorpus } from "../../../src/extract/extract-corpus";
import { readSourceText } from "../../../src/extract/read-inputs";

const folder = mkdtempSync(join(tmpdir(), "ensemble-extract-"));

function file(name: string, bytes: Buffer | string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe("documents", () => {
  it("takes the id from the file name and the title from the first non-empty line", () => {
    expect(documentId("seeds/corpus/004_D6918.txt")).toBe("004-d6918");
    expect(documentTitle("\n\n  The first episode.  \nMore.", "x")).toBe("The first episode.");
  });

  it("rejects a file with NUL bytes, naming it", () => {
    const path = file("binary.txt", Buffer.from([0x41, 0x00, 0x42]));
    expect(() => readSourceText(path)).toThrow(expect.objectContaining({ reason: "BAD_DOCUMENT" }));
    expect(() => readSourceText(path)).toThrow(/binary\.txt/);
  });

  it("rejects a file that is not valid UTF-8, naming it", () => {
    const path = file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(() => readSourceText(path)).toThrow(expect.objectContaining({ reason: "BAD_DOCUMENT" }));
    expect(() => readSourceText(path)).toThrow(/latin1\.txt/);
  });

  it("keeps a byte-order mark so offsets match the file as Node reads it", () => {
    const path = file("bom.txt", "\uFEFFTitle\n");
    expect(readSourceText(path).text).toBe("\uFEFFTitle\n");
  });

  it("extracts an empty file as a document with no scenes", () => {
    const graph = extractCorpus([{ source: "empty.txt", text: "" }], EMPTY_CURATION);
    expect(graph.documents).toEqual([
      { id: "empty", title: "empty", source: "empty.txt", length: 0 },
    ]);
    expect(graph.scenes).toEqual([]);
  });

  it("refuses two files that would share a document id", () => {
    const inputs = [
      { source: "a/recap.txt", text: "x" },
      { source: "b/recap.txt", text: "y" },
    ];
    expect(() => extractCorpus(inputs, EMPTY_CURATION)).toThrow(
      expect.objectContaining({ reason: "BAD_DOCUMENT" }),
    );
  });
});

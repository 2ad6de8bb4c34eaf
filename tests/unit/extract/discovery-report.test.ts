import { describe, expect, it } from "@jest/globals";
import { PassThrough } from "node:stream";
import { EMPTY_CURATION } from "../../../src/extract/curation";
import { discoveryReport } from "../../../src/extract/discovery-report";
import { extractInDetail } from "../../../src/extract/extract-corpus";
import { extractionProgress } from "../../../src/extract/extraction-progress";

describe("the discovery report", () => {
  it("lists each low-confidence name with its surface forms, mentions and first evidence", () => {
    const text = "Show, episode 2\n\nAna Ruiz meets Tom Hale. Later, Ruiz calls Tom Hale again.";
    const report = discoveryReport(extractInDetail([{ source: "s.txt", text }], EMPTY_CURATION));
    expect(report.discoveries.map((d) => [d.name, d.surfaces, d.mentions])).toEqual([
      ["Ana Ruiz", ["Ana Ruiz", "Ruiz"], 2],
      ["Tom Hale", ["Tom Hale"], 2],
    ]);
    const first = report.discoveries[0].firstEvidence!;
    expect(text.slice(first.start, first.end)).toBe("Ana Ruiz meets Tom Hale.");
  });

  it("lists the short forms and misspellings that joined a name, for a curator to check", () => {
    const text = "Evangeline Marsh sails. Later Evangaline waves and Evan laughs.";
    const report = discoveryReport(extractInDetail([{ source: "s.txt", text }], EMPTY_CURATION));
    expect(report.variants).toEqual([
      { surface: "Evan", of: "Evangeline Marsh" },
      { surface: "Evangaline", of: "Evangeline Marsh" },
    ]);
  });
});

describe("extraction progress", () => {
  it("stays silent when stderr is not a terminal", () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    const written: string[] = [];
    (stream as unknown as PassThrough).on("data", (chunk: Buffer) =>
      written.push(chunk.toString()),
    );
    const progress = extractionProgress(50, stream);
    progress.tick("reading a.txt");
    progress.stop();
    expect(written).toEqual([]);
  });
});

import { describe, expect, it } from "@jest/globals";
import { parse } from "csv-parse/sync";
import { toCsvEdges, toCsvNodes } from "../../../../src/services/export";
import { characterMetrics } from "../../../../src/analysis";
import { reversed } from "../../../fixtures/analysis/snapshots";
import { TRICKY_NAME, trickySnapshot } from "../../../fixtures/analysis/tricky-snapshot";

const records = (csv: string) =>
  parse(csv, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
const header = (csv: string) => (parse(csv, { to_line: 1 }) as string[][])[0];

describe("toCsvEdges", () => {
  const snapshot = trickySnapshot();
  const csv = toCsvEdges(snapshot);

  it("starts with the five columns a spreadsheet user expects, then the total and evidence", () => {
    expect(header(csv)).toEqual([
      "Source",
      "Target",
      "Type",
      "Weight",
      "Document",
      "TotalWeight",
      "Role",
      "EvidenceCount",
      "Evidence",
    ]);
  });

  it("writes one row per relationship and document it has evidence in", () => {
    const rows = records(csv);
    const perDocument = snapshot.relationships.map(
      (r) => new Set(r.evidence.map((e) => e.document)).size,
    );
    expect(rows).toHaveLength(perDocument.reduce((a, b) => a + b, 0));
    const cd = rows.filter((r) => r.Source === "c" && r.Target === "d");
    expect(cd.map((r) => [r.Document, r.Weight, r.TotalWeight, r.EvidenceCount])).toEqual([
      ["one", "1", "3", "1"],
      ["two", "2", "3", "2"],
    ]);
    expect(cd[1].Evidence).toBe("Dee and Cy make up. | Dee and Cy argue again.");
  });

  it("sums each relationship's rows to its weight, so summing by pair counts nothing twice", () => {
    const sums = new Map<string, number>();
    for (const r of records(csv)) {
      const pair = `${r.Source}-${r.Target}`;
      sums.set(pair, (sums.get(pair) ?? 0) + Number(r.Weight));
    }
    const weights = new Map<string, number>();
    for (const r of snapshot.relationships) {
      const pair = `${r.source}-${r.target}`;
      weights.set(pair, (weights.get(pair) ?? 0) + r.weight);
    }
    expect(sums).toEqual(weights);
  });

  it("gives weight no evidence accounts for a row of its own, with no document", () => {
    const bare = { ...snapshot.relationships[0], weight: 5 };
    const rows = records(toCsvEdges({ characters: [], relationships: [bare] }));
    const counted = bare.evidence.length;
    expect(rows.at(-1)).toMatchObject({
      Document: "",
      Weight: String(5 - counted),
      TotalWeight: "5",
    });
    expect(rows.reduce((sum, r) => sum + Number(r.Weight), 0)).toBe(5);
  });

  it("quotes fields holding commas and quotes so they read back unchanged", () => {
    const zed = records(csv).find((r) => r.Target === "zed");
    expect(zed).toMatchObject({ Type: "FRIEND_OF", Document: "two", Evidence: 'Ada, "meet" Zed' });
  });

  it("ends records with CRLF as RFC 4180 says", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("toCsvNodes", () => {
  const snapshot = trickySnapshot();

  it("lists every character with its aliases and metrics", () => {
    const csv = toCsvNodes(snapshot, characterMetrics(snapshot));
    expect(header(csv)).toEqual([
      "Id",
      "Label",
      "Aliases",
      "Mentions",
      "Degree",
      "WeightedDegree",
      "Betweenness",
      "PageRank",
    ]);
    const rows = records(csv);
    expect(rows.map((r) => r.Id)).toEqual(snapshot.characters.map((c) => c.id).sort());
    expect(rows.find((r) => r.Id === "a")).toMatchObject({
      Aliases: "Ada|Jo",
      Degree: "3",
      WeightedDegree: "5",
    });
  });

  it("round-trips a name full of commas, quotes and a line break", () => {
    const zed = records(toCsvNodes(snapshot)).find((r) => r.Id === "zed");
    expect(zed).toMatchObject({
      Label: TRICKY_NAME,
      Aliases: "Zed|Z|ed",
      Degree: "",
      PageRank: "",
    });
  });

  it("writes the same bytes for the same graph, whatever its list order", () => {
    const metrics = characterMetrics(snapshot);
    expect(toCsvNodes(reversed(snapshot), metrics)).toBe(toCsvNodes(snapshot, metrics));
    expect(toCsvEdges(reversed(snapshot))).toBe(toCsvEdges(snapshot));
  });
});

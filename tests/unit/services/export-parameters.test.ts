import { describe, expect, it } from "@jest/globals";
import { resolveDocuments } from "../../../src/services/document-names";
import {
  ExportParameterError,
  parseExportParameters,
} from "../../../src/services/export-parameters";
import { InvalidArgumentError } from "../../../src/services/service-errors";

const refusal = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("not refused");
};

describe("parseExportParameters", () => {
  it("reads every filter, types in any case", () => {
    expect(
      parseExportParameters("graph.gexf", {
        types: "killed, Enemy_Of",
        minWeight: "2",
        documents: ["Episode One", "two"],
        pronouns: "FALSE",
        directed: "true",
      }),
    ).toEqual({
      types: ["KILLED", "ENEMY_OF"],
      minWeight: 2,
      documents: ["Episode One", "two"],
      pronouns: false,
      directed: true,
    });
    expect(parseExportParameters("edges.csv", { pronouns: "true" })).toEqual({ directed: false });
  });

  it("refuses an unknown parameter, naming the valid ones and the nearest", () => {
    for (const [name, nearest] of [
      ["minweight", "minWeight"],
      ["min_weight", "minWeight"],
      ["type", "types"],
    ]) {
      const error = refusal(() => parseExportParameters("edges.csv", { [name]: "2" }));
      expect(error).toBeInstanceOf(ExportParameterError);
      expect(error).toMatchObject({
        argument: name,
        valid: ["types", "minWeight", "documents", "pronouns"],
      });
      expect((error as Error).message).toContain(`Did you mean ${nearest}?`);
    }
    const unrelated = refusal(() => parseExportParameters("graph.json", { colour: "red" }));
    expect((unrelated as Error).message).not.toContain("Did you mean");
  });

  it("lists every relationship type when one is unknown", () => {
    const error = refusal(() => parseExportParameters("edges.csv", { types: "KILLED,HATES" }));
    expect(error).toMatchObject({ argument: "types" });
    expect((error as ExportParameterError).valid).toContain("MENTOR_OF");
  });

  it("refuses malformed values and repeated single values", () => {
    for (const raw of [
      { minWeight: "-1" },
      { minWeight: "" },
      { minWeight: "heavy" },
      { pronouns: "no" },
      { directed: "yes" },
      { types: ["KILLED", "ENEMY_OF"] },
    ]) {
      expect(refusal(() => parseExportParameters("graph.json", raw))).toBeInstanceOf(
        InvalidArgumentError,
      );
    }
  });

  it("takes directed only for the graph files", () => {
    expect(refusal(() => parseExportParameters("nodes.csv", { directed: "true" }))).toMatchObject({
      argument: "directed",
    });
  });
});

describe("resolveDocuments", () => {
  const documents = [
    { id: "ep1", title: "Marvel’s Café, Part One", source: "", length: 1 },
    { id: "ep2", title: "Part Two", source: "", length: 1 },
    { id: "ep3", title: "Part Two", source: "", length: 1 },
    { id: "ep4", title: "Finale", source: "", length: 1 },
  ];

  it("takes ids and titles whatever their case, accents and quotes, a title with a comma whole", () => {
    expect(resolveDocuments(["marvel's cafe, part one", "ep2,FINALE"], documents)).toEqual([
      "ep1",
      "ep2",
      "ep4",
    ]);
  });

  it("refuses an ambiguous title with the ids that share it", () => {
    expect(refusal(() => resolveDocuments(["part two"], documents))).toMatchObject({
      valid: ["ep2", "ep3"],
    });
  });

  it("refuses an unknown name, listing the documents", () => {
    const error = refusal(() => resolveDocuments(["ep1,Pilot"], documents));
    expect(error).toMatchObject({ argument: "documents", valid: ["ep1", "ep2", "ep3", "ep4"] });
    expect((error as Error).message).toContain('"Pilot"');
    expect((error as Error).message).toContain('ep4 ("Finale")');
  });
});

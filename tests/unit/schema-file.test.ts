import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { printEnsembleSchema } from "../../src/graphql/build-schema";

describe("schema/schema.graphql", () => {
  it("matches the schema the type-graphql classes build (run `npm run schema` when this fails)", () => {
    expect(readFileSync("schema/schema.graphql", "utf8")).toBe(printEnsembleSchema());
  });
});

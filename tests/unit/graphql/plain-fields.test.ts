import "reflect-metadata";
import { describe, expect, it } from "@jest/globals";
import { isObjectType } from "graphql";
import { buildEnsembleSchema } from "../../../src/graphql/build-schema";

describe("the schema's plain data fields", () => {
  const schema = buildEnsembleSchema();
  const fields = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter(
      (type) => !type.name.startsWith("__") && type.name !== "Query" && type.name !== "Mutation",
    )
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })));
  const withResolver = fields
    .filter(({ field }) => field.resolve !== undefined)
    .map(({ type, field }) => `${type.name}.${field.name}`)
    .sort();

  it("read their property with no wrapper around them (simpleResolvers)", () => {
    expect(fields.length).toBeGreaterThan(40);
    expect(schema.getType("Character")).toBeDefined();
    expect(withResolver).not.toContain("Character.name");
    expect(withResolver).not.toContain("NeighbourhoodMember.distance");
  });

  it("leave the fields with resolvers of their own as they were", () => {
    expect(withResolver).toEqual([
      "Character.metrics",
      "Character.portrayedBy",
      "Character.relationships",
      "Evidence.document",
      "Relationship.source",
      "Relationship.target",
    ]);
  });
});

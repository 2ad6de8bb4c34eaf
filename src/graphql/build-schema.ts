import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync, type ContainerType } from "type-graphql";
import { RESOLVERS } from "./compose-resolvers";

/** The schema with validation on; resolvers come from `container` (see compose-resolvers.ts). */
export function buildEnsembleSchema(container?: ContainerType): GraphQLSchema {
  return buildSchemaSync({ resolvers: RESOLVERS, container, validate: true });
}

/** The committed SDL (schema/schema.graphql): sorted, so it changes only when the API does. */
export function printEnsembleSchema(): string {
  return printSchema(lexicographicSortSchema(buildEnsembleSchema())) + "\n";
}

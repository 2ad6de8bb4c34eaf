import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync, type ContainerType } from "type-graphql";
import { AnalysisResolver } from "./resolvers/analysis.resolver";
import { CharacterResolver } from "./resolvers/character.resolver";
import { EvidenceResolver } from "./resolvers/evidence.resolver";
import { IngestResolver } from "./resolvers/ingest.resolver";
import { NeighbourhoodResolver } from "./resolvers/neighbourhood.resolver";
import { PathResolver } from "./resolvers/path.resolver";
import { PathsResolver } from "./resolvers/paths.resolver";
import { RelationshipResolver } from "./resolvers/relationship.resolver";
import { StatsResolver } from "./resolvers/stats.resolver";

export const RESOLVERS = [
  CharacterResolver,
  PathResolver,
  PathsResolver,
  AnalysisResolver,
  StatsResolver,
  IngestResolver,
  NeighbourhoodResolver,
  RelationshipResolver,
  EvidenceResolver,
] as const;

/** The schema with validation on; resolvers come from `container` (see compose-resolvers.ts). */
export function buildEnsembleSchema(container?: ContainerType): GraphQLSchema {
  return buildSchemaSync({ resolvers: RESOLVERS, container, validate: true });
}

/** The committed SDL (schema/schema.graphql): sorted, so it changes only when the API does. */
export function printEnsembleSchema(): string {
  return printSchema(lexicographicSortSchema(buildEnsembleSchema())) + "\n";
}

import type { ContainerType } from "type-graphql";
import type { Services } from "../services/create-services";
import { AnalysisResolver } from "./resolvers/analysis.resolver";
import { CharacterResolver } from "./resolvers/character.resolver";
import { EvidenceResolver } from "./resolvers/evidence.resolver";
import { IngestResolver } from "./resolvers/ingest.resolver";
import { NeighbourhoodResolver } from "./resolvers/neighbourhood.resolver";
import { PathResolver } from "./resolvers/path.resolver";
import { PathsResolver } from "./resolvers/paths.resolver";
import { RelationshipResolver } from "./resolvers/relationship.resolver";
import { StatsResolver } from "./resolvers/stats.resolver";

/** The resolvers, each handed its services through its constructor. */
export function composeResolvers(services: Services): ContainerType {
  const instances = new Map<unknown, object>([
    [
      CharacterResolver,
      new CharacterResolver(services.lookup, services.listing, services.analysis),
    ],
    [PathResolver, new PathResolver(services.paths)],
    [PathsResolver, new PathsResolver(services.paths)],
    [NeighbourhoodResolver, new NeighbourhoodResolver(services.neighbourhoods)],
    [AnalysisResolver, new AnalysisResolver(services.analysis)],
    [StatsResolver, new StatsResolver(services.facts)],
    [IngestResolver, new IngestResolver(services.ingestion, services.guard)],
    [RelationshipResolver, new RelationshipResolver()],
    [EvidenceResolver, new EvidenceResolver()],
  ]);
  return {
    get(resolverClass) {
      const instance = instances.get(resolverClass);
      if (!instance) throw new Error(`no resolver instance for ${String(resolverClass)}`);
      return instance;
    },
  };
}

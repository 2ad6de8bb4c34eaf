import type { ClassType, ContainerType, NonEmptyArray } from "type-graphql";
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

/** Every resolver class, once, with how it gets its services through its constructor. */
const RESOLVER_TABLE: [resolverClass: ClassType, make: (services: Services) => object][] = [
  [CharacterResolver, (s) => new CharacterResolver(s.lookup, s.listing, s.analysis)],
  [PathResolver, (s) => new PathResolver(s.paths)],
  [PathsResolver, (s) => new PathsResolver(s.paths)],
  [AnalysisResolver, (s) => new AnalysisResolver(s.analysis)],
  [StatsResolver, (s) => new StatsResolver(s.facts)],
  [IngestResolver, (s) => new IngestResolver(s.ingestion, s.guard)],
  [NeighbourhoodResolver, (s) => new NeighbourhoodResolver(s.neighbourhoods)],
  [RelationshipResolver, () => new RelationshipResolver()],
  [EvidenceResolver, () => new EvidenceResolver()],
];

const [first, ...rest] = RESOLVER_TABLE.map(([resolverClass]) => resolverClass);
export const RESOLVERS: NonEmptyArray<ClassType> = [first, ...rest];

/** The resolvers, each handed its services through its constructor. */
export function composeResolvers(services: Services): ContainerType {
  const instances = new Map(RESOLVER_TABLE.map(([type, make]) => [type, make(services)]));
  return {
    get(resolverClass) {
      const instance = instances.get(resolverClass as ClassType);
      if (!instance) throw new Error(`no resolver instance for ${String(resolverClass)}`);
      return instance;
    },
  };
}

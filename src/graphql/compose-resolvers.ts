import type { ContainerType } from "type-graphql";
import { CharacterListingService } from "../services/character-listing.service";
import { CharacterLookupService } from "../services/character-lookup.service";
import { NeighbourhoodService } from "../services/neighbourhood.service";
import { PathService } from "../services/path.service";
import type { GraphStore } from "../store/graph-store";
import { CharacterResolver } from "./resolvers/character.resolver";
import { EvidenceResolver } from "./resolvers/evidence.resolver";
import { NeighbourhoodResolver } from "./resolvers/neighbourhood.resolver";
import { PathResolver } from "./resolvers/path.resolver";
import { RelationshipResolver } from "./resolvers/relationship.resolver";

/** Services over one store, handed to the resolvers through their constructors. */
export function composeResolvers(store: GraphStore): ContainerType {
  const lookup = new CharacterLookupService(store);
  const instances = new Map<unknown, object>([
    [CharacterResolver, new CharacterResolver(lookup, new CharacterListingService(store))],
    [PathResolver, new PathResolver(new PathService(store, lookup))],
    [NeighbourhoodResolver, new NeighbourhoodResolver(new NeighbourhoodService(store, lookup))],
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

import { encodeCursor } from "../services/character-listing.service";
import type { CharacterPage } from "../store/graph-store";
import type { CharacterConnection } from "./types/character-connection.type";

export function presentConnection(page: CharacterPage): CharacterConnection {
  const edges = page.characters.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}

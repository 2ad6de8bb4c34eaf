import type { LinksResult } from "../services/analysis.service";
import type { CommunityPartition, RankedCharacter as Ranked } from "../analysis";
import type { Loaders } from "./loaders";
import { loadCharacters, presentRelationship } from "./present";
import type { Communities } from "./types/community.type";
import type { Links } from "./types/links.type";
import type { RankedCharacter } from "./types/ranking.type";

export async function presentLinks(
  { subgraph: found, relationships }: LinksResult,
  loaders: Loaders,
): Promise<Links> {
  return {
    characters: await loadCharacters(loaders, found.characterIds),
    relationships: relationships.map(presentRelationship),
    linkers: await loadCharacters(loaders, found.linkers),
    connected: found.connected,
    unreachable: await loadCharacters(loaders, found.unreachable),
  };
}

export async function presentRanking(
  ranked: Ranked[],
  loaders: Loaders,
): Promise<RankedCharacter[]> {
  const characters = await loadCharacters(
    loaders,
    ranked.map((r) => r.id),
  );
  return ranked.map((r, i) => ({ rank: i + 1, value: r.value, character: characters[i] }));
}

export async function presentCommunities(
  partition: CommunityPartition,
  loaders: Loaders,
): Promise<Communities> {
  return {
    modularity: partition.modularity,
    communities: await Promise.all(
      partition.communities.map(async (c) => ({
        index: c.index,
        size: c.size,
        members: await loadCharacters(loaders, c.members),
      })),
    ),
  };
}

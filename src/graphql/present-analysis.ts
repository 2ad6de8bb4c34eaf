import type { Computed, LinksResult } from "../services/analysis.service";
import type { ComputedFor, MetricsStatus as Status } from "../services/metrics-computation";
import type { CommunityPartition, RankedCharacter as Ranked } from "../analysis";
import type { Loaders } from "./loaders";
import { loadCharacters, presentRelationship } from "./present";
import type { Communities } from "./types/community.type";
import type { Computation } from "./types/computation.type";
import type { MetricsStatus } from "./types/metrics-status.type";
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
  { ranked, computedFor }: Computed<{ ranked: Ranked[] }>,
  loaders: Loaders,
): Promise<RankedCharacter[]> {
  const characters = await loadCharacters(
    loaders,
    ranked.map((r) => r.id),
  );
  const computation = presentComputation(computedFor);
  return ranked.map((r, i) => ({
    rank: i + 1,
    value: r.value,
    character: characters[i],
    computedFor: computation,
  }));
}

export async function presentCommunities(
  partition: Computed<CommunityPartition>,
  loaders: Loaders,
): Promise<Communities> {
  return {
    modularity: partition.modularity,
    computedFor: presentComputation(partition.computedFor),
    communities: await Promise.all(
      partition.communities.map(async (c) => ({
        index: c.index,
        size: c.size,
        members: await loadCharacters(loaders, c.members),
      })),
    ),
  };
}

export function presentComputation(computed: ComputedFor): Computation {
  return {
    snapshotVersion: computed.snapshotVersion,
    computedAt: computed.computedAt.toISOString(),
    approximate: computed.sampledSources !== null,
    sampledSources: computed.sampledSources,
    background: computed.background,
  };
}

export function presentMetricsStatus(status: Status & { snapshotVersion: number }): MetricsStatus {
  return {
    snapshotVersion: status.snapshotVersion,
    serving: status.serving && presentComputation(status.serving),
    computing: status.computing && {
      snapshotVersion: status.computing.snapshotVersion,
      startedAt: status.computing.startedAt.toISOString(),
      approximate: status.computing.approximate,
    },
    failure: status.failure,
  };
}

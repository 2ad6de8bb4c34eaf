import {
  type PeerNeighbourhoodData,
  membersFromPeerAnswer,
  peerNeighbourhoodQuery,
} from "../peer/neo4j-graphql-peer";
import type { BenchContext } from "../support/bench-context";
import { askOnce, describeLoad, healthy, loadTest } from "../support/load-test";
import { startProcess, startService } from "../support/service-process";

interface OurNeighbourhood {
  neighbourhood: { members: { character: { id: string } }[] };
}

/** Issue 16: ahead of the peer, not level with it. */
const PEER_RATIO_TARGET = 0.8;

/**
 * The neighbourhood question, depth 2, answered by Ensemble and by @neo4j/graphql over the
 * same Neo4j database. Both answers must name the same members before either is timed.
 */
export async function benchPeer(context: BenchContext): Promise<void> {
  const uri = context.neo4j!.uri;
  const ours = context.queryGraph.questions.neighbourhood;
  const centre = context.queryGraph.cast.typical[3];
  const theirs = { query: peerNeighbourhoodQuery(2), variables: { id: centre.id } };
  context.log("peer: starting Ensemble and @neo4j/graphql on the same Neo4j");
  const service = await startService({ NEO4J_URI: uri });
  const peer = await startProcess(
    process.execPath,
    [`${__dirname}/../peer/serve-peer.js`],
    { NEO4J_URI: uri },
    /peer ready (\S+)/,
  );
  try {
    const ourUrl = `${service.url}graphql`;
    const ourMembers = new Set(
      ((await askOnce(ourUrl, ours)) as OurNeighbourhood).neighbourhood.members.map(
        (m) => m.character.id,
      ),
    );
    const peerMembers = membersFromPeerAnswer(
      (await askOnce(peer.url, theirs)) as PeerNeighbourhoodData,
      2,
    );
    if (
      ourMembers.size !== peerMembers.size ||
      [...ourMembers].some((id) => !peerMembers.has(id))
    ) {
      throw new Error(
        `the peer found ${peerMembers.size} members, Ensemble ${ourMembers.size}: not the same question`,
      );
    }
    for (let i = 0; i < 3; i++)
      await Promise.all([askOnce(ourUrl, ours), askOnce(peer.url, theirs)]);
    context.log(
      `peer: neighbourhood on both, ${context.load.connections} clients, ${context.load.seconds} s each`,
    );
    const us = await loadTest(ourUrl, ours, context.load);
    const them = await loadTest(peer.url, theirs, context.load);
    const ratio = us.p50 / them.p50;
    const benchmark = `\`neighbourhood\` depth 2 (${ourMembers.size} members), ${context.load.connections} clients (${context.queryGraph.size.name})`;
    context.rows.push(
      {
        benchmark,
        store: "peer",
        result: `@neo4j/graphql: ${describeLoad(them)}`,
        target: "",
        met: null,
        figures: { ...them },
      },
      {
        benchmark,
        store: "neo4j",
        result: `Ensemble: ${describeLoad(us)}; p50 ${ratio.toFixed(2)}x the peer's`,
        target: `p50 <= ${PEER_RATIO_TARGET}x the peer's`,
        met: healthy(us) && healthy(them) && ratio <= PEER_RATIO_TARGET,
        figures: { ...us, ratioToPeer: ratio, members: ourMembers.size },
      },
    );
  } finally {
    await Promise.all([service.stop(), peer.stop()]);
  }
}

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readConfig } from "../../../src/app/config";
import { type RunningServer, startServer } from "../../../src/app/start-server";
import { MemoryStore } from "../../../src/store/memory/memory-store";
import { readGraphFile } from "../../../src/app/read-graph-file";
import { openEmptyStore } from "./support/neo4j-test-database";

const CONFIG = { PORT: "0", HOST: "127.0.0.1", ANALYSIS_THREADS: "1" };

/** The whole graph's metrics of a service, once its background computation has completed. */
async function computed(server: RunningServer) {
  const background = server.services.background!;
  await background.whenServed(1, { exact: true });
  const analysis = server.services.analysis;
  return {
    ranking: await analysis.ranking("BETWEENNESS", 10, {}),
    communities: await analysis.communities(42, {}),
    metrics: await analysis.allMetrics({}),
  };
}

describe("the background computation over a Neo4j store", () => {
  let overNeo4j: RunningServer;
  let overMemory: RunningServer;
  beforeAll(async () => {
    const seed = await readGraphFile("seeds/graph.json");
    const neo4j = await openEmptyStore();
    await neo4j.load(seed);
    const memory = new MemoryStore();
    await memory.load(seed);
    overNeo4j = await startServer(readConfig(CONFIG), neo4j);
    overMemory = await startServer(readConfig(CONFIG), memory);
  }, 60_000);
  afterAll(async () => {
    await overNeo4j?.stop();
    await overMemory?.stop();
  });

  it("reads the snapshot from Neo4j and serves the same figures as over the memory store", async () => {
    const fromNeo4j = await computed(overNeo4j);
    const fromMemory = await computed(overMemory);
    expect(fromNeo4j.ranking.computedFor).toMatchObject({ snapshotVersion: 1, background: true });
    const withoutTimes = <T extends { computedFor: object }>({ computedFor: _, ...rest }: T) =>
      rest;
    expect(withoutTimes(fromNeo4j.ranking)).toEqual(withoutTimes(fromMemory.ranking));
    expect(withoutTimes(fromNeo4j.communities)).toEqual(withoutTimes(fromMemory.communities));
    expect(fromNeo4j.metrics).toEqual(fromMemory.metrics);
  });
});

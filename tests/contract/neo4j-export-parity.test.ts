import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readConfig } from "../../src/app/config";
import { type RunningServer, startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { readGraphFile } from "../../src/app/read-graph-file";
import { openEmptyStore } from "../integration/neo4j/support/neo4j-test-database";

/**
 * Every export, plain and with each filter (documents by title, as a journalist names them),
 * and two refusals, with the status each must get.
 */
const DOWNLOADS: [string, number][] = [
  ["export/edges.csv", 200],
  ["export/nodes.csv", 200],
  ["export/graph.graphml", 200],
  ["export/graph.gexf", 200],
  ["export/graph.json", 200],
  ["export/graph.graphml?directed=true", 200],
  ["export/edges.csv?types=interacts_with,KILLED&minWeight=2", 200],
  [
    `export/graph.json?documents=${encodeURIComponent("The first episode of The Defenders (2017).")}`,
    200,
  ],
  ["export/nodes.csv?pronouns=false", 200],
  ["export/edges.csv?documents=episode-nine", 400],
  ["export/edges.csv?min_weight=2", 400],
];

async function serve(store: GraphStore): Promise<RunningServer> {
  await store.load(await readGraphFile("seeds/graph.json"));
  return startServer(readConfig({ PORT: "0", HOST: "127.0.0.1" }), store);
}

async function download(server: RunningServer, path: string) {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, body: await response.text() };
}

describe("the exports are the same bytes from Neo4j and from memory", () => {
  let memory: RunningServer;
  let neo4j: RunningServer;
  beforeAll(async () => {
    memory = await serve(new MemoryStore());
    neo4j = await serve(await openEmptyStore());
  }, 120_000);
  afterAll(async () => {
    await memory?.stop();
    await neo4j?.stop();
  });

  it.each(DOWNLOADS)("%s", async (path, status) => {
    const fromMemory = await download(memory, path);
    expect(fromMemory.status).toBe(status);
    expect(await download(neo4j, path)).toEqual(fromMemory);
  });
});

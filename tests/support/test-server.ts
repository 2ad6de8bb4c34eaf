import "reflect-metadata";
import { readConfig } from "../../src/app/config";
import type { GraphDocument } from "../../src/domain/graph-document";
import { type RunningServer, startServer } from "../../src/app/start-server";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { readGraphFile } from "../../src/app/read-graph-file";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface TestServer extends RunningServer {
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

/**
 * A real server on an ephemeral loopback port, over the seed graph unless told otherwise, once
 * its first background computation of the whole graph's metrics has completed: a suite about
 * something else must not meet METRICS_NOT_READY on a busy machine.
 */
export async function startTestServer(
  document?: GraphDocument,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const config = readConfig({ PORT: "0", HOST: "127.0.0.1", ...env });
  const store = new MemoryStore();
  await store.load(document ?? (await readGraphFile("seeds/graph.json")));
  const server = await startServer(config, store);
  await server.services.background?.whenServed(1);
  return {
    ...server,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${server.url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}

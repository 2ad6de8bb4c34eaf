/**
 * Asks one question back to back from a thread of its own, so that a profile of the main thread
 * holds the server's work and not the client's: workerData { url, request, times }.
 */
import { parentPort, workerData } from "node:worker_threads";
import { askOnce } from "../support/load-test";
import type { GraphqlRequest } from "../support/questions";

const { url, request, times } = workerData as {
  url: string;
  request: GraphqlRequest;
  times: number;
};

async function main(): Promise<void> {
  for (let i = 0; i < times; i++) await askOnce(url, request);
  parentPort?.postMessage("done");
}

main().catch((error: unknown) => {
  throw error;
});

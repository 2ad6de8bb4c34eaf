/**
 * Where a large answer's time goes: node dist-bench/bench/run-profile.js [--floor] [--quick]
 * [--question neighbourhood|character] [--times N]. Starts our service (or the floor server) in
 * this process over the memory store, asks the question from a worker thread, and records the
 * V8 CPU profile of this thread (what `node --cpu-prof` writes) for those requests only, into
 * dist-bench/profiles/. Prints the top self-time functions and packages.
 */
import "./support/production-mode";
import "reflect-metadata";
import { Command } from "commander";
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { readConfig } from "../src/app/config";
import { startServer } from "../src/app/start-server";
import { MemoryStore } from "../src/store/memory/memory-store";
import { startFloorServer } from "./floor/floor-server";
import { summariseProfile } from "./support/cpu-profile";
import { askOnce } from "./support/load-test";
import { prepareGraph } from "./support/prepare-graph";
import type { QuestionName } from "./support/questions";

interface Options {
  floor?: boolean;
  quick?: boolean;
  question: QuestionName;
  times: string;
}

async function main(options: Options): Promise<void> {
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const graph = prepareGraph(options.quick ? "medium" : "marvel", 1, log);
  const store = new MemoryStore();
  await store.load(graph.document);
  const server = options.floor
    ? await startFloorServer(store)
    : await startServer(readConfig({ PORT: "0", HOST: "127.0.0.1" }), store);
  const url = options.floor ? server.url : `${server.url}graphql`;
  const request = graph.questions[options.question];
  for (let i = 0; i < 20; i++) await askOnce(url, request);

  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  const started = Date.now();
  await ask(url, request, Number(options.times));
  const seconds = (Date.now() - started) / 1000;
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  await server.stop();

  const name = `${options.floor ? "floor" : "ours"}-${options.question}-${graph.size.name}`;
  mkdirSync("dist-bench/profiles", { recursive: true });
  const file = join("dist-bench/profiles", `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const { functions, packages, busyMs } = summariseProfile(profile);
  const line = (e: { name: string; where: string; percent: number }) =>
    `${e.percent.toFixed(1).padStart(5)}%  ${e.name}${e.name === e.where ? "" : `  (${e.where})`}`;
  process.stdout.write(
    `${name}: ${options.times} requests in ${seconds.toFixed(1)} s, ` +
      `${(busyMs / Number(options.times)).toFixed(1)} ms busy per request, ${file}\n\n` +
      `self time by function, share of busy time:\n${functions.map(line).join("\n")}\n\n` +
      `by package:\n${packages.map(line).join("\n")}\n`,
  );
}

function ask(url: string, request: unknown, times: number): Promise<void> {
  const worker = new Worker(join(__dirname, "workers/ask-worker.js"), {
    workerData: { url, request, times },
  });
  return new Promise((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
}

new Command("bench-profile")
  .option("--floor", "profile the floor server instead of ours")
  .option("--quick", "a thousand characters instead of Marvel scale")
  .option("--question <name>", "neighbourhood or character", "neighbourhood")
  .option("--times <n>", "how many requests the profile covers", "200")
  .action((options: Options) =>
    main(options).catch((error: unknown) => {
      process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }),
  )
  .parse();

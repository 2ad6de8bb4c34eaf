import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { freePort } from "../../tests/support/local-neo4j-process";
import { metricsSettled } from "./metrics-settled";

/** A process of ours (the service, the peer) started for a benchmark and stopped after it. */
export interface BenchProcess {
  url: string;
  pid: number;
  /** Resident and peak resident size now, in bytes (Linux /proc). */
  memory(): { rss: number; peakRss: number };
  stop(): Promise<void>;
}

/**
 * Ensemble's own server (dist/app/main.js) on a free loopback port, in a child process; by
 * default returned once its metrics are computed (see metricsSettled).
 */
export async function startService(
  env: Record<string, string>,
  options: { settled: boolean } = { settled: true },
): Promise<BenchProcess> {
  const port = await freePort();
  const service = await startProcess(
    "node",
    ["dist/app/main.js"],
    { ...env, PORT: String(port) },
    /IDE: +(\S+)/,
  );
  if (options.settled) await metricsSettled(service.url);
  return service;
}

export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 300_000,
): Promise<BenchProcess> {
  const child = spawn(command, args, {
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail("did not start in time"), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${command} ${args.join(" ")} ${why}:\n${output.slice(-2000)}`));
    };
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      child.stdout?.removeAllListeners("data").resume();
      child.stderr?.removeAllListeners("data").resume();
      resolve(handle(child, match[1]));
    };
    child.stdout?.on("data", watch);
    child.stderr?.on("data", watch);
    child.once("exit", (code) => fail(`exited with code ${code}`));
  });
}

function handle(child: ChildProcess, url: string): BenchProcess {
  return {
    url,
    pid: child.pid ?? 0,
    memory: () => processMemory(child.pid ?? 0),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export function processMemory(pid: number): { rss: number; peakRss: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kib("VmRSS") * 1024, peakRss: kib("VmHWM") * 1024 };
}

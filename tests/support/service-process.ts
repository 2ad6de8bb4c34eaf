import { type ChildProcess, spawn } from "node:child_process";

export interface ServiceProcess {
  /** e.g. http://127.0.0.1:40123/ */
  url: string;
  stop(): Promise<void>;
}

/**
 * The built service (`npm test` builds first) in a process of its own, as `npm start` runs it,
 * with only the environment given here (plus PATH): NODE_ENV and every default apply as they
 * would for a user, not as Jest sets them.
 */
export function startServiceProcess(env: Record<string, string> = {}): Promise<ServiceProcess> {
  const child = spawn("node", ["dist/http/main.js"], {
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", OPEN_BROWSER: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL: (http:\/\/127\.0\.0\.1:\d+\/)graphql/.exec(output);
      if (match) resolve({ url: match[1], stop: () => stop(child) });
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.once("exit", (code) => reject(new Error(`service exited early (${code}): ${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  if (!exited()) child.kill("SIGTERM");
  // Polled, as tests/support/local-neo4j-process.ts does: "exit" did not always reach Jest.
  while (!exited()) await new Promise((resolve) => setTimeout(resolve, 50));
}

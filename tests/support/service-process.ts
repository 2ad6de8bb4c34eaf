import { type ChildProcess, spawn } from "node:child_process";

export interface Exit {
  /** null when a signal ended the process */
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  child: ChildProcess;
  /** Where the service said it serves (the IDE page), e.g. http://127.0.0.1:4000/. */
  url: string;
  port: number;
  exited: Promise<Exit>;
  /** SIGTERM, as a service manager stops it; resolves with how the process ended. */
  stop(): Promise<Exit>;
  /** Resolves when the service has written a line matching this to stderr. */
  saidOnStderr(pattern: RegExp): Promise<void>;
  stderr(): string;
}

/**
 * Runs a command that starts the service and waits until it prints where it serves GraphQL.
 * Rejects with the output if the process exits first.
 */
export function spawnService(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv },
): Promise<ServiceProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let stderr = "";
  const stderrWatchers = new Set<() => void>();
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    stderrWatchers.forEach((watch) => watch());
  });
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    return exited;
  };
  const saidOnStderr = (pattern: RegExp) =>
    new Promise<void>((resolve) => {
      const watch = () => {
        if (!pattern.test(stderr)) return;
        stderrWatchers.delete(watch);
        resolve();
      };
      stderrWatchers.add(watch);
      watch();
    });
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL: (http:\/\/\S+:(\d+)\/)graphql/.exec(output);
      if (!match) return;
      const [, url, port] = match;
      resolve({ child, url, port: Number(port), exited, stop, saidOnStderr, stderr: () => stderr });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("error", reject);
    void exited.then(({ code, signal }) =>
      reject(new Error(`service exited before serving (${code ?? signal}): ${output}`)),
    );
  });
}

/**
 * The built service (`npm test` builds first) on the embedded store, on a free loopback port,
 * as `npm start` runs it unless another command is given; the shell's environment applies.
 */
export function startServiceProcess(
  env: Record<string, string>,
  command: { file: string; args: string[] } = { file: "node", args: ["dist/app/main.js"] },
): Promise<ServiceProcess> {
  return spawnService(command.file, command.args, { env: embeddedServiceEnv(env) });
}

/**
 * The built service with only the environment given here (plus PATH): NODE_ENV and every default
 * apply as they would for a user, not as Jest sets them.
 */
export function startBuiltService(env: Record<string, string> = {}): Promise<ServiceProcess> {
  return spawnService("node", ["dist/app/main.js"], {
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", OPEN_BROWSER: "0", ...env },
  });
}

/** The environment of a service on the embedded store, on loopback, whatever the shell has. */
export function embeddedServiceEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: "",
    HOST: "127.0.0.1",
    PORT: "0",
    OPEN_BROWSER: "0",
    ...extra,
  };
}

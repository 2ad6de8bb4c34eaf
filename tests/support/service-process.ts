import { type ChildProcess, spawn } from "node:child_process";

export interface ServiceProcess {
  child: ChildProcess;
  /** Where the service said it serves (the IDE page), e.g. http://127.0.0.1:4000/. */
  url: string;
  port: number;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** SIGTERM, as a service manager stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs a command that starts the service and waits until it prints where it serves GraphQL.
 * Rejects with the output if the process exits first.
 */
export function startServiceProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv },
): Promise<ServiceProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    return exited;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL: (http:\/\/\S+:(\d+)\/)graphql/.exec(output);
      if (match) resolve({ child, url: match[1], port: Number(match[2]), exited, stop });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("error", reject);
    void exited.then((code) => reject(new Error(`exited before serving (${code}): ${output}`)));
  });
}

/**
 * The built service (`npm test` builds first) as `npm start` runs it, with only the environment
 * given here (plus PATH): NODE_ENV and every default apply as they would for a user, not as Jest
 * sets them.
 */
export function startBuiltService(env: Record<string, string> = {}): Promise<ServiceProcess> {
  return startServiceProcess("node", ["dist/http/main.js"], {
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

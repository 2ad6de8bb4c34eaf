import { type ChildProcess, spawn } from "node:child_process";

export interface ServiceProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the service has written a line matching this to stderr. */
  saidOnStderr(pattern: RegExp): Promise<void>;
  stderr(): string;
}

/**
 * The built service (`npm test` builds first) in a process of its own, on a free port, as
 * `npm start` runs it unless another command is given.
 */
export function startServiceProcess(
  env: Record<string, string>,
  command: { file: string; args: string[] } = { file: "node", args: ["dist/http/main.js"] },
): Promise<ServiceProcess> {
  const child = spawn(command.file, command.args, {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", NEO4J_URI: "", OPEN_BROWSER: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const stderrWatchers = new Set<() => void>();
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    stderrWatchers.forEach((watch) => watch());
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
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
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /GraphQL: (http:\/\/127\.0\.0\.1:\d+\/)graphql/.exec(stdout);
      if (match) resolve({ child, url: match[1], exited, saidOnStderr, stderr: () => stderr });
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`service exited before serving (${code ?? signal}): ${stdout}${stderr}`)),
    );
  });
}

import { describe, expect, it } from "@jest/globals";
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";

/** The built service (`npm test` builds first), as `npm start` runs it. */
function startService(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn("node", ["dist/http/main.js"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", NEO4J_URI: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL: http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.once("exit", (code) => reject(new Error(`service exited early (${code}): ${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe("stopping the service with SIGTERM", () => {
  it("finishes the request in flight, stops accepting, and exits 0", async () => {
    const { child, port } = await startService();
    const exit = exited(child);
    const body = JSON.stringify({ query: `{ character(name: "Luke") { name } }` });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          port,
          host: "127.0.0.1",
          method: "POST",
          path: "/graphql",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      // Half the body now: the request is in flight when SIGTERM arrives, the rest after.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });
    const { status, text } = await answered;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { character: { name: "Luke Cage" } } });
    expect(await exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

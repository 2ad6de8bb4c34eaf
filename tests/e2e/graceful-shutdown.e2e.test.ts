import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { type ClientRequest, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServiceProcess, startServiceProcess } from "../support/service-process";

const KEY = "shutdown-test-key-0123456789";
const QUERY = JSON.stringify({ query: `{ character(name: "Luke") { name } }` });

/**
 * A POST whose body is only half sent: the request is in flight until `finish` sends the rest
 * (a slow client, or a slow upload).
 */
function halfSentRequest(url: string) {
  const { port } = new URL(url);
  let req: ClientRequest | undefined;
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req = request(
      {
        port,
        host: "127.0.0.1",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(QUERY) },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.write(QUERY.slice(0, 10));
  });
  return { answer, finish: () => req?.end(QUERY.slice(10)) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("stopping the service with a signal, in production", () => {
  let dataDir: string;
  const running = new Set<ServiceProcess>();
  const start = async (env: Record<string, string> = {}) => {
    const service = await startServiceProcess({
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      INGEST_API_KEY: KEY,
      ...env,
    });
    running.add(service);
    return service;
  };
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "ensemble-shutdown-"));
  });
  afterEach(() => {
    running.forEach((service) => service.child.kill("SIGKILL"));
    running.clear();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s: finishes the request in flight, stops accepting, and exits 0",
    async (signal) => {
      const service = await start();
      const { answer, finish } = halfSentRequest(service.url);
      await pause(300);
      service.child.kill(signal);
      await service.saidOnStderr(/shutting down/);
      await expect(fetch(`${service.url}healthz`)).rejects.toThrow();
      finish();
      const { status, text } = await answer;
      expect(status).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { character: { name: "Luke Cage" } } });
      expect(await service.exited).toEqual({ code: 0, signal: null });
    },
    60_000,
  );

  it("finishes an ingest in flight, acknowledges it, and keeps it", async () => {
    const service = await start();
    const text = "Claire Temple and Hollis Varga share a cab.\n\n".repeat(400);
    const ingest = fetch(`${service.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        query: `mutation ($text: String!) { ingestDocument(title: "Cab Ride", text: $text) { alreadyPresent } }`,
        variables: { text },
      }),
    });
    await pause(50);
    service.child.kill("SIGTERM");
    const body = await (await ingest).json();
    expect(body).toEqual({ data: { ingestDocument: { alreadyPresent: false } } });
    expect(await service.exited).toEqual({ code: 0, signal: null });

    const restarted = await start();
    const documents = await (
      await fetch(
        `${restarted.url}graphql?query=${encodeURIComponent("{ documents { title } }")}`,
        {
          headers: { "apollo-require-preflight": "true" },
        },
      )
    ).json();
    expect(JSON.stringify(documents)).toContain("Cab Ride");
  }, 60_000);

  it("exits 1 when a request is still in flight at the end of the grace period", async () => {
    const service = await start({ SHUTDOWN_GRACE_MS: "500" });
    const outcome = halfSentRequest(service.url).answer.then(
      () => "answered",
      () => "cut off",
    );
    await pause(300);
    service.child.kill("SIGTERM");
    expect(await service.exited).toEqual({ code: 1, signal: null });
    expect(await outcome).toBe("cut off");
    expect(service.stderr()).toMatch(/end of the grace period/);
  }, 60_000);

  it("exits 1 at once on a second signal", async () => {
    const service = await start({ SHUTDOWN_GRACE_MS: "60000" });
    const outcome = halfSentRequest(service.url).answer.then(
      () => "answered",
      () => "cut off",
    );
    await pause(300);
    service.child.kill("SIGTERM");
    await service.saidOnStderr(/shutting down/);
    service.child.kill("SIGTERM");
    expect(await service.exited).toEqual({ code: 1, signal: null });
    expect(await outcome).toBe("cut off");
  }, 60_000);
});

describe("npm start", () => {
  it("passes SIGTERM on to the service, which stops and exits 0", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ensemble-npm-start-"));
    try {
      const npm = await startServiceProcess(
        { NODE_ENV: "production", DATA_DIR: dataDir },
        { file: "npm", args: ["start", "--silent"] },
      );
      expect((await fetch(`${npm.url}healthz`)).status).toBe(200);
      npm.child.kill("SIGTERM");
      await npm.saidOnStderr(/"stopped"/);
      expect(await npm.exited).toEqual({ code: 0, signal: null });
      await expect(fetch(`${npm.url}healthz`)).rejects.toThrow();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type ServiceProcess, startServiceProcess } from "../support/service-process";
import { type TestServer, startTestServer } from "../support/test-server";

/**
 * The embedded store's promise, tested on real processes killed with SIGKILL: every ingest the
 * mutation acknowledged is served after a restart, and an ingest cut short is there entirely or
 * not at all. What is served is compared with a reference server that ingested the same
 * documents, in the same order, and was never killed.
 */
const KEY = "durable-test-key-0123456789";
const PAUSE_HOOK = resolve("tests/support/pause-journal-writes.cjs");
const NEWCOMERS = ["Odile Varga", "Tomas Ferreira", "Ines Balogun", "Ravi Okafor", "Greta Lund"];
const DOCS = Array.from({ length: 18 }, (_, i) => {
  const a = NEWCOMERS[i % NEWCOMERS.length];
  const b = NEWCOMERS[(i + 2) % NEWCOMERS.length];
  return {
    title: `Harbour Night ${i + 1}`,
    text:
      `Claire Temple stitches up Luke Cage while ${a} keeps watch (night ${i + 1}).\n\n` +
      `Misty Knight questions ${b} about the fire. ${a} and Misty Knight leave together.`,
  };
});
type Doc = (typeof DOCS)[number];

const INGEST = /* GraphQL */ `
  mutation ($title: String!, $text: String!) {
    ingestDocument(title: $title, text: $text) {
      alreadyPresent
      document {
        id
      }
    }
  }
`;
const STATE = /* GraphQL */ `
  {
    documents {
      id
      title
      length
    }
    stats {
      characters
      people
      documents
      relationships
    }
  }
`;

async function ingest(url: string, doc: Doc): Promise<{ alreadyPresent: boolean }> {
  const response = await fetch(`${url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query: INGEST, variables: doc }),
  });
  const body = (await response.json()) as {
    data?: { ingestDocument: { alreadyPresent: boolean } };
  };
  if (!body.data) throw new Error(`ingest refused: ${JSON.stringify(body)}`);
  return body.data.ingestDocument;
}

/** Everything a client can see: documents, counts, and the whole graph with its evidence. */
async function servedState(url: string): Promise<{ titles: string[]; state: string }> {
  const response = await fetch(`${url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: STATE }),
  });
  const body = (await response.json()) as { data: { documents: { title: string }[] } };
  const graph = await (await fetch(`${url}export/graph.json`)).text();
  return {
    titles: body.data.documents.map((d) => d.title).filter((t) => t.startsWith("Harbour")),
    state: `${JSON.stringify(body.data)}\n${graph}`,
  };
}

describe("the embedded store after kill -9", () => {
  let dataDir: string;
  let reference: TestServer;
  const applied: Doc[] = [];
  let inReference = 0;
  const running = new Set<ServiceProcess>();
  const start = async (env: Record<string, string> = {}) => {
    const service = await startServiceProcess({ DATA_DIR: dataDir, INGEST_API_KEY: KEY, ...env });
    running.add(service);
    void service.exited.then(() => running.delete(service));
    return service;
  };
  const kill = async (service: ServiceProcess) => {
    service.child.kill("SIGKILL");
    expect((await service.exited).signal).toBe("SIGKILL");
  };
  /** The reference ingests what the killed service holds, then both must serve the same. */
  const expectServedAsApplied = async (url: string) => {
    for (; inReference < applied.length; inReference++)
      await ingest(reference.url, applied[inReference]);
    const served = await servedState(url);
    expect(served.titles.sort()).toEqual(applied.map((d) => d.title).sort());
    expect(served.state).toBe((await servedState(reference.url)).state);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "ensemble-durable-"));
    reference = await startTestServer(undefined, { INGEST_API_KEY: KEY });
  });
  afterAll(async () => {
    running.forEach((service) => service.child.kill("SIGKILL"));
    await reference.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves every acknowledged ingest after a kill between ingests", async () => {
    const service = await start();
    for (const doc of DOCS.slice(0, 3)) {
      expect(await ingest(service.url, doc)).toMatchObject({ alreadyPresent: false });
      applied.push(doc);
    }
    await kill(service);
    const restarted = await start();
    await expectServedAsApplied(restarted.url);
    expect(await ingest(restarted.url, DOCS[0])).toMatchObject({ alreadyPresent: true });
    await kill(restarted);
  }, 90_000);

  it("keeps all of an ingest or none of it, wherever during the ingest the kill lands", async () => {
    let service = await start();
    const began = Date.now();
    expect(await ingest(service.url, DOCS[3])).toMatchObject({ alreadyPresent: false });
    applied.push(DOCS[3]);
    // Kill points spread over an ingest's duration as measured here, and a little past it.
    const ingestMs = Date.now() - began;
    const delays = [0, 0.15, 0.3, 0.5, 0.7, 0.9, 1.1, 1.4, 1.8, 2.4].map((f) =>
      Math.round(f * ingestMs),
    );
    const outcomes: string[] = [];
    let next = 4;
    for (const delay of delays) {
      const doc = DOCS[next];
      let acknowledged = false;
      const sent = ingest(service.url, doc).then(
        () => (acknowledged = true),
        () => undefined, // the connection dies with the process
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      await kill(service);
      await sent;
      service = await start();
      const { titles } = await servedState(service.url);
      const kept = titles.includes(doc.title);
      if (acknowledged) expect(kept).toBe(true);
      if (kept) {
        applied.push(doc);
        next++;
      }
      outcomes.push(
        `${delay} ms: ${acknowledged ? "acknowledged" : "unanswered"}, ${kept ? "kept" : "absent"}`,
      );
      await expectServedAsApplied(service.url);
    }
    await kill(service);
    if (process.env.ENSEMBLE_PRINT_FIGURES)
      process.stdout.write(`ingest ${ingestMs} ms; kills at ${outcomes.join("; ")}\n`);
  }, 240_000);

  it("drops a record torn by a kill mid-write, and appends cleanly after it", async () => {
    const service = await start({ NODE_OPTIONS: `--require ${PAUSE_HOOK}` });
    const doc = DOCS[16];
    const sent = ingest(service.url, doc).catch(() => "unanswered");
    await service.saidOnStderr(/JOURNAL_HALF_WRITTEN/);
    await kill(service);
    expect(await sent).toBe("unanswered");
    const journal = readFileSync(join(dataDir, "ingests.journal"));
    const restarted = await start();
    await restarted.saidOnStderr(/dropped an ingest cut short by a crash/);
    await expectServedAsApplied(restarted.url);
    expect(readFileSync(join(dataDir, "ingests.journal")).length).toBeLessThan(journal.length);
    expect(await ingest(restarted.url, doc)).toMatchObject({ alreadyPresent: false });
    applied.push(doc);
    await kill(restarted);
    const again = await start();
    await expectServedAsApplied(again.url);
    await kill(again);
  }, 90_000);

  it("keeps an ingest killed after its fsync but before its answer, all of it", async () => {
    const service = await start({ NODE_OPTIONS: `--require ${PAUSE_HOOK}` });
    const doc = DOCS[17];
    const sent = ingest(service.url, doc).catch(() => "unanswered");
    await service.saidOnStderr(/JOURNAL_SYNCED/);
    await kill(service);
    expect(await sent).toBe("unanswered");
    applied.push(doc);
    const restarted = await start();
    await expectServedAsApplied(restarted.url);
    await kill(restarted);
  }, 90_000);
});

describe("a DATA_DIR that cannot hold the journal", () => {
  it("stops start-up with a message that names DATA_DIR", async () => {
    const notADirectory = join(mkdtempSync(join(tmpdir(), "ensemble-data-")), "a-file");
    writeFileSync(notADirectory, "");
    await expect(startServiceProcess({ DATA_DIR: notADirectory })).rejects.toThrow(
      `DATA_DIR="${notADirectory}" cannot hold the journal: ENOTDIR`,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readConfig } from "../../src/app/config";
import { type RunningServer, startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { openEmptyStore } from "../integration/neo4j/support/neo4j-test-database";

const KEY = "same-text-ingest-key-0123456789";
const TEXT = "At the harbour, Ada Ames meets Zora Quill.\n\nLater, Zora Quill and Bo Banks argue.";
const INGEST = /* GraphQL */ `
  mutation ($title: String!, $text: String!) {
    ingestDocument(title: $title, text: $text) {
      alreadyPresent
      document {
        id
        title
      }
      relationshipsAdded
      relationshipsUpdated
    }
  }
`;
const GRAPH = /* GraphQL */ `
  {
    stats {
      documents
      relationships
    }
    character(name: "Zora Quill") {
      mentions
      relationships {
        type
        weight
        evidence {
          start
          document {
            id
          }
        }
      }
    }
  }
`;

async function ask(server: RunningServer, query: string, variables?: object) {
  const response = await fetch(`${server.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { alreadyPresent?: boolean }> };
  if (!body.data) throw new Error(`no answer: ${JSON.stringify(body)}`);
  return body as { data: Record<string, { alreadyPresent?: boolean }> };
}

describe.each([
  ["in memory", async (): Promise<GraphStore> => new MemoryStore()],
  ["on Neo4j", (): Promise<GraphStore> => openEmptyStore()],
])("the same text ingested under another title, %s", (_where, openStore) => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = await openStore();
    await store.load(SMALL_GRAPH);
    server = await startServer(
      readConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        INGEST_API_KEY: KEY,
        // A cold database on a busy machine can take longer than a request normally may.
        REQUEST_TIMEOUT_MS: "120000",
      }),
      store,
    );
  }, 120_000);
  afterAll(() => server?.stop());

  it("is already present, as the document it was first ingested as, and changes nothing", async () => {
    const first = await ask(server, INGEST, { title: "Episode Three", text: TEXT });
    expect(first.data.ingestDocument.alreadyPresent).toBe(false);
    const before = await ask(server, GRAPH);
    const again = await ask(server, INGEST, { title: "Episode Three, Again", text: TEXT });
    expect(again.data.ingestDocument).toEqual({
      ...first.data.ingestDocument,
      alreadyPresent: true,
      relationshipsAdded: 0,
      relationshipsUpdated: 0,
    });
    expect(await ask(server, GRAPH)).toEqual(before);
  });

  it("still takes a text that differs by one character", async () => {
    const { data } = await ask(server, INGEST, { title: "Episode Three", text: `${TEXT}!` });
    expect(data.ingestDocument.alreadyPresent).toBe(false);
  });
});

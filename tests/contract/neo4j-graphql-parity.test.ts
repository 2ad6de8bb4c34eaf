import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readConfig } from "../../src/app/config";
import type { GraphDocument } from "../../src/domain/graph-document";
import { type RunningServer, startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { readGraphFile } from "../../src/app/read-graph-file";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { openEmptyStore } from "../integration/neo4j/support/neo4j-test-database";

/** Every query field, with the arguments that exercise ties, filters and errors. */
const QUERIES: Record<string, string> = {
  character: /* GraphQL */ `
    {
      character(name: "Luke") {
        id
        name
        aliases
        mentions
        confidence
        portrayedBy {
          id
          name
          roles
        }
        metrics {
          degree
          weightedDegree
          betweenness
          pageRank
        }
        relationships(first: 100) {
          type
          role
          weight
          source {
            id
          }
          target {
            id
          }
          evidence {
            quote
            start
            end
            document {
              id
              title
              source
              length
            }
          }
        }
      }
    }
  `,
  unknown: /* GraphQL */ `
    {
      character(name: "Lukas Cagey") {
        id
      }
    }
  `,
  surnames: /* GraphQL */ `
    {
      temple: character(name: "Temple") {
        id
      }
      path(from: "Cage", to: "Wing") {
        characters {
          id
        }
      }
    }
  `,
  sharedSurname: /* GraphQL */ `
    {
      character(name: "Raymond") {
        id
      }
    }
  `,
  characters: /* GraphQL */ `
    {
      characters(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            name
          }
        }
      }
    }
  `,
  search: /* GraphQL */ `
    {
      characters(search: "jones", first: 5) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  `,
  path: /* GraphQL */ `
    {
      path(from: "Luke", via: ["Claire"], to: "Misty") {
        length
        characters {
          id
        }
        steps {
          from {
            id
          }
          to {
            id
          }
          relationship {
            type
            weight
            evidence {
              quote
              start
              end
            }
          }
        }
      }
    }
  `,
  typedPath: /* GraphQL */ `
    {
      path(from: "Matt", to: "Danny", maxHops: 4, types: [INTERACTS_WITH, WORKS_FOR]) {
        characters {
          id
        }
      }
    }
  `,
  filteredPath: /* GraphQL */ `
    {
      path(from: "Matt", to: "Jessica", minWeight: 2) {
        characters {
          id
        }
      }
    }
  `,
  paths: /* GraphQL */ `
    {
      paths(from: "Matt", to: "Luke", k: 5, maxHops: 3) {
        length
        characters {
          id
        }
      }
    }
  `,
  neighbourhood: /* GraphQL */ `
    {
      neighbourhood(of: "Claire", depth: 2) {
        centre {
          id
        }
        members {
          distance
          character {
            id
          }
        }
        relationships {
          type
          source {
            id
          }
          target {
            id
          }
          weight
        }
      }
    }
  `,
  links: /* GraphQL */ `
    {
      links(between: ["Luke", "Matt", "Danny"]) {
        characters {
          id
        }
        linkers {
          id
        }
        connected
        relationships {
          type
          source {
            id
          }
          target {
            id
          }
        }
      }
    }
  `,
  ranking: /* GraphQL */ `
    {
      pr: ranking(metric: PAGERANK, first: 10) {
        rank
        value
        character {
          id
        }
      }
      b: ranking(metric: BETWEENNESS, first: 10) {
        value
        character {
          id
        }
      }
    }
  `,
  communities: /* GraphQL */ `
    {
      communities(seed: 42) {
        modularity
        communities {
          index
          size
          members {
            id
          }
        }
      }
    }
  `,
  stats: /* GraphQL */ `
    {
      stats {
        characters
        people
        organizations
        documents
        relationships
        relationshipsByType {
          type
          count
        }
      }
      documents {
        id
        title
      }
    }
  `,
};

const SMALL_QUERIES: Record<string, string> = {
  ties: /* GraphQL */ `
    {
      path(from: "Ada", to: "Dee") {
        characters {
          id
        }
      }
      paths(from: "Ada", to: "Eve", k: 3) {
        characters {
          id
        }
      }
    }
  `,
  ambiguous: /* GraphQL */ `
    {
      character(name: "Jo") {
        id
      }
    }
  `,
  cypherName: /* GraphQL */ `
    {
      character(name: "O\`Brien") {
        id
        name
      }
    }
  `,
  byDocument: /* GraphQL */ `
    {
      neighbourhood(of: "Dee", depth: 3, documents: ["two"]) {
        members {
          character {
            id
          }
        }
        relationships {
          weight
        }
      }
    }
  `,
};

const INGEST_KEY = "parity-ingest-key-0123456789";

async function serve(store: GraphStore, document: GraphDocument): Promise<RunningServer> {
  await store.load(document);
  return startServer(
    readConfig({ PORT: "0", HOST: "127.0.0.1", INGEST_API_KEY: INGEST_KEY }),
    store,
  );
}

async function ask(server: RunningServer, query: string, variables?: object): Promise<unknown> {
  const response = await fetch(`${server.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${INGEST_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

describe.each([
  ["the seed graph", () => readGraphFile("seeds/graph.json"), QUERIES],
  ["the small graph", async () => SMALL_GRAPH, SMALL_QUERIES],
])("GraphQL answers the same on Neo4j and in memory: %s", (_name, document, queries) => {
  let memory: RunningServer;
  let neo4j: RunningServer;
  beforeAll(async () => {
    const graph = await document();
    memory = await serve(new MemoryStore(), graph);
    neo4j = await serve(await openEmptyStore(), graph);
  }, 120_000);
  afterAll(async () => {
    await memory?.stop();
    await neo4j?.stop();
  });

  it.each(Object.entries(queries))("%s", async (_field, query) => {
    const fromMemory = await ask(memory, query);
    expect(await ask(neo4j, query)).toEqual(fromMemory);
    expect(JSON.stringify(fromMemory)).not.toContain("INTERNAL_SERVER_ERROR");
  });
});

describe("ingest gives the same graph on Neo4j and in memory", () => {
  let memory: RunningServer;
  let neo4j: RunningServer;
  beforeAll(async () => {
    memory = await serve(new MemoryStore(), SMALL_GRAPH);
    neo4j = await serve(await openEmptyStore(), SMALL_GRAPH);
  }, 120_000);
  afterAll(async () => {
    await memory?.stop();
    await neo4j?.stop();
  });

  const INGEST = /* GraphQL */ `
    mutation ($text: String!) {
      ingestDocument(title: "Episode Three", text: $text) {
        alreadyPresent
        document {
          id
          title
          length
        }
        charactersAdded {
          id
          mentions
        }
        charactersUpdated {
          id
          mentions
        }
        relationshipsAdded
        relationshipsUpdated
      }
    }
  `;
  const TEXT =
    "At the harbour, Ada Ames meets Zora Quill.\n\nLater, Zora Quill and Bo Banks argue about the map.";

  it("reports the same additions, and the same graph afterwards, twice over", async () => {
    for (let round = 0; round < 2; round++) {
      const fromMemory = await ask(memory, INGEST, { text: TEXT });
      expect(await ask(neo4j, INGEST, { text: TEXT })).toEqual(fromMemory);
    }
    const after = /* GraphQL */ `
      {
        stats {
          characters
          documents
          relationships
          relationshipsByType {
            type
            count
          }
        }
        character(name: "Zora Quill") {
          mentions
          relationships {
            type
            weight
            source {
              id
            }
            target {
              id
            }
            evidence {
              quote
              start
              end
              document {
                id
              }
            }
          }
        }
      }
    `;
    const fromMemory = await ask(memory, after);
    expect(await ask(neo4j, after)).toEqual(fromMemory);
    expect(JSON.stringify(fromMemory)).toContain('"documents":3');
  });
});

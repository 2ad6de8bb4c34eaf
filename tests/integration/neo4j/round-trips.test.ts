import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { roundTripsPerPath, storeCallsPerList } from "../../../bench/sections/round-trips";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { readGraphFile } from "../../../src/app/read-graph-file";
import { openEmptyStore } from "./support/neo4j-test-database";

const pathWithWaypoint = {
  query: /* GraphQL */ `
    query Path($from: String!, $via: [String!], $to: String!) {
      path(from: $from, via: $via, to: $to) {
        characters {
          name
        }
        steps {
          relationship {
            type
            weight
            source {
              name
            }
            evidence {
              quote
            }
          }
        }
      }
    }
  `,
  variables: { from: "Luke", via: ["Claire"], to: "Misty" },
};

describe("store calls per request on Neo4j (DataLoader batching)", () => {
  let store: Neo4jStore | undefined;
  beforeAll(async () => {
    store = await openEmptyStore();
    await store.load(await readGraphFile("seeds/graph.json"));
  });
  afterAll(() => store?.close());

  it("stays the same whether the list holds 5, 20 or all the characters", async () => {
    const all = (await store!.stats()).characters;
    expect(await storeCallsPerList(store!, [5, 20, all])).toEqual([4, 4, 4]);
  });

  it("answers a path through a waypoint in two statements: the names, then the whole walk", async () => {
    expect(await roundTripsPerPath(store!, pathWithWaypoint)).toEqual({
      storeCalls: { charactersByNameKeys: 1, pathThrough: 1 },
      statements: 2,
    });
  });
});

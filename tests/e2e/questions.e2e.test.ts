import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

/** Answers worked out by hand on the small fixture graph (tests/fixtures/small-graph.ts). */
describe("links, k paths, rankings, communities and filters", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH);
  });
  afterAll(() => server.stop());

  const ids = (list: { id: string }[]) => list.map((c) => c.id);

  it("finds who links three characters", async () => {
    const { data, errors } = await server.graphql<{
      links: {
        characters: { id: string }[];
        linkers: { id: string }[];
        connected: boolean;
        relationships: {
          type: string;
          source: { id: string };
          target: { id: string };
          evidence: unknown[];
        }[];
      };
    }>(/* GraphQL */ `
      {
        links(between: ["Ada", "Dee", "Fay"]) {
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
            evidence {
              quote
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(ids(data!.links.characters)).toEqual(["a", "b", "d", "e", "f"]);
    expect(ids(data!.links.linkers)).toEqual(["b", "e"]);
    expect(data!.links.connected).toBe(true);
    expect(data!.links.relationships.map((r) => `${r.source.id}-${r.type}-${r.target.id}`)).toEqual(
      ["a-FAMILY_OF-b", "a-INTERACTS_WITH-b", "b-INTERACTS_WITH-d", "d-KILLED-e", "e-ENEMY_OF-f"],
    );
    expect(data!.links.relationships.every((r) => r.evidence.length > 0)).toBe(true);
  });

  it("refuses links between fewer than two or more than eight names", async () => {
    for (const between of [["Ada"], Array(9).fill("Ada")]) {
      const { errors } = await server.graphql(
        /* GraphQL */ `
          query ($b: [String!]!) {
            links(between: $b) {
              connected
            }
          }
        `,
        { b: between },
      );
      expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("ranks the k shortest paths, shortest first and ties by id sequence", async () => {
    const { data } = await server.graphql<{ paths: { characters: { id: string }[] }[] }>(
      /* GraphQL */ `
        {
          paths(from: "Ada", to: "Eve", k: 5) {
            characters {
              id
            }
          }
        }
      `,
    );
    expect(data!.paths.map((p) => ids(p.characters).join(""))).toEqual(["abde", "acde"]);
  });

  it("refuses k over 10", async () => {
    const { errors } = await server.graphql(/* GraphQL */ `
      {
        paths(from: "Ada", to: "Eve", k: 11) {
          length
        }
      }
    `);
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0].message).toMatch(/k must not be greater than 10/);
  });

  it("walks only the documents asked for", async () => {
    const query = /* GraphQL */ `
      query ($d: [ID!]) {
        path(from: "Ada", to: "Dee", documents: $d) {
          characters {
            id
          }
        }
      }
    `;
    const one = await server.graphql<{ path: { characters: { id: string }[] } | null }>(query, {
      d: ["one"],
    });
    expect(ids(one.data!.path!.characters)).toEqual(["a", "b", "d"]);
    const two = await server.graphql<{ path: unknown }>(query, { d: ["two"] });
    expect(two.data!.path).toBeNull();
  });

  it("recounts weights by document and filters by minimum weight", async () => {
    const { data } = await server.graphql<{
      character: {
        all: { weight: number }[];
        inTwo: { weight: number; evidence: { document: { id: string } }[] }[];
        heavy: { target: { id: string } }[];
      };
    }>(/* GraphQL */ `
      {
        character(name: "Cy") {
          all: relationships(types: [INTERACTS_WITH]) {
            weight
          }
          inTwo: relationships(documents: ["two"]) {
            weight
            evidence {
              document {
                id
              }
            }
          }
          heavy: relationships(minWeight: 2) {
            target {
              id
            }
          }
        }
      }
    `);
    expect(data!.character.all.map((r) => r.weight)).toEqual([3, 1]);
    expect(data!.character.inTwo).toEqual([
      { weight: 2, evidence: [{ document: { id: "two" } }, { document: { id: "two" } }] },
    ]);
    expect(data!.character.heavy).toEqual([{ target: { id: "d" } }]);
  });

  it("draws a neighbourhood from one document only", async () => {
    const { data } = await server.graphql<{
      neighbourhood: { members: { character: { id: string } }[] };
    }>(/* GraphQL */ `
      {
        neighbourhood(of: "Dee", depth: 3, documents: ["two"]) {
          members {
            character {
              id
            }
          }
        }
      }
    `);
    expect(data!.neighbourhood.members.map((m) => m.character.id)).toEqual(["d", "c"]);
  });

  it("gathers a neighbourhood's relationships only when asked, fragments included", async () => {
    type Circle = {
      neighbourhood: { members: { character: { id: string } }[]; relationships?: unknown[] };
    };
    const membersOnly = await server.graphql<Circle>(/* GraphQL */ `
      {
        neighbourhood(of: "Bo", depth: 2) {
          members {
            character {
              id
            }
          }
        }
      }
    `);
    const viaFragment = await server.graphql<Circle>(/* GraphQL */ `
      {
        neighbourhood(of: "Bo", depth: 2) {
          ...circle
        }
      }
      fragment circle on Neighbourhood {
        members {
          character {
            id
          }
        }
        ... on Neighbourhood {
          relationships {
            type
          }
        }
      }
    `);
    expect(membersOnly.errors).toBeUndefined();
    expect(viaFragment.errors).toBeUndefined();
    expect(membersOnly.data!.neighbourhood.members).toHaveLength(5);
    expect(viaFragment.data!.neighbourhood.members).toEqual(
      membersOnly.data!.neighbourhood.members,
    );
    expect(viaFragment.data!.neighbourhood.relationships).toHaveLength(6);
  });

  it("refuses an unknown document id", async () => {
    const { errors } = await server.graphql(/* GraphQL */ `
      {
        path(from: "Ada", to: "Dee", documents: ["three"]) {
          length
        }
      }
    `);
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0].message).toContain('"three"');
  });

  it("ranks characters by degree, ties by id, and shows metrics on a character", async () => {
    const { data } = await server.graphql<{
      ranking: { rank: number; value: number; character: { id: string } }[];
      character: { metrics: { degree: number; weightedDegree: number } };
    }>(/* GraphQL */ `
      {
        ranking(metric: DEGREE, first: 3) {
          rank
          value
          character {
            id
          }
        }
        character(name: "Dee") {
          metrics {
            degree
            weightedDegree
          }
        }
      }
    `);
    expect(data!.ranking).toEqual([
      { rank: 1, value: 3, character: { id: "d" } },
      { rank: 2, value: 2, character: { id: "a" } },
      { rank: 3, value: 2, character: { id: "b" } },
    ]);
    expect(data!.character.metrics).toEqual({ degree: 3, weightedDegree: 5 });
  });

  it("gives the same communities for the same seed, each character in exactly one", async () => {
    const query = /* GraphQL */ `
      {
        communities(seed: 7) {
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
    `;
    const first = await server.graphql<{
      communities: { communities: { members: { id: string }[] }[] };
    }>(query);
    const again = await server.graphql(query);
    expect(again.data).toEqual(first.data);
    const members = first.data!.communities.communities.flatMap((c) => ids(c.members)).sort();
    expect(members).toEqual(["a", "b", "c", "d", "e", "f", "robert", "x"]);
  });

  it("counts the graph and lists its documents", async () => {
    const { data } = await server.graphql(/* GraphQL */ `
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
    `);
    expect(data).toEqual({
      stats: {
        characters: 8,
        people: 2,
        organizations: 1,
        documents: 2,
        relationships: 7,
        relationshipsByType: [
          { type: "FAMILY_OF", count: 1 },
          { type: "ENEMY_OF", count: 1 },
          { type: "KILLED", count: 1 },
          { type: "MEMBER_OF", count: 1 },
          { type: "INTERACTS_WITH", count: 4 },
        ],
      },
      documents: [
        { id: "one", title: "Episode One" },
        { id: "two", title: "Episode Two" },
      ],
    });
  });
});

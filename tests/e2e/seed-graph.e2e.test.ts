import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { type TestServer, startTestServer } from "../support/test-server";

interface PathData {
  path: {
    length: number;
    characters: { id: string; name: string }[];
    steps: {
      from: { id: string };
      to: { id: string };
      relationship: {
        type: string;
        weight: number | null;
        evidence: {
          quote: string;
          start: number;
          end: number;
          document: { id: string; source: string };
        }[];
      };
    }[];
  } | null;
}

const WHO_LINKS = /* GraphQL */ `
  query WhoLinks($from: String!, $via: [String!], $to: String!) {
    path(from: $from, via: $via, to: $to) {
      length
      characters {
        id
        name
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
            document {
              id
              source
            }
          }
        }
      }
    }
  }
`;

describe("the seed graph over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("links Luke to Claire to Misty, with evidence for every step", async () => {
    const { status, data, errors } = await server.graphql<PathData>(WHO_LINKS, {
      from: "Luke",
      via: ["Claire"],
      to: "Misty",
    });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const path = data!.path!;
    expect(path.characters.map((c) => c.name)).toEqual([
      "Luke Cage",
      "Claire Temple",
      "Misty Knight",
    ]);
    expect(path.length).toBe(2);
    expect(path.steps.map((s) => [s.from.id, s.to.id])).toEqual([
      ["luke-cage", "claire-temple"],
      ["claire-temple", "misty-knight"],
    ]);
    for (const step of path.steps) {
      expect(step.relationship.evidence.length).toBeGreaterThan(0);
      for (const e of step.relationship.evidence) {
        const text = readFileSync(e.document.source, "utf8");
        expect(text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it("keeps the waypoint order", async () => {
    const { data } = await server.graphql<PathData>(WHO_LINKS, {
      from: "Misty",
      via: ["Claire"],
      to: "Luke",
    });
    expect(data!.path!.characters.map((c) => c.id)).toEqual([
      "misty-knight",
      "claire-temple",
      "luke-cage",
    ]);
  });

  it.each([
    ["Luke", "luke-cage"],
    ["cage", "luke-cage"],
    ["LUKE CAGE", "luke-cage"],
    ["Daredevil", "matt-murdock"],
    ["murdock", "matt-murdock"],
    ["luke-cage", "luke-cage"],
  ])("resolves %p to %p", async (name, id) => {
    const { data, errors } = await server.graphql<{ character: { id: string } }>(
      /* GraphQL */ `
        query ($name: String!) {
          character(name: $name) {
            id
          }
        }
      `,
      { name },
    );
    expect(errors).toBeUndefined();
    expect(data!.character.id).toBe(id);
  });

  it("says who plays a character", async () => {
    const { data } = await server.graphql<{ character: { portrayedBy: { name: string }[] } }>(
      /* GraphQL */ `
        {
          character(name: "Luke Cage") {
            portrayedBy {
              name
            }
          }
        }
      `,
    );
    expect(data!.character.portrayedBy.map((p) => p.name)).toContain("Mike Colter");
  });

  it("pages through every character exactly once", async () => {
    const query = /* GraphQL */ `
      query ($after: String) {
        characters(first: 7, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
            }
          }
        }
      }
    `;
    type Page = {
      characters: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string } }[];
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 100; pages++) {
      const response: { data?: Page | null } = await server.graphql<Page>(query, { after });
      const page: Page["characters"] = response.data!.characters;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it("draws a neighbourhood around its centre", async () => {
    const { data } = await server.graphql<{
      neighbourhood: {
        centre: { id: string };
        members: { distance: number; character: { id: string } }[];
      };
    }>(/* GraphQL */ `
      {
        neighbourhood(of: "Claire", depth: 1) {
          centre {
            id
          }
          members {
            distance
            character {
              id
            }
          }
        }
      }
    `);
    const { centre, members } = data!.neighbourhood;
    expect(centre.id).toBe("claire-temple");
    expect(members[0]).toEqual({ distance: 0, character: { id: "claire-temple" } });
    expect(members.map((m) => m.character.id)).toEqual(
      expect.arrayContaining(["luke-cage", "misty-knight"]),
    );
  });
});

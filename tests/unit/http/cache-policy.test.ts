import { describe, expect, it } from "@jest/globals";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { cacheControlFromInfo } from "@apollo/cache-control-types";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { buildSchema } from "graphql";
import { FIELD_MAX_AGE, cachePolicyPlugin } from "../../../src/http/cache-policy.plugin";

/** The shapes the hinted fields have in Ensemble's schema, small enough to read. */
const SDL = /* GraphQL */ `
  type Query {
    character(name: String!): Character
    stats: Stats!
    documents(first: Int): [Doc!]!
  }
  type Mutation {
    ingestDocument(title: String!): Doc!
  }
  type Character {
    name: String!
    friends: [Character!]!
  }
  type Stats {
    characters: Int!
    byType: [TypeCount!]!
  }
  type TypeCount {
    type: String!
    count: Int!
  }
  type Doc {
    id: String!
    title: String!
    cites: [Doc!]!
  }
`;

const ROOT = {
  character: ({ name }: { name: string }) =>
    name === "nobody" ? null : { name, friends: [{ name: "Bo", friends: [] }] },
  stats: { characters: 2, byType: [] },
  documents: ({ first }: { first?: number }) =>
    [{ id: "d1", title: "Recap", cites: [] }].slice(0, first ?? 1),
  ingestDocument: () => ({ id: "d2", title: "More", cites: [] }),
};

/** What the service did before: Apollo's per-field plugin, with the hints set on root fields. */
function perFieldHints(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.path.prev !== undefined) return;
              const maxAge = FIELD_MAX_AGE[`${info.parentType.name}.${info.fieldName}`];
              if (maxAge !== undefined)
                cacheControlFromInfo(info).setCacheHint({ maxAge, scope: "PUBLIC" });
            },
          };
        },
      };
    },
  };
}

async function header(
  plugins: (schema: ReturnType<typeof buildSchema>) => ApolloServerPlugin[],
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string | undefined> {
  const schema = buildSchema(SDL);
  const server = new ApolloServer({ schema, rootValue: ROOT, plugins: plugins(schema) });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    return response.http.headers.get("cache-control");
  } finally {
    await server.stop();
  }
}

const apollos = (defaultMaxAge: number) => () => [
  perFieldHints(),
  ApolloServerPluginCacheControl({ defaultMaxAge }),
];
const ours = (defaultMaxAge: number) => (schema: ReturnType<typeof buildSchema>) => [
  ApolloServerPluginCacheControlDisabled(),
  cachePolicyPlugin(schema, defaultMaxAge),
];

const QUERIES: [string, Record<string, unknown>?][] = [
  [`{ character(name: "Ada") { name friends { name } } }`],
  [`{ character(name: "Ada") { name } stats { characters } }`],
  [`{ stats { characters } }`],
  [`{ documents { id } }`],
  [`{ documents { cites { id } } }`],
  [`{ stats { byType { type } } }`],
  [`{ character(name: "nobody") { name } }`],
  [`{ character(name: "Ada") { ...F } } fragment F on Character { name }`],
  [`{ ... on Query { stats { characters } } character(name: "Ada") { name } }`],
  [
    `query Q($s: Boolean!) { stats @skip(if: $s) { characters } character(name: "Ada") { name } }`,
    { s: true },
  ],
  [
    `query Q($s: Boolean!) { stats @skip(if: $s) { characters } character(name: "Ada") { name } }`,
    { s: false },
  ],
  [`{ __typename }`],
  [`{ __schema { queryType { name } } }`],
  [`{ character { name } }`],
  [`{ nope }`],
  [`mutation { ingestDocument(title: "T") { id } }`],
];

describe("the cache policy, worked out once per document", () => {
  it.each([
    [300, ["max-age=300, public", "max-age=60, public", "no-store"]],
    [60, ["max-age=60, public", "no-store"]],
    [0, ["max-age=60, public", "no-store"]],
  ])(
    "gives every answer the header Apollo's per-field plugin gave it (default max age %i)",
    async (defaultMaxAge, kinds) => {
      const seen = new Set<string | undefined>();
      for (const [query, variables] of QUERIES) {
        const expected = await header(apollos(defaultMaxAge), query, variables);
        expect([query, await header(ours(defaultMaxAge), query, variables)]).toEqual([
          query,
          expected,
        ]);
        seen.add(expected);
      }
      // The answers differ from each other, so the comparison is not of one header to itself.
      expect([...seen].sort()).toEqual(kinds);
    },
  );

  it("never lets an answer be cached longer than Apollo would, when the default is the shortest", async () => {
    // Apollo counts an object field only when the data reaches it (here under an empty list).
    const query = `{ documents(first: 0) { cites { id } } }`;
    expect(await header(apollos(30), query)).toBe("max-age=60, public");
    expect(await header(ours(30), query)).toBe("max-age=30, public");
    expect(await header(ours(30), `{ stats { characters } }`)).toBe("max-age=60, public");
  });
});

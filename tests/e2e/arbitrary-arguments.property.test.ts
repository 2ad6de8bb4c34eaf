import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

/**
 * The codes an arbitrary argument may earn. Anything else (INTERNAL_SERVER_ERROR above all)
 * means an input the server did not anticipate. No other code has been needed: transport
 * refusals (BAD_REQUEST) cannot happen here, as every request is a well-formed JSON POST.
 */
const ACCEPTABLE = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
];
const RUNS = { numRuns: 40, seed: 20240611 };

const NAMES = [
  "Ada",
  "ada ames",
  "Jo",
  "Eve",
  "Xan",
  "robert",
  "Détective Dee",
  "O`Brien",
  "Pat Actor",
];
const ENUMS = ["KILLED", "FAMILY_OF", "INTERACTS_WITH", "DEGREE", "PAGERANK", "killed", "NOPE", ""];

// JSON cannot carry NaN or ±Infinity: JSON.stringify sends them as null, which the server must
// then treat like any other null.
const number = fc.oneof(
  fc.integer(),
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -1e308),
  fc.double(),
);
const shortText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("", " ", "\u0000", "'", '"})', ...NAMES, "one", "two"),
);
// Up to 20 KB in UTF-8: huge for a name, yet a whole request stays under the 256 KiB body limit.
const text = fc.oneof(
  shortText,
  fc.nat({ max: 10_000 }).map((n) => "é".repeat(n)),
);
const scalar = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constantFrom(...ENUMS));
/** Any value a variable may be sent: scalars, lists of them, objects, nothing at all. */
const anything = fc.oneof(
  { weight: 4, arbitrary: scalar },
  {
    weight: 2,
    arbitrary: fc.array(fc.oneof(shortText, number, fc.constant(null)), { maxLength: 30 }),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.string({ minLength: 100 }), { minLength: 50, maxLength: 200 }),
  },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), scalar, { maxKeys: 4 }) },
);
/** Mostly the right kind of value, often out of bounds; sometimes anything at all. */
const mostly = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: anything });
const name = mostly(fc.oneof(fc.constantFrom(...NAMES), text));
const names = mostly(fc.array(fc.oneof(fc.constantFrom(...NAMES), shortText), { maxLength: 12 }));
const int = mostly(number);
const float = mostly(fc.oneof(number, fc.constant(null)));
const types = mostly(
  fc.oneof(fc.constant(null), fc.array(fc.constantFrom(...ENUMS), { maxLength: 25 })),
);
const documents = mostly(
  fc.oneof(
    fc.constant(null),
    fc.array(fc.oneof(fc.constantFrom("one", "two"), shortText), { maxLength: 5 }),
  ),
);
const filters = { types, documents, minWeight: float };
const FILTERS = "$types: [RelationshipType!], $documents: [ID!], $minWeight: Float";
const FILTER_ARGS = "types: $types, documents: $documents, minWeight: $minWeight";

/** One field's query, every argument a variable, and what to send for them (a key may be left out). */
const FIELDS: [string, string, fc.Arbitrary<Record<string, unknown>>][] = [
  [
    "character",
    `query ($name: String!) { character(name: $name) { id } }`,
    fc.record({ name }, { requiredKeys: [] }),
  ],
  [
    "characters",
    `query ($first: Int!, $after: String, $search: String) {
      characters(first: $first, after: $after, search: $search) { totalCount edges { cursor } }
    }`,
    fc.record({ first: int, after: name, search: name }, { requiredKeys: [] }),
  ],
  [
    "path",
    `query ($from: String!, $to: String!, $via: [String!], $maxHops: Int!, ${FILTERS}) {
      path(from: $from, to: $to, via: $via, maxHops: $maxHops, ${FILTER_ARGS}) { length }
    }`,
    fc.record({ from: name, to: name, via: names, maxHops: int, ...filters }, { requiredKeys: [] }),
  ],
  [
    "paths",
    `query ($from: String!, $to: String!, $k: Int!, $maxHops: Int!, ${FILTERS}) {
      paths(from: $from, to: $to, k: $k, maxHops: $maxHops, ${FILTER_ARGS}) { length }
    }`,
    fc.record({ from: name, to: name, k: int, maxHops: int, ...filters }, { requiredKeys: [] }),
  ],
  [
    "neighbourhood",
    `query ($of: String!, $depth: Int!, ${FILTERS}) {
      neighbourhood(of: $of, depth: $depth, ${FILTER_ARGS}) { members { distance } }
    }`,
    fc.record({ of: name, depth: int, ...filters }, { requiredKeys: [] }),
  ],
  [
    "links",
    `query ($between: [String!]!, ${FILTERS}) {
      links(between: $between, ${FILTER_ARGS}) { connected linkers { id } }
    }`,
    fc.record({ between: names, ...filters }, { requiredKeys: [] }),
  ],
  [
    "ranking",
    `query ($metric: Metric!, $first: Int!, ${FILTERS}) {
      ranking(metric: $metric, first: $first, ${FILTER_ARGS}) { rank value }
    }`,
    fc.record(
      { metric: mostly(fc.constantFrom(...ENUMS)), first: int, ...filters },
      { requiredKeys: [] },
    ),
  ],
  [
    "communities",
    `query ($seed: Int!, ${FILTERS}) { communities(seed: $seed, ${FILTER_ARGS}) { modularity } }`,
    fc.record({ seed: int, ...filters }, { requiredKeys: [] }),
  ],
  // stats and documents take no arguments: they get variables nobody declared.
  [
    "stats",
    `{ stats { characters relationships } }`,
    fc.dictionary(fc.string(), anything, { maxKeys: 3 }),
  ],
  ["documents", `{ documents { id title } }`, fc.dictionary(fc.string(), anything, { maxKeys: 3 })],
  [
    "Character.relationships",
    `query ($name: String!, $first: Int!, ${FILTERS}) {
      character(name: $name) { relationships(first: $first, ${FILTER_ARGS}) { type weight } }
    }`,
    fc.record(
      { name: mostly(fc.constantFrom(...NAMES)), first: int, ...filters },
      { requiredKeys: [] },
    ),
  ],
];

describe("arbitrary arguments through variables", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH);
  });
  afterAll(() => server.stop());

  it.each(FIELDS)(
    "answers %s with data or a client error, never a server error",
    async (_field, query, variables) => {
      await fc.assert(
        fc.asyncProperty(variables, async (values) => {
          const response = await fetch(`${server.url}graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query, variables: values }),
          });
          expect([200, 400]).toContain(response.status);
          const text = await response.text();
          for (const leak of ["at /", "node_modules", ".ts:"]) expect(text).not.toContain(leak);
          const body = JSON.parse(text) as {
            data?: unknown;
            errors?: { extensions?: { code?: string } }[];
          };
          expect(body.data !== undefined || body.errors !== undefined).toBe(true);
          for (const error of body.errors ?? []) {
            expect(ACCEPTABLE).toContain(error.extensions?.code);
          }
        }),
        RUNS,
      );
      expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    },
  );
});

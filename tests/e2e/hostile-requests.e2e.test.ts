import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

const KEY = "a-key-of-at-least-16-chars";
const STATS = /* GraphQL */ `
  {
    stats {
      characters
      people
      organizations
      documents
      relationships
    }
  }
`;
const INGEST = /* GraphQL */ `
  mutation {
    ingestDocument(title: "Hostile", text: "Ada Ames meets Zora Quill. Zora Quill and Bo argue.") {
      alreadyPresent
    }
  }
`;
const INJECTIONS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `') MATCH (n) DETACH DELETE n; //`,
  "` MATCH (n) DETACH DELETE n //",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "${7*7}",
  "{{7*7}}",
  "\u0000",
  "x".repeat(10_000),
];
/** What an internal detail looks like in a body: a stack frame, a file path, a source file. */
const LEAKS = ["at /", "node_modules", "/work/", ".ts:"];

interface Answer {
  status: number;
  contentType: string;
  text: string;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
}

describe("hostile requests", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH, { INGEST_API_KEY: KEY });
  });
  afterAll(() => server.stop());

  /** Every answer: never a 5xx, never an internal detail. */
  const send = async (init: RequestInit, search = ""): Promise<Answer> => {
    const response = await fetch(`${server.url}graphql${search}`, init);
    const text = await response.text();
    for (const leak of LEAKS) expect(text).not.toContain(leak);
    expect(response.status).toBeLessThan(500);
    let body: Answer["body"] = null;
    try {
      body = JSON.parse(text) as Answer["body"];
    } catch {
      body = null;
    }
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      text,
      body,
    };
  };
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    send({
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(payload),
    });
  const codes = (answer: Answer) => (answer.body?.errors ?? []).map((e) => e.extensions?.code);
  const stats = async () => (await post({ query: STATS })).body?.data;
  const bearer = { authorization: `Bearer ${KEY}` };

  /** A refusal at the HTTP level: 400, a JSON error with a code, and no data. */
  const expectRefused = (answer: Answer, code: string, status = 400) => {
    expect(answer.status).toBe(status);
    expect(answer.contentType).toMatch(/json/);
    expect(answer.body?.data ?? null).toBeNull();
    expect(codes(answer)).toContain(code);
  };

  describe("documents built to exhaust the server", () => {
    it("refuses a fragment bomb quickly, without running it", async () => {
      const fragments = ["fragment F0 on Query { stats { characters } }"];
      for (let i = 1; i <= 10; i++) {
        fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
      }
      const started = Date.now();
      const answer = await post({ query: `{ ...F10 } ${fragments.join(" ")}` });
      expect(Date.now() - started).toBeLessThan(2000);
      expectRefused(answer, "GRAPHQL_VALIDATION_FAILED");
    });

    it("refuses fragments that spread each other in a circle as a validation failure", async () => {
      const answer = await post({
        query: /* GraphQL */ `
          {
            ...A
          }
          fragment A on Query {
            stats {
              characters
            }
            ...B
          }
          fragment B on Query {
            ...A
          }
        `,
      });
      expectRefused(answer, "GRAPHQL_VALIDATION_FAILED");
    });

    it("refuses a document that does not parse as a parse failure, not a server error", async () => {
      for (const query of ["{", "{ stats { characters }", "query {{ stats }", "}{"]) {
        expectRefused(await post({ query }), "GRAPHQL_PARSE_FAILED");
      }
    });

    it("refuses 10,000 waypoints, 10,000 characters to link and 10,000 types", async () => {
      const names = Array.from({ length: 10_000 }, (_, i) => `Name ${i}`);
      const requests: [string, Record<string, unknown>][] = [
        [
          /* GraphQL */ `
            query ($via: [String!]) {
              path(from: "Ada", via: $via, to: "Eve") {
                length
              }
            }
          `,
          { via: names },
        ],
        [
          /* GraphQL */ `
            query ($between: [String!]!) {
              links(between: $between) {
                connected
              }
            }
          `,
          { between: names },
        ],
        [
          /* GraphQL */ `
            query ($types: [RelationshipType!]) {
              ranking(metric: DEGREE, types: $types) {
                rank
              }
            }
          `,
          { types: Array<string>(10_000).fill("KILLED") },
        ],
      ];
      for (const [query, variables] of requests) {
        const answer = await post({ query, variables });
        expect(answer.body?.data ?? null).toBeNull();
        expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
      }
    });
  });

  describe("bodies and methods GraphQL does not speak", () => {
    it("answers malformed JSON with a 400 JSON error, not an HTML page", async () => {
      for (const body of [
        "{ not json",
        '{"query": "{ stats { characters } }"',
        "null",
        "5",
        '"x"',
      ]) {
        const answer = await send({
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        expectRefused(answer, "BAD_REQUEST");
      }
    });

    it("runs nothing sent as text/plain, multipart, form data, XML or without a content type", async () => {
      const before = await stats();
      const json = JSON.stringify({ query: INGEST });
      const bodies: [string | null, string][] = [
        ["text/plain", json],
        ["text/plain; charset=utf-8", json],
        ["application/x-www-form-urlencoded", `query=${encodeURIComponent(INGEST)}`],
        [
          "multipart/form-data; boundary=xyz",
          `--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--xyz--\r\n`,
        ],
        ["application/xml", `<query>${INGEST}</query>`],
        [null, json],
      ];
      for (const [contentType, body] of bodies) {
        for (const preflight of [{}, { "apollo-require-preflight": "true" }] as Record<
          string,
          string
        >[]) {
          const headers: Record<string, string> = { ...bearer, ...preflight };
          if (contentType) headers["content-type"] = contentType;
          // A Blob without a type keeps fetch from adding text/plain on its own.
          const payload = contentType ? body : new Blob([body]);
          expectRefused(await send({ method: "POST", headers, body: payload }), "BAD_REQUEST");
        }
      }
      expect(await stats()).toEqual(before);
    });

    it("refuses a mutation sent by GET with 405 and writes nothing", async () => {
      const before = await stats();
      const answer = await send(
        { headers: { ...bearer, "apollo-require-preflight": "true" } },
        `?query=${encodeURIComponent(INGEST)}`,
      );
      expectRefused(answer, "BAD_REQUEST", 405);
      expect(await stats()).toEqual(before);
    });
  });

  describe("cross-site requests a browser would send without asking", () => {
    it("refuses simple POSTs and GETs without the preflight header, and writes nothing", async () => {
      const before = await stats();
      const simplePosts: [string, string][] = [
        ["text/plain", JSON.stringify({ query: INGEST })],
        ["application/x-www-form-urlencoded", `query=${encodeURIComponent(INGEST)}`],
      ];
      for (const [contentType, body] of simplePosts) {
        const headers = { ...bearer, "content-type": contentType };
        expectRefused(await send({ method: "POST", headers, body }), "BAD_REQUEST");
      }
      const get = await send({}, `?query=${encodeURIComponent(STATS)}`);
      expectRefused(get, "BAD_REQUEST");
      expect(get.text).toMatch(/Cross-Site Request Forgery/);
      expect(await stats()).toEqual(before);
    });
  });

  describe("injection strings in every string argument", () => {
    /** Each string argument, as the selection that takes it from $s and the type $s has. */
    const FIELDS: [string, string][] = [
      ["character.name", `character(name: $s) { id }`],
      ["characters.search", `characters(search: $s) { totalCount }`],
      ["characters.after", `characters(after: $s) { totalCount }`],
      ["path.from", `path(from: $s, to: "Eve") { length }`],
      ["path.to", `path(from: "Ada", to: $s) { length }`],
      ["path.via", `path(from: "Ada", via: [$s], to: "Eve") { length }`],
      ["path.documents", `path(from: "Ada", to: "Eve", documents: [$s]) { length }`],
      ["paths.from", `paths(from: $s, to: "Eve") { length }`],
      ["paths.to", `paths(from: "Ada", to: $s) { length }`],
      ["paths.documents", `paths(from: "Ada", to: "Eve", documents: [$s]) { length }`],
      ["neighbourhood.of", `neighbourhood(of: $s) { members { distance } }`],
      [
        "neighbourhood.documents",
        `neighbourhood(of: "Ada", documents: [$s]) { members { distance } }`,
      ],
      ["links.between", `links(between: ["Ada", $s]) { connected }`],
      ["links.documents", `links(between: ["Ada", "Eve"], documents: [$s]) { connected }`],
      ["ranking.documents", `ranking(metric: DEGREE, documents: [$s]) { rank }`],
      ["communities.documents", `communities(documents: [$s]) { modularity }`],
      [
        "relationships.documents",
        `character(name: "Ada") { relationships(documents: [$s]) { type } }`,
      ],
    ];

    it("answers each with data or NOT_FOUND / BAD_USER_INPUT, as JSON, and leaves the graph as it was", async () => {
      const before = await stats();
      for (const [, selection] of FIELDS) {
        const type = selection.includes("documents: [$s]") ? "ID!" : "String!";
        for (const s of INJECTIONS) {
          const viaVariable = await post({
            query: `query ($s: ${type}) { ${selection} }`,
            variables: { s },
          });
          // The same string as a literal in the document, escaped as GraphQL strings are.
          const literal = selection.replace("$s", JSON.stringify(s));
          for (const answer of [viaVariable, await post({ query: `{ ${literal} }` })]) {
            expect(answer.contentType).toMatch(/^application\/json/);
            expect(answer.body?.data !== undefined || answer.body?.errors !== undefined).toBe(true);
            for (const code of codes(answer))
              expect(["NOT_FOUND", "BAD_USER_INPUT"]).toContain(code);
          }
        }
      }
      expect(await stats()).toEqual(before);
      const robert = await post({ query: `{ character(name: "robert") { name } }` });
      expect(robert.body?.data).toEqual({ character: { name: SMALL_GRAPH.characters[7].name } });
    });
  });

  describe("requests that once reached INTERNAL_SERVER_ERROR", () => {
    /** The lines the server logs while `act` runs. */
    const logsDuring = async (act: () => Promise<void>): Promise<string[]> => {
      const logged: string[] = [];
      const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
        logged.push(String(chunk));
        return true;
      });
      try {
        await act();
      } finally {
        spy.mockRestore();
      }
      return logged;
    };

    it("refuses an anonymous operation sent with an operation name, whatever the name", async () => {
      for (const operationName of ["", "Stats", " ", "__proto__", "constructor"]) {
        const answer = await post({ query: STATS, operationName });
        expectRefused(answer, "OPERATION_RESOLUTION_FAILURE");
      }
      const named = await post({ query: `query Stats ${STATS}`, operationName: "Stats" });
      expect(named.status).toBe(200);
    });

    it("refuses variables, extensions and batches nested 10,000 deep, by POST and by GET", async () => {
      // Written as text: JSON.stringify itself overflows on such a value.
      const deep = "[".repeat(10_000) + "]".repeat(10_000);
      const query = JSON.stringify(
        `query ($via: [String!]) { path(from: "Ada", via: $via, to: "Eve") { length } }`,
      );
      const stats = JSON.stringify(STATS);
      const bodies = [
        `{"query":${query},"variables":{"via":${deep}}}`,
        `{"query":${stats},"variables":{"unused":${deep}}}`,
        `{"query":${stats},"extensions":{"deep":${deep}}}`,
        `[{"query":${stats},"variables":{"deep":${deep}}}]`,
      ];
      for (const body of bodies) {
        const headers = { "content-type": "application/json" };
        expectRefused(await send({ method: "POST", headers, body }), "BAD_REQUEST");
      }
      const deepText = "[".repeat(2_000) + "]".repeat(2_000);
      const get = await send(
        { headers: { "apollo-require-preflight": "true" } },
        `?query=${encodeURIComponent(JSON.parse(query) as string)}&variables=${encodeURIComponent(`{"via":${deepText}}`)}`,
      );
      expectRefused(get, "BAD_REQUEST");
    });

    it("answers a persisted query whose hash does not match, or of another version, as a client error and logs no error", async () => {
      const sha256Hash = createHash("sha256").update("{ stats { people } }").digest("hex");
      const logged = await logsDuring(async () => {
        const mismatch = await post({
          query: STATS,
          extensions: { persistedQuery: { version: 1, sha256Hash } },
        });
        expectRefused(mismatch, "BAD_REQUEST");
        const version = await post({ extensions: { persistedQuery: { version: 2, sha256Hash } } });
        expectRefused(version, "BAD_REQUEST");
        const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
        expect(codes(unknown)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
      });
      expect(logged.filter((line) => /"level":"error"/.test(line))).toEqual([]);
    });
  });

  describe("ingest without the right key", () => {
    it("is UNAUTHENTICATED for no key, a wrong key, a near miss or another scheme, and writes nothing", async () => {
      const before = await stats();
      const attempts: Record<string, string>[] = [
        {},
        { authorization: "Bearer wrong-key-wrong-key-wrong" },
        { authorization: `Bearer ${KEY.slice(0, -1)}` },
        { authorization: `Bearer ${KEY}x` },
        { authorization: `Bearer ${KEY.toUpperCase()}` },
        { authorization: KEY },
        { authorization: `Basic ${Buffer.from(`user:${KEY}`).toString("base64")}` },
        { authorization: `Bearer ' OR 1=1 --` },
        { authorization: `Bearer ${"k".repeat(8000)}` },
      ];
      for (const headers of attempts) {
        const answer = await post({ query: INGEST }, headers);
        expect(answer.body?.data ?? null).toBeNull();
        expect(codes(answer)).toEqual(["UNAUTHENTICATED"]);
      }
      expect(await stats()).toEqual(before);
    });
  });

  describe("afterwards", () => {
    it("keeps serving ordinary questions after all of the above", async () => {
      const answer = await post({ query: `{ path(from: "Ada", to: "Eve") { length } }` });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { path: { length: 3 } } });
      expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    });
  });
});

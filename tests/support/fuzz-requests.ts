import fc from "fast-check";
import { mutatedExample, schemaDocument } from "./fuzz-documents";

/** One HTTP request to /graphql, as plain data so a failure can be printed and replayed. */
export interface FuzzRequest {
  method: "GET" | "POST";
  /** Query string, with its "?", for a GET. */
  search: string;
  headers: Record<string, string>;
  body?: string;
}

const operationName = fc.oneof(
  { weight: 20, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", " ", "Stats", "WhoLinks", "__proto__", "constructor"),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 42, {}, ["x"], true) },
);

/** A value nested `depth` levels deep, arrays and objects in turn. */
const nested = fc.integer({ min: 2, max: 60 }).map((depth) => {
  let value: unknown = "core";
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { deeper: value };
  return value;
});
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("Ada", "PAGERANK", "KILLED", "one"),
);
const variables = fc.oneof(
  { weight: 12, arbitrary: fc.constant(undefined) },
  {
    weight: 6,
    arbitrary: fc.dictionary(fc.constantFrom("name", "first", "via", "m", "x"), scalar),
  },
  { weight: 1, arbitrary: nested.map((deep) => ({ x: deep })) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "x", 5, [], [1, 2]) },
);
const extensions = fc.oneof(
  { weight: 40, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.record({
      persistedQuery: fc.record({
        version: fc.constantFrom<unknown>(1, 2, "1", null),
        sha256Hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.string()),
      }),
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "x", [], { persistedQuery: null }) },
  { weight: 1, arbitrary: nested.map((deep) => ({ deep })) },
);
const query = fc.oneof(
  { weight: 16, arbitrary: schemaDocument },
  { weight: 12, arbitrary: mutatedExample },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, "", 5, null, ["{ stats }"]) },
);
/** One GraphQL request's parameters: a key left undefined is not sent. */
const operation = fc.record({ query, variables, operationName, extensions });

/** Mostly what a GraphQL client sends, so that most requests reach GraphQL itself. */
const usually = <T>(usual: T[], odd: T[]) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...usual) },
    { weight: 1, arbitrary: fc.constantFrom(...odd) },
  );
const headers = fc
  .record({
    "content-type": usually(
      ["application/json", "application/json; charset=utf-8"],
      [
        "application/graphql-response+json",
        "application/graphql",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin1",
        "",
      ],
    ),
    accept: usually(
      ["", "application/json", "application/graphql-response+json", "*/*"],
      ["application/graphql-response+json, application/json;q=0.9", "text/html", "application/xml"],
    ),
    // Without it Apollo refuses every GET (CSRF prevention).
    "apollo-require-preflight": usually(["true"], [""]),
    authorization: usually([""], ["Bearer wrong-key-wrong-key", "Basic eA==", "Bearer"]),
  })
  .map(
    (h) =>
      Object.fromEntries(Object.entries(h).filter(([, v]) => v !== "")) as Record<string, string>,
  );

const post: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.oneof(
      { weight: 5, arbitrary: operation },
      { weight: 2, arbitrary: fc.array(operation, { minLength: 0, maxLength: 7 }) },
    ),
    headers,
    usually(["whole"], ["truncated"]),
  )
  .map(([payload, h, shape]) => {
    const body = JSON.stringify(payload);
    return {
      method: "POST",
      search: "",
      headers: h,
      body: shape === "whole" ? body : body.slice(0, Math.floor(body.length / 2)),
    };
  });

const get: fc.Arbitrary<FuzzRequest> = fc
  .tuple(operation, headers, fc.boolean())
  .map(([{ query: q, variables: v, operationName: name, extensions: e }, h, brokenVariables]) => {
    const params = new URLSearchParams();
    if (q !== undefined) params.set("query", typeof q === "string" ? q : JSON.stringify(q));
    if (v !== undefined)
      params.set("variables", brokenVariables ? `${JSON.stringify(v)}}` : JSON.stringify(v));
    if (name !== undefined)
      params.set("operationName", typeof name === "string" ? name : JSON.stringify(name));
    if (e !== undefined) params.set("extensions", JSON.stringify(e));
    const withoutBody = { ...h };
    delete withoutBody["content-type"];
    return { method: "GET", search: `?${params}`, headers: withoutBody };
  });

/** Any request a client could send to /graphql: mostly POST, some GET. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 3, arbitrary: post },
  { weight: 1, arbitrary: get },
);

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

const KEY = "body-limit-test-key-0123456789";
const MAX_BYTES = 400_000;
const INGEST = /* GraphQL */ `
  mutation ($title: String!, $text: String!) {
    ingestDocument(title: $title, text: $text) {
      alreadyPresent
    }
  }
`;

/** A text of about `bytes` UTF-8 bytes, mostly é (two bytes each), in paragraphs. */
function textOf(bytes: number): string {
  const paragraph = "Ada Ames orders a café crème at Bo Banks's café; éééééééééééééééééé.\n\n";
  const text = paragraph.repeat(Math.ceil(bytes / Buffer.byteLength(paragraph)));
  return text.slice(0, text.length - Math.ceil((Buffer.byteLength(text) - bytes) / 2));
}

/** JSON as Python's json.dumps writes it by default: every non-ASCII character as \uXXXX. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

describe("the request body limit follows INGEST_MAX_BYTES", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH, {
      INGEST_API_KEY: KEY,
      INGEST_MAX_BYTES: String(MAX_BYTES),
    });
  });
  afterAll(() => server.stop());

  const post = (body: string) =>
    fetch(`${server.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
      body,
    });

  it("takes a text just within the ingest limit, even escaped to ASCII, well over 256 KiB", async () => {
    const text = textOf(MAX_BYTES - 10);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_BYTES);
    const body = asciiJson({ query: INGEST, variables: { title: "Long Night", text } });
    expect(body.length).toBeGreaterThan(1.5 * MAX_BYTES);
    const response = await post(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ingestDocument: { alreadyPresent: false } } });
  });

  it("refuses a text over the ingest limit by its size, with a code, not with a 413", async () => {
    const text = textOf(MAX_BYTES + 10);
    const response = await post(asciiJson({ query: INGEST, variables: { title: "Longer", text } }));
    const body = (await response.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(body.errors[0].message).toMatch(/the limit is 400000/);
  });

  it("still refuses a body larger than any ingest needs", async () => {
    const padding = "x".repeat(3 * MAX_BYTES + 64 * 1024);
    const response = await post(JSON.stringify({ query: "{ stats { characters } }", padding }));
    expect(response.status).toBe(413);
  });
});

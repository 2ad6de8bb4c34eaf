import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

const KEY = "test-ingest-key-0123456789";
const TEXT =
  "At the harbour, Ada Ames meets Zora Quill.\n\nLater, Zora Quill and Bo argue about the map.";
const INGEST = /* GraphQL */ `
  mutation ($title: String!, $text: String!) {
    ingestDocument(title: $title, text: $text) {
      alreadyPresent
      document {
        id
        title
        length
      }
      charactersAdded {
        id
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
const STATS = /* GraphQL */ `
  {
    stats {
      characters
      documents
      relationships
    }
  }
`;

describe("ingesting a document over GraphQL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH, { INGEST_API_KEY: KEY, INGEST_MAX_BYTES: "2000" });
  });
  afterAll(() => server.stop());

  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

  it("refuses without a key, or with a wrong one, and writes nothing", async () => {
    const before = await server.graphql(STATS);
    for (const headers of [{}, bearer("wrong-key-wrong-key-wrong"), { authorization: KEY }]) {
      const { errors } = await server.graphql(
        INGEST,
        { title: "Episode Three", text: TEXT },
        headers,
      );
      expect(errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect((await server.graphql(STATS)).data).toEqual(before.data);
  });

  it("refuses a text over the size limit and writes nothing", async () => {
    const before = await server.graphql(STATS);
    const { errors } = await server.graphql(
      INGEST,
      { title: "Long", text: "Ada Ames waits. ".repeat(200) },
      bearer(KEY),
    );
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0].message).toMatch(/the limit is 2000/);
    expect((await server.graphql(STATS)).data).toEqual(before.data);
  });

  it("refuses a work the curation does not know, naming the ones it does, and writes nothing", async () => {
    const before = await server.graphql(STATS);
    const { errors } = await server.graphql(
      /* GraphQL */ `
        mutation ($text: String!) {
          ingestDocument(title: "Elsewhere", text: $text, work: "No Such Show") {
            alreadyPresent
          }
        }
      `,
      { text: TEXT },
      bearer(KEY),
    );
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0].message).toMatch(/No Such Show.*Marvel Netflix/);
    expect((await server.graphql(STATS)).data).toEqual(before.data);
  });

  it("adds new characters, gives known ones more mentions, and links them with evidence", async () => {
    const { data, errors } = await server.graphql<{ ingestDocument: Record<string, unknown> }>(
      INGEST,
      { title: "Episode Three", text: TEXT },
      bearer(KEY),
    );
    expect(errors).toBeUndefined();
    expect(data!.ingestDocument).toMatchObject({
      alreadyPresent: false,
      document: { title: "Episode Three", length: TEXT.length },
      charactersAdded: [{ id: "zora-quill" }],
      charactersUpdated: [
        { id: "a", mentions: 3 },
        { id: "b", mentions: 3 },
      ],
    });
    const { data: path } = await server.graphql<{
      path: {
        steps: { relationship: { evidence: { quote: string; start: number; end: number }[] } }[];
      };
    }>(/* GraphQL */ `
      {
        path(from: "Zora Quill", to: "Bo") {
          steps {
            relationship {
              evidence {
                quote
                start
                end
              }
            }
          }
        }
      }
    `);
    const [evidence] = path!.path.steps[0].relationship.evidence;
    expect(TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect((await server.graphql(STATS)).data).toEqual({
      stats: { characters: 9, documents: 3, relationships: 9 },
    });
  });

  it("changes nothing when the same document comes again", async () => {
    const before = await server.graphql(STATS);
    const { data } = await server.graphql<{ ingestDocument: { alreadyPresent: boolean } }>(
      INGEST,
      { title: "Episode Three", text: TEXT },
      bearer(KEY),
    );
    expect(data!.ingestDocument.alreadyPresent).toBe(true);
    expect((await server.graphql(STATS)).data).toEqual(before.data);
  });

  it("grows a relationship's weight when a new document repeats it", async () => {
    const text = "Ada Ames and Bo Banks share a meal.";
    await server.graphql(INGEST, { title: "Episode Four", text }, bearer(KEY));
    const { data } = await server.graphql<{
      character: { relationships: { weight: number; evidence: unknown[] }[] };
    }>(/* GraphQL */ `
      {
        character(name: "Ada") {
          relationships(types: [INTERACTS_WITH], first: 1) {
            weight
            evidence {
              quote
            }
          }
        }
      }
    `);
    expect(data!.character.relationships[0]).toMatchObject({ weight: 3 });
    expect(data!.character.relationships[0].evidence).toHaveLength(3);
  });
});

describe("ingest with no key configured", () => {
  it("is turned off", async () => {
    const server = await startTestServer(SMALL_GRAPH);
    try {
      const { errors } = await server.graphql(
        INGEST,
        { title: "T", text: TEXT },
        { authorization: "Bearer anything-at-all-here" },
      );
      expect(errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(errors?.[0].message).toMatch(/turned off/);
    } finally {
      await server.stop();
    }
  });
});

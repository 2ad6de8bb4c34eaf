import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { GraphDocument } from "../../src/domain/graph-document";
import { readGraphFile } from "../../src/app/read-graph-file";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { startTestServer } from "../support/test-server";

/** The real server, with the embeds framable from `frameAncestors`. */
async function startEmbedServer(document: GraphDocument, frameAncestors: string[]) {
  const server = await startTestServer(document, { EMBED_ORIGINS: frameAncestors.join(",") });
  const url = server.url.replace(/\/$/, "");
  return { url, get: (path: string) => fetch(url + path), stop: () => server.stop() };
}

type EmbedServer = Awaited<ReturnType<typeof startEmbedServer>>;

/** The small fixture with one more character whose name is markup. */
const HOSTILE_NAME = `<img src=x onerror="alert(1)"> & </script><!-- Robert`;
const HOSTILE_GRAPH: GraphDocument = {
  ...SMALL_GRAPH,
  characters: [
    ...SMALL_GRAPH.characters,
    { ...SMALL_GRAPH.characters[0], id: "markup", name: HOSTILE_NAME, aliases: [] },
  ],
  relationships: [
    ...SMALL_GRAPH.relationships,
    { ...SMALL_GRAPH.relationships[0], source: "markup", target: "b" },
  ],
};

function decodeEntities(html: string): string {
  return html.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

function embeddedJson(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(
    html,
  );
  if (!match) throw new Error(`no ${id} in the page`);
  return JSON.parse(match[1]);
}

describe("the embed widgets over HTTP", () => {
  let seed: EmbedServer;
  let small: EmbedServer;
  beforeAll(async () => {
    seed = await startEmbedServer(await readGraphFile("seeds/graph.json"), [
      "https://wiki.example",
    ]);
    small = await startEmbedServer(HOSTILE_GRAPH, []);
  });
  afterAll(async () => {
    await seed?.stop();
    await small?.stop();
  });

  it("lets only the configured wikis (and the service itself) frame a widget", async () => {
    const framed = await seed.get("/embed/character/luke-cage");
    expect(framed.headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; frame-ancestors 'self' https://wiki.example",
    );
    const unframed = await small.get("/embed/character/a");
    expect(unframed.headers.get("content-security-policy")).toMatch(/frame-ancestors 'self'$/);
  });

  it("sends the safety headers on every embed page, errors included", async () => {
    for (const path of ["/embed", "/embed/character/luke-cage", "/embed/character/nobody"]) {
      const response = await seed.get(path);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    }
  });

  it("lets caches keep a widget for five minutes, but never an error", async () => {
    for (const path of ["/embed", "/embed/character/Luke", "/embed/path?from=Luke&to=Misty"]) {
      const response = await seed.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    }
    const missing = await seed.get("/embed/character/Lukke%20Kage");
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });

  it("says an unknown name is not found and suggests the nearest names", async () => {
    const response = await seed.get("/embed/character/Mistie");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("No character is called");
    expect(html).toContain('<a href="/embed/character/Misty%20Knight">Misty Knight</a>');
    const path = await seed.get("/embed/path?from=Luke&to=Mistie");
    expect(path.status).toBe(404);
    await expect(path.text()).resolves.toContain("Misty Knight");
  });

  it("lists the candidates for a name several characters share", async () => {
    const response = await small.get("/embed/character/Jo");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Ada Ames (a)");
    expect(html).toContain("Cy Cole (c)");
  });

  it("refuses a depth other than 1 or 2", async () => {
    const response = await seed.get("/embed/character/luke-cage?depth=5");
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("escapes a name full of Cypher and reads it back exactly from the page's JSON", async () => {
    const html = await (await small.get("/embed/character/robert")).text();
    const name = SMALL_GRAPH.characters.find((c) => c.id === "robert")?.name ?? "";
    const markup = html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, "");
    expect(markup).not.toContain(name);
    expect(decodeEntities(markup)).toContain(name);
    const view = embeddedJson(html, "circle-data") as { centre: { name: string } };
    expect(view.centre.name).toBe(name);
  });

  it("never lets a name that is markup become markup", async () => {
    for (const path of ["/embed/character/markup", "/embed/character/b"]) {
      const html = await (await small.get(path)).text();
      expect(html).not.toContain("<img");
      expect(html).not.toContain("</script><!--");
      // The data element and the three scripts (library, layout, widget): none closed early.
      expect(html.match(/<\/script>/g)).toHaveLength(4);
      const view = embeddedJson(html, "circle-data") as { characters: { name: string }[] };
      expect(view.characters.map((c) => c.name)).toContain(HOSTILE_NAME);
    }
  });

  it("shows a path as its characters with each step's type and evidence", async () => {
    const response = await seed.get("/embed/path?from=Luke&via=Claire&to=Misty");
    const html = await response.text();
    const stops = [...html.matchAll(/<li class="stop[^"]*">([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(stops).toEqual(["Luke Cage", "Claire Temple", "Misty Knight"]);
    expect(html.match(/<li class="step">/g)).toHaveLength(2);
    expect(html).toContain("<blockquote>");
  });

  it("says so kindly when no path joins two characters", async () => {
    const response = await small.get("/embed/path?from=Ada&to=Xan");
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toContain("No path joins Ada Ames to Xan Xu");
  });

  it("asks for both ends of a path", async () => {
    const response = await seed.get("/embed/path?from=Luke");
    expect(response.status).toBe(400);
  });

  it("offers each widget with a preview and a snippet to paste", async () => {
    const html = await (await seed.get("/embed")).text();
    expect(html).toContain('<iframe src="/embed/character/luke-cage"');
    expect(html).toContain('<iframe src="/embed/path?from=Luke&amp;to=Misty&amp;via=Claire"');
    const snippets = [...html.matchAll(/<textarea[^>]*>([^<]*)<\/textarea>/g)].map((m) =>
      decodeEntities(m[1]),
    );
    expect(snippets).toHaveLength(2);
    expect(snippets[0]).toMatch(
      new RegExp(
        `^<iframe src="${seed.url}/embed/character/luke-cage" width="\\d+" height="\\d+" title="Luke Cage's circle of relationships" loading="lazy" style="border:0;max-width:100%"></iframe>$`,
      ),
    );
    expect(snippets[1]).toContain(
      `src="${seed.url}/embed/path?from=Luke&amp;to=Misty&amp;via=Claire"`,
    );
  });

  it("builds a snippet for the character the form names, and suggests names for a misspelt one", async () => {
    const html = await (await seed.get("/embed?character=Daredevil&depth=2")).text();
    expect(html).toContain('<iframe src="/embed/character/matt-murdock?depth=2"');
    const missing = await (await seed.get("/embed?character=Jesica%20Jones")).text();
    expect(missing).toContain('href="/embed?character=Jessica+Jones&amp;depth=1"');
    expect((await seed.get("/embed?character=Jessica&depth=5")).status).toBe(400);
  });

  it("serves the drawing library from node_modules and nothing it was not asked for", async () => {
    const library = await seed.get("/embed/vendor/cytoscape.min.js");
    expect(library.status).toBe(200);
    expect(library.headers.get("content-type")).toContain("javascript");
    expect((await seed.get("/embed/vendor/..%2Fpackage.json")).status).toBe(404);
    expect((await seed.get("/embed/assets/circle.js")).status).toBe(200);
  });
});

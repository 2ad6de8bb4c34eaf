import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { type TestServer, startTestServer } from "../support/test-server";

const SCREENSHOTS = "tests/screenshots";
const CORPUS = readdirSync("seeds/corpus")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(`seeds/corpus/${f}`, "utf8"))
  .join("\n");

declare global {
  interface Window {
    /** What explore.js exposes about its drawing. */
    ensembleExplorer: {
      counts(): { nodes: number; edges: number };
      selected(): string | null;
      pagePosition(id: string): { x: number; y: number };
      highlighted(): string[];
    };
  }
}

interface NodeLinkGraph {
  nodes: { id: string }[];
  links: { source: string; target: string; type: string }[];
}

describe("the explorer in a real browser", () => {
  let server: TestServer;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    url = server.url.replace(/\/$/, "");
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens the explorer, recording console errors and requests to any other origin. */
  async function open(viewport = { width: 1280, height: 800 }) {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => !r.url().startsWith(url) && foreign.push(r.url()));
    await page.goto(`${url}/explore`);
    await page.waitForSelector("body[data-ready]");
    return { page, problems, foreign };
  }

  const drawnEdges = (page: Page) =>
    page.locator("#graph-status").getAttribute("data-edges").then(Number);

  async function exported(query = ""): Promise<NodeLinkGraph> {
    return (await (await fetch(`${url}/export/graph.json${query}`)).json()) as NodeLinkGraph;
  }

  it("draws every relationship of the graph the export gives", async () => {
    const { page, problems, foreign } = await open();
    const graph = await exported();
    await expect(drawnEdges(page)).resolves.toBe(graph.links.length);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-desktop.png` });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("finds a character by an alias, and suggests the name a misspelling meant", async () => {
    const { page, problems } = await open();
    await page.fill("#search-name", "Power Man");
    await page.click("#search-form button");
    await page.waitForSelector('#details[data-selected="luke-cage"]');
    await expect(page.locator("#details h2").textContent()).resolves.toBe("Luke Cage");

    await page.fill("#search-name", "Misty Knigt");
    await page.click("#search-form button");
    const suggestion = page.locator("#search-result button", { hasText: "Misty Knight" });
    await suggestion.click();
    await page.waitForSelector('#details[data-selected="misty-knight"]');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("re-centres on a character when it is clicked", async () => {
    const { page, problems } = await open();
    const target = await page.evaluate(() => window.ensembleExplorer.pagePosition("claire-temple"));
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector('#details[data-selected="claire-temple"]');
    const box = await page.locator("#graph").boundingBox();
    const now = await page.evaluate(() => window.ensembleExplorer.pagePosition("claire-temple"));
    expect(Math.abs(now.x - (box!.x + box!.width / 2))).toBeLessThan(2);
    expect(Math.abs(now.y - (box!.y + box!.height / 2))).toBeLessThan(2);
    const quotes = await page.locator("#details blockquote").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(CORPUS).toContain(quote);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("draws only the relationship types left ticked, and the downloads follow the filter", async () => {
    const { page, problems } = await open();
    const before = await drawnEdges(page);
    await page.locator('input[name="types"][value="INTERACTS_WITH"]').uncheck();
    await page.waitForFunction(
      (count) => document.getElementById("graph-status")?.dataset.edges !== String(count),
      before,
    );
    const typed = (await exported()).links.filter((l) => l.type !== "INTERACTS_WITH");
    await expect(drawnEdges(page)).resolves.toBe(typed.length);
    expect(typed.length).toBeLessThan(before);
    const href = await page.locator('a.download[data-file="edges.csv"]').getAttribute("href");
    const types = new URL(href!, url).searchParams.get("types")!.split(",");
    expect(types).toContain("KILLED");
    expect(types).not.toContain("INTERACTS_WITH");
    const csv = await (await fetch(new URL(href!, url))).text();
    expect(csv).toContain("KILLED");
    expect(csv).not.toContain("INTERACTS_WITH");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows who links Luke to Claire to Misty, with each step's evidence", async () => {
    const { page, problems } = await open();
    await page.fill('#path-form [name="from"]', "Luke");
    await page.fill('#path-form [name="via"]', "Claire");
    await page.fill('#path-form [name="to"]', "Misty");
    await page.click("#path-form button");
    await page.waitForSelector("#path-result[data-path]");
    await expect(page.locator(".path-summary").textContent()).resolves.toBe(
      "Luke Cage → Claire Temple → Misty Knight",
    );
    await expect(page.locator(".path-step").count()).resolves.toBe(2);
    const highlighted = await page.evaluate(() => window.ensembleExplorer.highlighted());
    expect(highlighted.sort()).toEqual(["claire-temple", "luke-cage", "misty-knight"]);
    const quotes = await page.locator(".path-step blockquote").allTextContents();
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) expect(CORPUS).toContain(quote);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-path.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fixes a misspelt name in the path finder from the suggestion", async () => {
    const { page, problems } = await open();
    await page.fill('#path-form [name="from"]', "Luke");
    await page.fill('#path-form [name="to"]', "Misty Knigt");
    await page.click("#path-form button");
    await page.locator("#path-result button", { hasText: "Misty Knight" }).click();
    await page.waitForSelector("#path-result[data-path]");
    await expect(page.locator('#path-form [name="to"]').inputValue()).resolves.toBe("Misty Knight");
    const path = await page.locator("#path-result").getAttribute("data-path");
    expect(path!.split(",")).toEqual(expect.arrayContaining(["luke-cage", "misty-knight"]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("draws only relationships at least as heavy as the weight asked for", async () => {
    const { page, problems } = await open();
    const before = await drawnEdges(page);
    await page.fill('input[name="minWeight"]', "2");
    await page.locator('input[name="minWeight"]').dispatchEvent("change");
    await page.waitForFunction(
      (count) => document.getElementById("graph-status")?.dataset.edges !== String(count),
      before,
    );
    const heavy = await exported("?minWeight=2");
    await expect(drawnEdges(page)).resolves.toBe(heavy.links.length);
    expect(heavy.links.length).toBeLessThan(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows one character's circle, and grows it by another's", async () => {
    const { page, problems } = await open();
    const lukes = new Set(
      (await exported()).links
        .filter((l) => l.source === "luke-cage" || l.target === "luke-cage")
        .flatMap((l) => [l.source, l.target]),
    );
    await page.fill("#search-name", "Luke");
    await page.click("#search-form button");
    await page.waitForSelector('#details[data-selected="luke-cage"]');
    await page.selectOption("#scope", "circle");
    const circle = await page.evaluate(() => window.ensembleExplorer.counts());
    expect(circle.nodes).toBe(lukes.size);
    // Jessica is in Luke's circle: selecting her keeps it, and her own circle joins it.
    await page.fill("#search-name", "Jessica Jones");
    await page.click("#search-form button");
    await page.waitForSelector('#details[data-selected="jessica-jones"]');
    await expect(page.evaluate(() => window.ensembleExplorer.counts())).resolves.toEqual(circle);
    await page.click("#details button:text('Add its circle')");
    const grown = await page.evaluate(() => window.ensembleExplorer.counts());
    expect(grown.nodes).toBeGreaterThan(circle.nodes);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens on the character a widget's link names", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/explore?focus=luke-cage`);
    await page.waitForSelector('#details[data-selected="luke-cage"]');
    await page.close();
  });

  it("offers every export as a download that answers", async () => {
    const { page } = await open();
    const links = await page
      .locator("a.download")
      .evaluateAll((as) =>
        as.map((a) => [(a as HTMLAnchorElement).href, a.hasAttribute("download")]),
      );
    expect(links.map(([href]) => new URL(String(href)).pathname).sort()).toEqual([
      "/export/edges.csv",
      "/export/graph.gexf",
      "/export/graph.graphml",
      "/export/graph.json",
      "/export/nodes.csv",
    ]);
    for (const [href, download] of links) {
      expect(download).toBe(true);
      expect((await page.request.get(String(href))).status()).toBe(200);
    }
    await page.close();
  });

  it("fits a phone screen", async () => {
    const { page, problems } = await open({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const graph = await page.locator("#graph").boundingBox();
    expect(graph!.width).toBeGreaterThan(300);
    expect(graph!.height).toBeGreaterThan(300);
    await page.fill("#search-name", "Claire");
    await page.click("#search-form button");
    await page.waitForSelector('#details[data-selected="claire-temple"]');
    await page.screenshot({ path: `${SCREENSHOTS}/explore-phone.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("stays out of frames and runs only scripts this server serves", async () => {
    const response = await fetch(`${url}/explore`);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    for (const attributes of scripts) {
      expect(attributes).toMatch(/ src="\/|type="application\/json"/);
    }
  });

  it("is linked from the IDE and the widgets gallery", async () => {
    for (const path of ["/", "/embed"]) {
      const html = await (await fetch(url + path)).text();
      expect(html).toContain('href="/explore"');
    }
  });
});

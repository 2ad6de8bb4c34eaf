import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { Services } from "../../src/services/create-services";
import { launchChromium } from "../support/browser";
import { type TestServer, startTestServer } from "../support/test-server";

const SCREENSHOTS = "tests/screenshots";
const CORPUS = readdirSync("seeds/corpus")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(`seeds/corpus/${f}`, "utf8"))
  .join("\n");

interface Widget {
  nodes: number;
  edges: number;
  hidden: number;
  drawnIds(): string[];
  edgeMidpoint(index: number): { id: string; x: number; y: number };
}
declare global {
  interface Window {
    /** What circle.js exposes about its drawing. */
    ensembleWidget: Widget;
  }
}

/** Opens a widget page, recording console errors and requests to any other origin. */
async function open(browser: Browser, url: string, viewport = { width: 600, height: 480 }) {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => !r.url().startsWith(new URL(url).origin) && foreign.push(r.url()));
  await page.goto(url);
  return { page, problems, foreign };
}

const quotesShown = (page: Page) => page.locator("#evidence blockquote").allTextContents();
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("the embed widgets in a real browser", () => {
  let services: Services;
  let server: TestServer;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer(undefined, { EMBED_ORIGINS: "https://wiki.example" });
    services = server.services;
    url = server.url.replace(/\/$/, "");
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([1, 2])("draws Luke Cage's circle to depth %i as the service sees it", async (depth) => {
    const expected = await services.neighbourhoods.neighbourhood({ of: "Luke Cage", depth });
    const { page, problems, foreign } = await open(
      browser,
      `${url}/embed/character/luke-cage?depth=${depth}`,
    );
    await page.waitForSelector("body[data-ready]");
    const drawn = await page.evaluate(() => {
      const w = window.ensembleWidget;
      return { nodes: w.nodes, edges: w.edges, hidden: w.hidden, ids: w.drawnIds() };
    });
    // Every character is drawn or counted in "+N more"; lines join drawn characters only.
    expect(drawn.nodes + drawn.hidden).toBe(expected.members.length);
    const ids = new Set(drawn.ids);
    const joining = expected.relationships.filter((r) => ids.has(r.source) && ids.has(r.target));
    expect(drawn.edges).toBe(joining.length);
    if (depth === 1) expect(drawn.hidden).toBe(0);
    const more = page.locator("#circle-more");
    if (drawn.hidden > 0)
      await expect(more.textContent()).resolves.toContain(`+${drawn.hidden} more`);
    else await expect(more.isHidden()).resolves.toBe(true);
    // The screen-reader list keeps every relationship, drawn or not.
    await expect(page.locator("[data-relationship]").count()).resolves.toBe(
      expected.relationships.length,
    );
    const label = await page.locator("#circle-drawing").getAttribute("aria-label");
    expect(label).toMatch(new RegExp(`^Luke Cage and ${expected.members.length - 1} characters`));
    await page.screenshot({ path: `${SCREENSHOTS}/embed-circle-depth-${depth}.png` });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("shows a relationship's evidence when its line is hovered", async () => {
    const { page, problems } = await open(browser, `${url}/embed/character/luke-cage`);
    await page.waitForSelector("body[data-ready]");
    const edges = await page.evaluate(() => window.ensembleWidget.edges);
    let shown: string | null = null;
    // Lines may cross; hover midpoints until one shows its own relationship.
    for (let i = 0; i < edges && shown === null; i++) {
      const point = await page.evaluate((n) => window.ensembleWidget.edgeMidpoint(n), i);
      await page.mouse.move(point.x, point.y);
      const current = await page.locator("#evidence").getAttribute("data-relationship");
      if (current === point.id) shown = current;
    }
    expect(shown).not.toBeNull();
    const quotes = await quotesShown(page);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(CORPUS).toContain(quote);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-circle-hover.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a relationship's evidence when it gets keyboard focus", async () => {
    const { page, problems } = await open(browser, `${url}/embed/character/luke-cage`);
    await page.waitForSelector("body[data-ready]");
    // The depth link, then the first relationship, then the next.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute("data-relationship"),
    );
    expect(focused).toBe("r1");
    await expect(page.locator("#evidence").getAttribute("data-relationship")).resolves.toBe("r1");
    const quotes = await quotesShown(page);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(CORPUS).toContain(quote);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ["at the snippet's size", { width: 600, height: 480 }, 1],
    ["on a phone", { width: 390, height: 844 }, 1],
    ["at the snippet's size, two steps out", { width: 600, height: 480 }, 2],
  ])("names characters legibly and without overlaps %s", async (_, viewport, depth) => {
    const { page, problems } = await open(
      browser,
      `${url}/embed/character/luke-cage?depth=${depth}`,
      viewport,
    );
    await page.waitForSelector("body[data-ready]");
    const labels = await page.locator("#circle-labels .label").evaluateAll((spans) =>
      spans.map((span) => {
        const box = span.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(span).fontSize);
        return { text: span.textContent, size, box: box.toJSON() as DOMRect };
      }),
    );
    const drawn = await page.evaluate(() => window.ensembleWidget.nodes);
    expect(labels).toHaveLength(drawn);
    const frame = (await page.locator(".drawing-frame").boundingBox())!;
    for (const label of labels) {
      expect(label.size).toBeGreaterThanOrEqual(11);
      expect(label.box.left).toBeGreaterThanOrEqual(frame.x);
      expect(label.box.right).toBeLessThanOrEqual(frame.x + frame.width);
      expect(label.box.top).toBeGreaterThanOrEqual(frame.y);
      expect(label.box.bottom).toBeLessThanOrEqual(frame.y + frame.height);
    }
    const overlapping = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) =>
            a.box.left < b.box.right &&
            b.box.left < a.box.right &&
            a.box.top < b.box.bottom &&
            b.box.top < a.box.bottom,
        )
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping).toEqual([]);

    const evidence = (await page.locator("#evidence").boundingBox())!;
    expect(evidence.y + evidence.height).toBeLessThanOrEqual(viewport.height);
    const legend = await page.locator(".legend li").allTextContents();
    expect(legend).toContain("interacts with");
    for (const entry of legend) expect(entry).toMatch(/^[a-z ]+$/);
    const name = `embed-circle-${viewport.width}x${viewport.height}-depth-${depth}.png`;
    await page.screenshot({ path: `${SCREENSHOTS}/${name}` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps the evidence of a hovered line inside the frame", async () => {
    const { page } = await open(browser, `${url}/embed/character/luke-cage`);
    await page.waitForSelector("body[data-ready]");
    await page.locator('[data-relationship="r0"]').focus();
    await expect(page.locator("#evidence blockquote").count()).resolves.toBeGreaterThan(0);
    const evidence = (await page.locator("#evidence").boundingBox())!;
    expect(evidence.y + evidence.height).toBeLessThanOrEqual(480);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      480,
    );
    await page.close();
  });

  it("shows the path from Luke through Claire to Misty with each step's evidence", async () => {
    const { page, problems, foreign } = await open(
      browser,
      `${url}/embed/path?from=Luke&via=Claire&to=Misty`,
    );
    await expect(page.locator(".stop").allTextContents()).resolves.toEqual([
      "Luke Cage",
      "Claire Temple",
      "Misty Knight",
    ]);
    await expect(page.locator(".step").count()).resolves.toBe(2);
    const quotes = await page.locator(".step blockquote").allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const quote of quotes) expect(CORPUS).toContain(quote);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-path.png` });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it.each([
    ["circle", "/embed/character/luke-cage?depth=2"],
    ["path", "/embed/path?from=Luke&via=Claire&to=Misty"],
    ["gallery", "/embed"],
  ])("fits the %s on a 360px phone screen", async (name, path) => {
    const { page, problems } = await open(browser, url + path, { width: 360, height: 640 });
    await page.waitForLoadState("load");
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-${name}-phone.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("previews every widget on the gallery page", async () => {
    const { page, problems, foreign } = await open(browser, `${url}/embed`, {
      width: 800,
      height: 1200,
    });
    await expect(page.locator("iframe").count()).resolves.toBe(2);
    const titles = await page
      .locator("iframe")
      .evaluateAll((fs) => fs.map((f) => f.getAttribute("title")));
    expect(titles).toContain("Luke Cage's circle of relationships");
    const circle = page.frameLocator('iframe[src^="/embed/character/"]');
    await circle.locator("body[data-ready]").waitFor({ timeout: 15000 });
    const path = page.frameLocator('iframe[src^="/embed/path"]');
    await expect(path.locator(".stop").count()).resolves.toBe(3);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-gallery.png`, fullPage: true });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("builds a working snippet for a character named in its form", async () => {
    const { page, problems, foreign } = await open(browser, `${url}/embed`, {
      width: 800,
      height: 1200,
    });
    await page.fill('input[name="character"]', "Jessica");
    await page.selectOption('select[name="depth"]', "2");
    await page.click(".builder button");
    await page.waitForSelector("#built");
    const snippet = await page.locator("#snippet-built").inputValue();
    expect(snippet).toBe(
      `<iframe src="${url}/embed/character/jessica-jones?depth=2" width="600" height="480" title="Jessica Jones's circle of relationships" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
    const built = page.frameLocator("#built iframe");
    await built.locator("body[data-ready]").waitFor({ timeout: 15000 });
    await expect(built.locator("h1").textContent()).resolves.toBe("Jessica Jones");

    // The snippet's own style keeps the frame inside a phone-wide page.
    await page.setViewportSize({ width: 390, height: 800 });
    const width = (await page.locator("#built iframe").boundingBox())!.width;
    expect(width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

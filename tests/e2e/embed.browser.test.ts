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
    const drawn = await page.evaluate(() => window.ensembleWidget);
    expect(drawn.nodes).toBe(expected.members.length);
    expect(drawn.edges).toBe(expected.relationships.length);
    await expect(page.locator("[data-relationship]").count()).resolves.toBe(drawn.edges);
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
    const circle = page.frameLocator('iframe[src^="/embed/character/"]');
    await circle.locator("body[data-ready]").waitFor({ timeout: 15000 });
    const path = page.frameLocator('iframe[src^="/embed/path"]');
    await expect(path.locator(".stop").count()).resolves.toBe(3);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-gallery.png`, fullPage: true });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

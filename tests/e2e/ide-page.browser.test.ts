import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { EXAMPLE_QUERIES } from "../../src/http/example-queries";
import { packageVersion } from "../../src/package-root";
import { launchChromium } from "../support/browser";
import { type TestServer, startTestServer } from "../support/test-server";

const SCREENSHOTS = "tests/screenshots";

describe("the IDE page in a real browser", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens GraphiQL with the example queries, runs one, and loads nothing from elsewhere", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => !r.url().startsWith(server.url) && foreign.push(r.url()));

    await page.goto(server.url);
    await page.waitForSelector(".graphiql-container", { timeout: 20000 });
    await expect(page.locator("#store").textContent()).resolves.toContain("memory");
    const tabs = page.locator(".graphiql-tab");
    await expect(tabs.count()).resolves.toBe(EXAMPLE_QUERIES.length);
    await page.waitForSelector(".graphiql-doc-explorer", { timeout: 10000 });
    await expect(page.locator("#version").textContent()).resolves.toContain(packageVersion());

    const response = page.locator(".graphiql-response");
    await page.locator(".graphiql-execute-button").click();
    await expect(
      response.getByText('"Misty Knight"').first().waitFor({ timeout: 15000 }),
    ).resolves.toBeUndefined();
    await expect(response.textContent()).resolves.toContain('"Claire Temple"');

    // After a tab switch the IDE must run the new tab's operation, not the previous one's.
    await page.locator(".graphiql-tab").filter({ hasText: "ByAlias" }).first().click();
    await page.locator(".graphiql-execute-button").click();
    await expect(
      response.getByText('"matt-murdock"').first().waitFor({ timeout: 15000 }),
    ).resolves.toBeUndefined();
    await page.screenshot({ path: `${SCREENSHOTS}/ide-page.png` });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("links to the explorer, the widgets and the exports, and shows results usably on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url);
    await page.waitForSelector(".graphiql-container", { timeout: 20000 });
    const links = await page
      .locator("header nav a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(["/explore", "/embed", "/export"]);
    for (const href of ["/explore", "/embed"]) {
      expect((await page.request.get(new URL(href, server.url).href)).status()).toBe(200);
    }
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await response.getByText('"Misty Knight"').first().waitFor({ timeout: 15000 });
    const pane = (await response.boundingBox())!;
    expect(pane.width).toBeGreaterThan(250);
    expect(pane.height).toBeGreaterThan(200);
    await page.screenshot({ path: `${SCREENSHOTS}/ide-page-phone.png` });
    await page.close();
  });
});

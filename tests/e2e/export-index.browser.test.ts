import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser";
import { type TestServer, startTestServer } from "../support/test-server";

describe("the /export page in a real browser", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists every export and downloads one with a click, loading nothing from elsewhere", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => !r.url().startsWith(server.url) && foreign.push(r.url()));

    await page.goto(new URL("export", server.url).href);
    const links = page.locator("#exports a");
    await expect(links.allTextContents()).resolves.toEqual([
      "/export/edges.csv",
      "/export/nodes.csv",
      "/export/graph.graphml",
      "/export/graph.gexf",
      "/export/graph.json",
    ]);
    await expect(page.locator("#parameters code").allTextContents()).resolves.toContain(
      "pronouns=false",
    );
    await expect(page.locator("#documents td").allTextContents()).resolves.toContain(
      "The first episode of The Defenders (2017).",
    );
    await expect(page.locator("pre").textContent()).resolves.toContain(
      `"${server.url.replace(/\/$/, "")}/export"`,
    );

    const [download] = await Promise.all([page.waitForEvent("download"), links.first().click()]);
    expect(download.suggestedFilename()).toBe("ensemble-edges.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "Source,Target,Type,Weight,Document,TotalWeight,Role,EvidenceCount,Evidence",
    );
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, posix, resolve } from "node:path";
import { type Stage, readDockerfile } from "../support/dockerfile";
import { type ServiceProcess, spawnService } from "../support/service-process";

/**
 * No Docker engine runs here, so the image's runtime stage is laid out as a directory: each COPY
 * of the stage from the build context or from the build stage (whose /app is this checkout,
 * built by `npm test`), with node_modules holding only the production dependencies
 * package-lock.json lists. Then the stage's own command runs there, as in the container.
 */
const stages = readDockerfile();
const runtime = stages[stages.length - 1];

function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev)
    .map(([path]) => path.slice("node_modules/".length));
}

/** Docker's COPY: a directory's contents into the destination; files into one ending in "/". */
function layOut(stage: Stage, root: string): void {
  for (const copy of stage.copies) {
    const from = copy.from === null ? null : stages.find((s) => s.name === copy.from)!;
    const inImage = posix.relative(stage.workdir, posix.resolve(stage.workdir, copy.destination));
    const destination = join(root, inImage);
    for (const source of copy.sources) {
      const local = from ? posix.relative(from.workdir, source) : source;
      if (local === "node_modules") linkProductionPackages(destination);
      else if (statSync(local).isDirectory()) cpSync(local, destination, { recursive: true });
      else
        cpSync(
          local,
          copy.destination.endsWith("/") ? join(destination, posix.basename(local)) : destination,
        );
    }
  }
}

function linkProductionPackages(directory: string): void {
  for (const name of productionPackages()) {
    mkdirSync(join(directory, name, ".."), { recursive: true });
    symlinkSync(resolve("node_modules", name), join(directory, name));
  }
}

/** The healthcheck, run as Docker runs it inside the container: its exit status. */
function healthcheck(port: number): number | null {
  const [command, ...args] = runtime.healthcheck!;
  const run = spawnSync(command, args, {
    env: { PATH: process.env.PATH, ...runtime.env, PORT: String(port) },
    timeout: 10000,
  });
  return run.status;
}

describe("the container's runtime stage", () => {
  let root: string;
  let service: ServiceProcess;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "ensemble-image-"));
    layOut(runtime, root);
    const [command, ...args] = runtime.command;
    // The image listens on 0.0.0.0:4000; here it stays on loopback, on a free port.
    service = await spawnService(command, args, {
      cwd: root,
      env: { PATH: process.env.PATH, ...runtime.env, HOST: "127.0.0.1", PORT: "0" },
    });
  }, 60000);

  afterAll(() => {
    service?.child.kill("SIGKILL");
    rmSync(root, { recursive: true, force: true });
  });

  it("runs node itself, compiled code only, as a user that is not root", () => {
    expect(runtime.command[0]).toBe("node");
    expect(runtime.command.join(" ")).toMatch(/dist\/.*\.js/);
    expect(runtime.user).toBe("node");
    expect(runtime.env.NODE_ENV).toBe("production");
    const fromContext = runtime.copies.filter((c) => c.from === null).flatMap((c) => c.sources);
    expect(fromContext).not.toContain("src");
    const builder = stages.find((s) => runtime.copies.some((c) => c.from === s.name))!;
    expect(builder.runs.join("\n")).toMatch(/npm prune --omit=dev/);
    expect(runtime.healthcheck?.join(" ")).toContain("/readyz");
  });

  it("has the ensemble command on the PATH for the loader, working from what the stage copies", () => {
    const link = runtime.runs
      .map((run) => /ln -s (\S+) \/usr\/local\/bin\/ensemble$/.exec(run))
      .find(Boolean);
    expect(link).toBeTruthy();
    const target = join(root, posix.relative(runtime.workdir, link![1]));
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const run = spawnSync(target, ["--version"], {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH, ...runtime.env },
    });
    expect(run.stdout).toBe(`${version}\n`);
  });

  it("serves the graph, its pages and every file those pages load from what the stage copies", async () => {
    const base = `http://127.0.0.1:${service.port}`;
    const answer = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ character(name: "Luke") { name } }` }),
    });
    expect(await answer.json()).toEqual({ data: { character: { name: "Luke Cage" } } });
    for (const page of ["/", "/embed/character/luke-cage"]) {
      const html = await (await fetch(base + page)).text();
      const files = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect([file, (await fetch(new URL(file, base + page))).status]).toEqual([file, 200]);
      }
    }
  });

  it("is healthy by its HEALTHCHECK while it serves", () => {
    expect(healthcheck(service.port)).toBe(0);
  });

  // Last: it stops the service. NODE_ENV is production here, as in the image, so anything that
  // handles signals only outside tests (Apollo Server's stopOnTerminationSignals) shows up.
  it("exits 0 on SIGTERM, and is unhealthy once stopped", async () => {
    service.child.kill("SIGTERM");
    expect(await service.exited).toEqual({ code: 0, signal: null });
    expect(healthcheck(service.port)).not.toBe(0);
  });
});

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The directory holding Ensemble's package.json, found upwards from this file, so that files
 * beside it (cypher/, public/) are found the same way from src/ (tests), dist/ (the service)
 * and the benchmarks' build, whatever their depth.
 */
export const PACKAGE_ROOT = findPackageRoot(__dirname);

function findPackageRoot(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, "package.json")) && existsSync(join(directory, "cypher"))) {
      return directory;
    }
    if (dirname(directory) === directory) {
      throw new Error(`no package.json with cypher/ beside it above ${start}`);
    }
  }
}

export function packageVersion(): string {
  const text = readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

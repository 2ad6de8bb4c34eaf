import { readFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT, packageVersion } from "../../src/package-root";

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  neo4j: string;
  os: string;
  packages: Record<string, string>;
}

const PACKAGES = [
  "@apollo/server",
  "graphql",
  "type-graphql",
  "neo4j-driver",
  "graphology",
  "dataloader",
  "@neo4j/graphql",
  "autocannon",
];

export function machineInfo(neo4jVersion: string): MachineInfo {
  const installed = (name: string) =>
    (
      JSON.parse(
        readFileSync(join(PACKAGE_ROOT, "node_modules", name, "package.json"), "utf8"),
      ) as { version: string }
    ).version;
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    neo4j: neo4jVersion,
    os: `${platform()} ${release()}`,
    packages: {
      ensemble: packageVersion(),
      ...Object.fromEntries(PACKAGES.map((name) => [name, installed(name)])),
    },
  };
}

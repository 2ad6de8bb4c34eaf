import { describe, expect, it } from "@jest/globals";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RELATIONSHIP_TYPES } from "../../../src/domain/vocabulary";
import {
  CypherRegistry,
  DEFAULT_CYPHER_DIRECTORY,
  STATEMENT_NAMES,
} from "../../../src/store/neo4j/cypher-registry";

function copyOfCypher(): string {
  const directory = mkdtempSync(join(tmpdir(), "ensemble-cypher-"));
  cpSync(DEFAULT_CYPHER_DIRECTORY, directory, { recursive: true });
  return directory;
}

describe("the Cypher registry", () => {
  it("reads every statement once and fills templates only from the vocabulary", () => {
    const cypher = CypherRegistry.load();
    expect(cypher.schema.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(cypher.mergeRelationships)).toEqual(
      RELATIONSHIP_TYPES.filter((t) => t !== "MEMBER_OF"),
    );
    expect(cypher.mergeRelationships.KILLED).toContain(
      "MERGE (a)-[r:KILLED {role: row.role}]->(b)",
    );
    expect(cypher.shortestPaths(4)).toContain("INTERACTS_WITH*..4]");
    expect(cypher.shortestPaths(4)).not.toMatch(/\$[A-Z]/);
    expect(() => cypher.shortestPaths(1.5)).toThrow(RangeError);
    expect(cypher.pathThrough(4)).toContain("INTERACTS_WITH*..4]");
    expect(cypher.pathThrough(4)).not.toMatch(/\$[A-Z]/);
    expect(() => cypher.pathThrough(0)).toThrow(RangeError);
  });

  it("fails at boot, naming the file, when a statement file is missing", () => {
    const directory = copyOfCypher();
    try {
      rmSync(join(directory, "find-portrayers.cypher"));
      expect(() => CypherRegistry.load(directory)).toThrow(/find-portrayers\.cypher/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("fails at boot when a template has lost its placeholder", () => {
    const directory = copyOfCypher();
    try {
      writeFileSync(join(directory, "merge-relationships.cypher"), "RETURN 1");
      expect(() => CypherRegistry.load(directory)).toThrow(/\$TYPE/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("has no statement file that nothing reads", () => {
    const files = readdirSync(DEFAULT_CYPHER_DIRECTORY).map((f) => f.replace(/\.cypher$/, ""));
    const templates = [
      "create-constraints",
      "merge-relationships",
      "find-shortest-paths",
      "find-path-through",
    ];
    const used = new Set<string>([...STATEMENT_NAMES, ...templates, "delete-all"]);
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });
});

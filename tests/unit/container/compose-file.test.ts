import { describe, expect, it } from "@jest/globals";
import Ajv2019 from "ajv/dist/2019";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { readConfig } from "../../../src/app/config";

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  init?: boolean;
  ports?: string[];
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as {
  services: Record<string, ComposeService>;
};
const service = compose.services.ensemble;
const loader = compose.services.loader;

/** The Compose Specification's schema (tests/fixtures/compose-spec/README.md says from where). */
function composeValidator() {
  const schema = JSON.parse(readFileSync("tests/fixtures/compose-spec/compose-spec.json", "utf8"));
  // Its `$schema` is draft 2019-09 by the old http URI; ajv knows that draft by the https one.
  // Its parts carry draft-04 `id`s, which ajv refuses and nothing here refers to: they go.
  // Its formats (duration, ports) are Compose's own, checked after interpolation, which a file
  // of ${VAR:-default} has not had: ajv skips them.
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  ajv.removeKeyword("id");
  return ajv.compile({ ...schema, $schema: "https://json-schema.org/draft/2019-09/schema" });
}

/** Names set in .env.example, in order. */
function exampleVariables(): string[] {
  return [...readFileSync(".env.example", "utf8").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map(
    (m) => m[1],
  );
}

/** Every variable readConfig reads, found by handing it an environment that records reads. */
function variablesTheServiceReads(): string[] {
  const read = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, name) {
      if (typeof name === "string") read.add(name);
      // A Neo4j URI, so that the Neo4j settings are read too.
      return name === "NEO4J_URI" ? "bolt://neo4j:7687" : undefined;
    },
  });
  readConfig(env);
  // CI says where the service runs (no browser is opened there), not how to configure it.
  read.delete("CI");
  return [...read];
}

describe("docker-compose.yml", () => {
  it("is valid by the Compose Specification's JSON schema", () => {
    const validate = composeValidator();
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it("would be refused by that schema if a key were misspelt", () => {
    const validate = composeValidator();
    const misspelt = { services: { ensemble: { ...service, enviroment: service.environment } } };
    expect(validate(misspelt)).toBe(false);
  });

  it("passes every variable of .env.example on to the service", () => {
    const environment = service.environment ?? {};
    // Fixed in the container, and said why in the file: all interfaces, and the neo4j service.
    const fixed: Record<string, string> = { HOST: "0.0.0.0", NEO4J_URI: "bolt://neo4j:7687" };
    for (const name of exampleVariables()) {
      const passedOn = new RegExp(`^\\$\\{${name}(:?-[^}]*)?\\}$`);
      expect([name, environment[name]]).toEqual([
        name,
        fixed[name] ?? expect.stringMatching(passedOn),
      ]);
    }
  });

  it("has every variable the service reads in .env.example and the README", () => {
    const example = exampleVariables();
    const readme = readFileSync("README.md", "utf8");
    for (const name of variablesTheServiceReads()) {
      expect([name, example.includes(name)]).toEqual([name, true]);
      expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
    }
  });

  it("starts the service after the loader has filled an empty Neo4j, with the same database", () => {
    expect(service.depends_on).toEqual({
      neo4j: { condition: "service_healthy" },
      loader: { condition: "service_completed_successfully" },
    });
    expect(loader.depends_on).toEqual({ neo4j: { condition: "service_healthy" } });
    expect(loader.command).toEqual(["ensemble", "load", "--if-empty"]);
    for (const name of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) {
      expect([name, loader.environment?.[name]]).toEqual([name, service.environment?.[name]]);
    }
  });

  it("publishes the port the service listens on, behind an init process", () => {
    expect(service.init).toBe(true);
    expect(service.ports).toEqual([`${service.environment?.PORT}:${service.environment?.PORT}`]);
  });
});

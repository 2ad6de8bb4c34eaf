import { ENV_EXAMPLE_SECTIONS, SETTINGS, type SettingKey } from "./settings";

const HEADER = `# Ensemble's configuration. Copy to .env or export the variables. \`docker compose up\` reads .env
# and passes every variable below to the service, except HOST and NEO4J_URI, which the container
# fixes (0.0.0.0, and the compose file's neo4j service); an empty value means the default.
# Written by \`npm run env-example\` from src/app/settings.ts; edit that, not this file.`;

/** Variables read by the tests and the example notebook, not by the service. */
const NOT_THE_SERVICE = `# Tests only: the client-input fuzz test's seed and number of requests
# FUZZ_SEED=20261203
# FUZZ_RUNS=2500
# Not read by the service: the example notebook (examples/) finds the service here
# ENSEMBLE_URL=http://localhost:4000`;

const comment = (text: string) =>
  text
    .split("\n")
    .map((line) => `# ${line}`)
    .join("\n");

/** .env.example from the settings table: every variable once, in its section. */
export function renderEnvExample(): string {
  const placed = new Set<SettingKey>(ENV_EXAMPLE_SECTIONS.flatMap((s) => s.keys));
  const unplaced = Object.keys(SETTINGS).filter((key) => !placed.has(key as SettingKey));
  if (unplaced.length > 0) throw new Error(`settings in no .env.example section: ${unplaced}`);
  const sections = ENV_EXAMPLE_SECTIONS.map(({ heading, keys }) =>
    [
      comment(heading),
      ...keys.map((key) => {
        const { name, example, note } = SETTINGS[key];
        return `${note ? `${comment(note)}\n` : ""}${name}=${example}`;
      }),
    ].join("\n"),
  );
  return `${[HEADER, ...sections, NOT_THE_SERVICE].join("\n\n")}\n`;
}

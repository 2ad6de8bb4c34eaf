import type { Driver } from "neo4j-driver";
import { readConfig } from "../../src/app/config";
import { nameKey } from "../../src/domain/ids";
import { startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import {
  CHARACTER_RELATIONSHIP_TYPES,
  CypherRegistry,
} from "../../src/store/neo4j/cypher-registry";
import { nameKeyText } from "../../src/store/neo4j/neo4j-load";
import type { BenchContext } from "../support/bench-context";
import { countingStore } from "../support/counting-store";
import { type LatencySummary, ms, timeCalls } from "../support/latency";
import { askOnce } from "../support/load-test";
import type { QuestionName } from "../support/questions";

const TARGET_RATIO = 1.3;

/** One question three ways: the store calls the resolvers make, and the Cypher they run. */
interface OverheadQuestion {
  name: QuestionName;
  label: string;
  viaStore(store: GraphStore): Promise<unknown>;
  viaCypher(driver: Driver, cypher: CypherRegistry): Promise<unknown>;
}

const types = [...CHARACTER_RELATIONSHIP_TYPES];

function overheadQuestions(context: BenchContext): OverheadQuestion[] {
  const { questions } = context.queryGraph;
  const characterName = String(questions.character.variables.name);
  const centreName = String(questions.neighbourhood.variables.of);
  const read = async (driver: Driver, text: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(text, params, { routing: "READ" })).records.map((r) => r.toObject());
  return [
    {
      name: "character",
      label: "`character` with 20 relationships",
      viaStore: async (store) => {
        const [found] = await store.charactersByNameKey(nameKey(characterName));
        const [relationships] = await store.relationshipsOf([found.id], {});
        const others = relationships.slice(0, 20).flatMap((r) => [r.source, r.target]);
        return store.charactersById([...new Set(others)]);
      },
      viaCypher: async (driver, cypher) => {
        const [found] = await read(driver, cypher.statement("find-characters-by-name-key"), {
          needles: [nameKeyText([nameKey(characterName)])],
        });
        const id = (found.character as { id: string }).id;
        const rows = await read(driver, cypher.statement("find-relationships-of"), {
          ids: [id],
          types,
        });
        const others = rows.slice(0, 20).flatMap((row) => {
          const r = row.relationship as { source: string; target: string };
          return [r.source, r.target];
        });
        return read(driver, cypher.statement("find-characters-by-id"), {
          ids: [...new Set(others)],
        });
      },
    },
    {
      name: "neighbourhood",
      label: "`neighbourhood` depth 2",
      viaStore: async (store) => {
        const [centre] = await store.charactersByNameKey(nameKey(centreName));
        return store.neighbourhood(centre.id, 2, {}, { members: "only" });
      },
      viaCypher: async (driver, cypher) => {
        const [found] = await read(driver, cypher.statement("find-characters-by-name-key"), {
          needles: [nameKeyText([nameKey(centreName)])],
        });
        const id = (found.character as { id: string }).id;
        await read(driver, cypher.statement("find-characters-by-id"), { ids: [id] });
        const seen = new Set([id]);
        let frontier = [id];
        for (let hop = 0; hop < 2; hop++) {
          const rows = await read(driver, cypher.statement("expand-frontier"), { frontier, types });
          frontier = rows
            .map((row) => (row.character as { id: string }).id)
            .filter((next) => !seen.has(next));
          frontier.forEach((next) => seen.add(next));
        }
        return seen;
      },
    },
  ];
}

/**
 * The same question through HTTP + GraphQL (in-process server, one request at a time), through
 * the store calls alone and, on Neo4j, through the raw Cypher in the driver.
 */
export async function benchOverhead(
  context: BenchContext,
  store: GraphStore,
  driver: Driver | null,
): Promise<void> {
  const server = await startServer(
    readConfig({ PORT: "0", HOST: "127.0.0.1" }),
    countingStore(store).store,
  );
  const cypher = CypherRegistry.load();
  const samples =
    context.mode === "full" ? { samples: 200, warmup: 20 } : { samples: 20, warmup: 3 };
  try {
    for (const question of overheadQuestions(context)) {
      context.log(`overhead: ${question.name} on ${store.kind}`);
      const request = context.queryGraph.questions[question.name];
      const http = await timeCalls(() => askOnce(`${server.url}graphql`, request), samples);
      const direct = await timeCalls(() => question.viaStore(store), samples);
      const raw = driver
        ? await timeCalls(() => question.viaCypher(driver, cypher), samples)
        : null;
      const ratio = http.p50 / direct.p50;
      context.rows.push({
        benchmark: `GraphQL overhead, ${question.label} (${context.queryGraph.size.name})`,
        store: store.kind,
        result: overheadText(http, direct, raw),
        target: `HTTP+GraphQL <= ${TARGET_RATIO}x the store call`,
        met: ratio <= TARGET_RATIO,
        figures: {
          httpP50: http.p50,
          storeP50: direct.p50,
          ...(raw ? { cypherP50: raw.p50 } : {}),
          ratio,
        },
      });
    }
  } finally {
    // The store belongs to the caller; stop the server's listener and Apollo only.
    await server.stop().catch(() => undefined);
  }
}

function overheadText(
  http: LatencySummary,
  direct: LatencySummary,
  raw: LatencySummary | null,
): string {
  const parts = [
    `p50 HTTP+GraphQL ${ms(http.p50)}, store ${ms(direct.p50)}`,
    ...(raw ? [`raw Cypher ${ms(raw.p50)}`] : []),
  ];
  const ratios = [
    `${(http.p50 / direct.p50).toFixed(2)}x store`,
    ...(raw ? [`${(direct.p50 / raw.p50).toFixed(2)}x store/Cypher`] : []),
  ];
  return `${parts.join(", ")} (${ratios.join(", ")})`;
}

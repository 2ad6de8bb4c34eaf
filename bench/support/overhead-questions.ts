import type { Driver } from "neo4j-driver";
import { nameKey } from "../../src/domain/ids";
import type { GraphStore } from "../../src/store/graph-store";
import {
  CHARACTER_RELATIONSHIP_TYPES,
  type CypherRegistry,
} from "../../src/store/neo4j/cypher-registry";
import { nameKeyText } from "../../src/store/neo4j/neo4j-load";
import type { BenchContext } from "./bench-context";
import type { QuestionName } from "./questions";

/** One question three ways: the store calls the resolvers make, and the Cypher they run. */
export interface OverheadQuestion {
  name: QuestionName;
  label: string;
  viaStore(store: GraphStore): Promise<unknown>;
  viaCypher(driver: Driver, cypher: CypherRegistry): Promise<unknown>;
}

const types = [...CHARACTER_RELATIONSHIP_TYPES];

export function overheadQuestions(context: BenchContext): OverheadQuestion[] {
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

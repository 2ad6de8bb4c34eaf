import { afterAll, beforeAll } from "@jest/globals";
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jStore } from "../../../../src/store/neo4j/neo4j-store";
import { SMALL_GRAPH } from "../../../fixtures/small-graph";
import { NEO4J_URI, openEmptyStore, testStoreOptions } from "./neo4j-test-database";

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [
  plan.operatorType.replace(/@.*$/, ""),
  ...plan.children.flatMap(operators),
];

/** A driver of its own, for PROFILE runs (the store's executor does not show plans). */
export class QueryPlans {
  private readonly driver: Driver;

  constructor() {
    const { user, password } = testStoreOptions();
    this.driver = neo4j.driver(
      NEO4J_URI,
      user ? neo4j.auth.basic(user, password ?? "") : undefined,
    );
  }

  /** Runs a statement under PROFILE: the operators of its plan, top down. */
  async operators(statement: string, params: Record<string, unknown>): Promise<string[]> {
    const { summary } = await this.run(`PROFILE ${statement}`, params);
    return operators(summary.profile as unknown as PlanNode);
  }

  run(statement: string, params: Record<string, unknown> = {}) {
    return this.driver.executeQuery(statement, params, { database: testStoreOptions().database });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** For a suite: the small graph loaded into an emptied database, and a PROFILE driver beside it. */
export function smallGraphWithPlans(): { store(): Neo4jStore; plans(): QueryPlans } {
  let store: Neo4jStore | undefined;
  let plans: QueryPlans | undefined;
  beforeAll(async () => {
    store = await openEmptyStore();
    await store.load(SMALL_GRAPH);
    plans = new QueryPlans();
  });
  afterAll(async () => {
    await plans?.close();
    await store?.close();
  });
  return { store: () => store!, plans: () => plans! };
}

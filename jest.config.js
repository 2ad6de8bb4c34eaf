/**
 * Two projects: the app's suites, and the Neo4j suites, which share one real database and so
 * run one file at a time (maxWorkers 1 is also what a 2-core machine gets by default).
 * Jest runs a project's globalSetup only when one of its suites is selected.
 */
const shared = {
  preset: "ts-jest",
  testEnvironment: "node",
  setupFiles: ["reflect-metadata"],
};
const neo4jSuites = ["<rootDir>/tests/integration/neo4j/**/*.test.ts", "<rootDir>/tests/contract/neo4j-*.test.ts"];

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 1,
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: "app",
      testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/src/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/tests/integration/neo4j/", "/tests/contract/neo4j-"],
    },
    {
      ...shared,
      displayName: "neo4j",
      testMatch: neo4jSuites,
      globalSetup: "<rootDir>/tests/support/neo4j-global-setup.ts",
      globalTeardown: "<rootDir>/tests/support/neo4j-global-teardown.ts",
    },
  ],
};

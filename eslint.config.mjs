import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The rooms of src/ (ARCHITECTURE.md) and the arrows between them: each room lists the rooms it
 * may not import. Type-only imports of the store port and analysis are allowed where their types
 * are the vocabulary of an answer (graphql, http).
 */
const room = (from, ...forbidden) => ({
  regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
  message: `src/${from} may not import src/${forbidden.join(", src/")} (see ARCHITECTURE.md).`,
});
const driverOnlyInNeo4j = [
  { name: "neo4j-driver", message: "Only src/store/neo4j talks to the driver." },
];
const graphologyOutside = {
  group: ["graphology", "graphology-*"],
  message: "graphology is for src/analysis and src/store/memory.",
};
const typesOnly = (from, ...rooms) => ({
  ...room(from, ...rooms),
  message: `src/${from} may import only types from src/${rooms.join(", src/")} (see ARCHITECTURE.md).`,
  allowTypeImports: true,
});
const portOnly = (from) => ({
  regex: "^(\\.\\./)+store/(memory|neo4j)/",
  message: `src/${from} use the store port (src/store/graph-store.ts), not an adapter; src/app opens stores.`,
});
const upperRooms = ["extract", "analysis", "store", "services", "graphql", "http", "cli", "app"];
const roomRules = [
  ["domain", [room("domain", ...upperRooms), graphologyOutside]],
  [
    "extract",
    [
      room("extract", "analysis", "store", "services", "graphql", "http", "cli", "app"),
      graphologyOutside,
    ],
  ],
  ["analysis", [room("analysis", "extract", "store", "services", "graphql", "http", "cli", "app")]],
  ["store", [room("store", "extract", "analysis", "services", "graphql", "http", "cli", "app")]],
  [
    "services",
    [room("services", "graphql", "http", "cli", "app"), portOnly("services"), graphologyOutside],
  ],
  [
    "graphql",
    [
      room("graphql", "extract", "http", "cli", "app"),
      typesOnly("graphql", "store", "analysis"),
      graphologyOutside,
    ],
  ],
  [
    "http",
    [
      room("http", "extract", "cli", "app"),
      typesOnly("http", "store", "analysis"),
      graphologyOutside,
    ],
  ],
  // The CLI's commands are entry points: they open their store through src/app.
  ["cli", [room("cli", "graphql", "http", "analysis"), portOnly("cli"), graphologyOutside]],
].map(([name, patterns]) => ({
  files: [`src/${name}/**/*.ts`],
  rules: {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": [
      "error",
      { paths: name === "store" ? [] : driverOnlyInNeo4j, patterns },
    ],
    // The CLI's commands are entry points; every other room takes its settings as options.
    "no-restricted-properties":
      name === "cli"
        ? "off"
        : [
            "error",
            {
              object: "process",
              property: "env",
              message: "Only src/app and the CLI read the environment (ARCHITECTURE.md).",
            },
          ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-bench/",
      "node_modules/",
      "coverage/",
      "tools/",
      "bench/results/",
      "public/vendor/",
      "tests/fixtures/eval/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Decorated parameters need their classes at run time (emitDecoratorMetadata), which the
    // type-imports rule knows only when told.
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { disallowTypeAnnotations: false }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...roomRules,
  {
    // The store's adapters: only neo4j/ talks to the driver.
    files: ["src/store/memory/**/*.ts", "src/store/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: driverOnlyInNeo4j,
          patterns: [
            room("store", "extract", "analysis", "services", "graphql", "http", "cli", "app"),
          ],
        },
      ],
    },
  },
  {
    files: ["public/**/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        MutationObserver: "readonly",
        React: "readonly",
        ReactDOM: "readonly",
        GraphiQL: "readonly",
      },
    },
  },
  {
    files: ["bin/**/*.js", "*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

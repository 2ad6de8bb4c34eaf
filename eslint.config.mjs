import js from "@eslint/js";
import tseslint from "typescript-eslint";

const adapterOnly = {
  paths: [
    { name: "neo4j-driver", message: "Only src/store/neo4j talks to the driver." },
    { name: "graphology", message: "Only src/store/memory uses graphology." },
  ],
  patterns: [{ group: ["graphology-*"], message: "Only src/store/memory uses graphology." }],
};

export default tseslint.config(
  { ignores: ["dist/", "dist-bench/", "node_modules/", "coverage/", "tools/", "bench/results/", "public/vendor/", "tests/fixtures/eval/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Decorated parameters need their classes at run time (emitDecoratorMetadata), which the
    // type-imports rule knows only when told.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { disallowTypeAnnotations: false }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/graphql/**", "src/services/**", "src/http/**"],
    rules: { "no-restricted-imports": ["error", adapterOnly] },
  },
  {
    files: ["public/**/*.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly", MutationObserver: "readonly", React: "readonly", ReactDOM: "readonly", GraphiQL: "readonly" } },
  },
  {
    files: ["bin/**/*.js", "*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

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
  { ignores: ["dist/", "node_modules/", "coverage/", "tools/", "bench/results/", "public/vendor/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
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
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

import { dirname, join } from "node:path";
import { PACKAGE_ROOT } from "../package-root";

/** Browser files the IDE page needs, served from node_modules so nothing comes from a CDN. */
export function vendorFiles(): Map<string, string> {
  const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  return new Map([
    ["react.production.min.js", join(packageDir("react"), "umd/react.production.min.js")],
    [
      "react-dom.production.min.js",
      join(packageDir("react-dom"), "umd/react-dom.production.min.js"),
    ],
    ["graphiql.min.js", join(packageDir("graphiql"), "graphiql.min.js")],
    ["graphiql.min.css", join(packageDir("graphiql"), "graphiql.min.css")],
  ]);
}

/** The project's own browser files (public/), found from the package root in src/ and dist/. */
export function publicFile(name: string): string {
  return join(PACKAGE_ROOT, "public", name);
}

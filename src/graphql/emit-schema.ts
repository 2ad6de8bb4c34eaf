import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { printEnsembleSchema } from "./build-schema";

const target = resolve(process.argv[2] ?? "schema/schema.graphql");
writeFileSync(target, printEnsembleSchema());
process.stdout.write(`wrote ${target}\n`);

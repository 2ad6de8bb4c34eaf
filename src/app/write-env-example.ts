import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root";
import { renderEnvExample } from "./env-example";

/** `npm run env-example`: rewrites .env.example from the settings table. */
writeFileSync(join(PACKAGE_ROOT, ".env.example"), renderEnvExample());

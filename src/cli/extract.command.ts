import type { Command } from "commander";

// Placeholder replaced by the extraction work (src/extract).
export function registerExtract(program: Command): void {
  program.command("extract").description("documents -> graph document");
}

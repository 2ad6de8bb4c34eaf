import type { Command } from "commander";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve GraphQL and the IDE page (configured by the environment; see the README)")
    .action(async () => {
      await import("../http/main");
    });
}

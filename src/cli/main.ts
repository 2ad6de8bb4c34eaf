import "reflect-metadata";
import { Command } from "commander";
import { registerDocuments } from "./documents.command";
import { registerEvaluate } from "./evaluate.command";
import { registerExport } from "./export.command";
import { registerExtract } from "./extract.command";
import { registerIngest } from "./ingest.command";
import { registerLoad } from "./load.command";
import { registerServe } from "./serve.command";

const program = new Command()
  .name("ensemble")
  .description("Character-relationship graphs from narrative text")
  .showHelpAfterError();

registerExtract(program);
registerEvaluate(program);
registerLoad(program);
registerIngest(program);
registerExport(program);
registerDocuments(program);
registerServe(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  process.stderr.write(`ensemble: ${code ? `[${code}] ` : ""}${message}\n`);
  process.exitCode = 1;
});

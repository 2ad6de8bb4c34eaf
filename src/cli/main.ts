import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { packageVersion } from "../package-root";
import { DomainError } from "../domain/domain-error";
import { surfaceOf } from "../domain/error-surfaces";
import { registerDocuments } from "./documents.command";
import { registerEvaluate } from "./evaluate.command";
import { registerExport } from "./export.command";
import { registerExtract } from "./extract.command";
import { registerIngest } from "./ingest.command";
import { registerLoad } from "./load.command";
import { registerServe } from "./serve.command";

/** Exit statuses: 1 when a command fails, 2 when it was called wrongly (the shell's convention). */
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

// exitOverride before the commands are added: each inherits it, so commander throws its usage
// errors here (having printed them) instead of exiting 1 itself.
const program = new Command()
  .name("ensemble")
  .description("Character-relationship graphs from narrative text")
  .version(packageVersion(), "-V, --version", "print the version")
  .exitOverride()
  .showHelpAfterError();

registerExtract(program);
registerEvaluate(program);
registerLoad(program);
registerIngest(program);
registerExport(program);
registerDocuments(program);
registerServe(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with exit code 0.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    return;
  }
  if (!(error instanceof DomainError)) {
    process.stderr.write(`ensemble: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
    return;
  }
  // The same table GraphQL answers from; an extraction refusal says why (BAD_DOCUMENT, ...).
  const surface = surfaceOf(error.code);
  const label = (error.details.reason as string | undefined) ?? surface.code;
  process.stderr.write(`ensemble: [${label}] ${error.message}\n`);
  process.exitCode = surface.exitStatus;
});

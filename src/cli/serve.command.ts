import { type Command, InvalidArgumentError } from "commander";

interface ServeOptions {
  port?: string;
  host?: string;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve GraphQL and the IDE page (configured by the environment; see the README)")
    .option("-p, --port <port>", "HTTP port, 0 for a free one (env PORT, default 4000)", port)
    .option("--host <address>", "address to listen on (env HOST, default 127.0.0.1)")
    .action(async (options: ServeOptions) => {
      // The composition root reads its configuration from the environment, once: the flags
      // take the place of the variables they name, and the root validates them as it does those.
      if (options.port !== undefined) process.env.PORT = options.port;
      if (options.host !== undefined) process.env.HOST = options.host;
      await import("../app/main");
    });
}

function port(value: string): string {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > 65535) {
    throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  }
  return value;
}

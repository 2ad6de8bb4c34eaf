import { disableNagleOnDriverSockets } from "../../src/store/neo4j/socket-no-delay";
import { startPeerServer } from "./neo4j-graphql-peer";

/**
 * Serves the @neo4j/graphql peer. Environment: NEO4J_URI (required), NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE, PEER_PORT (default 0: a free port, read it from the ready line).
 */
async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is required");
  // The same transport as our service's (see socket-no-delay.ts), so the comparison is of the
  // two GraphQL layers, not of a 40 ms delayed ACK one side pays and the other does not.
  disableNagleOnDriverSockets();
  const server = await startPeerServer({
    uri,
    user: process.env.NEO4J_USER || undefined,
    password: process.env.NEO4J_PASSWORD || undefined,
    database: process.env.NEO4J_DATABASE || undefined,
    port: readPort(process.env.PEER_PORT),
  });
  process.stdout.write(`peer ready ${server.url}\n`);
  const shutdown = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`peer: unclean shutdown: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === "") return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PEER_PORT must be a port number, not ${JSON.stringify(value)}`);
  return port;
}

main().catch((error: unknown) => {
  process.stderr.write(`peer: could not start: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});

import { type IncomingMessage, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  execute,
  parse,
  validate,
} from "graphql";
import type { GraphStore } from "../../src/store/graph-store";
import { floorSchema } from "./floor-schema";

export interface FloorServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The least a GraphQL server over the same store can do per request, to measure ours against:
 * node:http, JSON in and out, graphql-js `execute` with plain resolvers (./floor-schema.ts). Like
 * any server it parses and validates a query text once; there are no limits, plugins, cache
 * hints, error formatting or loaders.
 */
export async function startFloorServer(store: GraphStore): Promise<FloorServer> {
  const schema = floorSchema(store);
  const documents = new Map<string, DocumentNode | ExecutionResult>();
  const server = createServer((req, res) => {
    answer(schema, documents, req).then(
      (result) => {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(result));
      },
      (error: unknown) => {
        res.writeHead(400, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function answer(
  schema: GraphQLSchema,
  documents: Map<string, DocumentNode | ExecutionResult>,
  req: IncomingMessage,
): Promise<ExecutionResult> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  let document = documents.get(query);
  if (!document) {
    const parsed = parse(query);
    const errors = validate(schema, parsed);
    document = errors.length > 0 ? { errors } : parsed;
    documents.set(query, document);
  }
  if (!("kind" in document)) return document;
  return execute({
    schema,
    document,
    variableValues: variables,
    operationName,
  });
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
}

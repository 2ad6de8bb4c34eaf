import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import type { RelationshipType } from "../../src/domain/vocabulary";

export interface PeerServerOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  port: number;
  host?: string;
}

export interface PeerServer {
  /** Answers POST with a GraphQL body (the standalone server answers on every path). */
  url: string;
  close(): Promise<void>;
}

type CharacterRelationshipType = Exclude<RelationshipType, "MEMBER_OF">;

/** Typed against Ensemble's vocabulary so that a new type fails to compile until the peer has it. */
const RELATIONSHIP_FIELDS: Record<CharacterRelationshipType, string> = {
  FAMILY_OF: "familyOf",
  ROMANTIC_WITH: "romanticWith",
  FRIEND_OF: "friendOf",
  ALLY_OF: "allyOf",
  ENEMY_OF: "enemyOf",
  WORKS_WITH: "worksWith",
  WORKS_FOR: "worksFor",
  MENTOR_OF: "mentorOf",
  KILLED: "killed",
  INTERACTS_WITH: "interactsWith",
};

const PEER_FIELDS = Object.values(RELATIONSHIP_FIELDS);

// queryDirection: UNDIRECTED makes @neo4j/graphql match (a)-[:TYPE]-(b); direction: OUT only
// says how mutations would store it, and the peer has no mutations.
const PEER_TYPE_DEFS = `
type Character @node @mutation(operations: []) {
  id: ID!
  name: String!
${Object.entries(RELATIONSHIP_FIELDS)
  .map(
    ([type, field]) =>
      `  ${field}: [Character!]! @relationship(type: "${type}", direction: OUT, queryDirection: UNDIRECTED)`,
  )
  .join("\n")}
}
`;

export interface PeerCharacter {
  id: string;
  name: string;
  [relationshipField: string]: unknown;
}

export interface PeerNeighbourhoodData {
  characters: PeerCharacter[];
}

export async function startPeerServer(options: PeerServerOptions): Promise<PeerServer> {
  const auth =
    options.user !== undefined && options.password !== undefined
      ? neo4j.auth.basic(options.user, options.password)
      : undefined;
  const driver = neo4j.driver(options.uri, auth);
  try {
    await driver.verifyConnectivity({ database: options.database });
    const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
    const apollo = new ApolloServer<Neo4jGraphQLContext>({
      schema,
      introspection: false,
      includeStacktraceInErrorResponses: false,
      // The caller owns shutdown: Apollo's own handlers would re-raise the signal before the
      // driver is closed.
      stopOnTerminationSignals: false,
      plugins: [ApolloServerPluginLandingPageDisabled()],
    });
    const sessionConfig = options.database ? { database: options.database } : undefined;
    const { url } = await startStandaloneServer(apollo, {
      listen: { port: options.port, host: options.host ?? "127.0.0.1" },
      context: async () => ({ sessionConfig }),
    });
    return {
      url: new URL("graphql", url).href,
      async close() {
        await apollo.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** Who is within `depth` hops of $id, over every character type in both directions. */
export function peerNeighbourhoodQuery(depth: 1 | 2): string {
  return [
    "query PeerNeighbourhood($id: ID!) {",
    "  characters(where: { id: { eq: $id } }) {",
    ...characterSelection(depth, "    "),
    "  }",
    "}",
  ].join("\n");
}

function characterSelection(hopsLeft: number, indent: string): string[] {
  const lines = [`${indent}id`, `${indent}name`];
  if (hopsLeft === 0) return lines;
  for (const field of PEER_FIELDS) {
    lines.push(`${indent}${field} {`, ...characterSelection(hopsLeft - 1, indent + "  "));
    lines.push(`${indent}}`);
  }
  return lines;
}

/** The ids within `depth` hops, centre included, as `peerNeighbourhoodQuery(depth)` returns them. */
export function membersFromPeerAnswer(data: PeerNeighbourhoodData, depth: 1 | 2): Set<string> {
  const members = new Set<string>();
  const visit = (character: PeerCharacter, hopsLeft: number): void => {
    members.add(character.id);
    if (hopsLeft === 0) return;
    for (const field of PEER_FIELDS) {
      const related = character[field];
      if (!Array.isArray(related))
        throw new Error(
          `peer answer lacks ${field} on ${character.id}: not a depth-${depth} answer`,
        );
      for (const next of related as PeerCharacter[]) visit(next, hopsLeft - 1);
    }
  };
  for (const centre of data.characters) visit(centre, depth);
  return members;
}

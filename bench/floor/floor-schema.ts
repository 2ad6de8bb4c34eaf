import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type GraphQLFieldResolver, type GraphQLSchema, buildSchema, isObjectType } from "graphql";
import { nameKey } from "../../src/domain/ids";
import type { CharacterNode, RelationshipEdge } from "../../src/domain/graph-model";
import type { GraphStore } from "../../src/store/graph-store";

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

/**
 * Ensemble's committed SDL with hand-written resolvers for the two questions the floor answers
 * (`character` with its relationships, `neighbourhood` without them), straight over the store:
 * no name suggestions, no filters, no loaders. Every other field keeps graphql-js's default
 * resolver, which reads the property of the same name.
 */
export function floorSchema(store: GraphStore, root = process.cwd()): GraphQLSchema {
  const schema = buildSchema(readFileSync(join(root, "schema/schema.graphql"), "utf8"));
  const byName = async (name: string): Promise<CharacterNode> => {
    const [found] = await store.charactersByNameKey(nameKey(name));
    if (!found) throw new Error(`no character is called ${name}`);
    return found;
  };
  const resolvers: Record<string, Record<string, Resolver>> = {
    Query: {
      character: (_root, { name }) => byName(String(name)),
      neighbourhood: async (_root, { of, depth }) => {
        const centre = await byName(String(of));
        const found = await store.neighbourhood(centre.id, Number(depth), {}, { members: "only" });
        return {
          centre: found.characters[0],
          members: found.members.map((m, i) => ({
            character: found.characters[i],
            distance: m.distance,
          })),
        };
      },
    },
    Character: {
      // Both ends of every relationship in one store call, read before the answer is written.
      relationships: async (character, { first }) => {
        const { id } = character as CharacterNode;
        const [edges] = await store.relationshipsOf([id], {});
        const taken = edges.slice(0, Number(first));
        const ids = [...new Set(taken.flatMap((r) => [r.source, r.target]))];
        const ends = new Map((await store.charactersById(ids)).map((c, i) => [ids[i], c]));
        return taken.map((r: RelationshipEdge) => ({
          ...r,
          source: ends.get(r.source),
          target: ends.get(r.target),
        }));
      },
    },
  };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`the schema has no object type ${typeName}`);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      type.getFields()[fieldName].resolve = resolve;
    }
  }
  return schema;
}

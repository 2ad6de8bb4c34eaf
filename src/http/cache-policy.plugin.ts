import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from "graphql";
import { collectFields } from "graphql/execution/collectFields";

/**
 * Root fields cached for less than `defaultMaxAge` (everything else the graph answers changes
 * only on a load or an ingest).
 */
export const FIELD_MAX_AGE: Record<string, number> = {
  "Query.stats": 60,
  "Query.documents": 60,
  // It changes as the background computation goes: asked again to see whether it is done.
  "Query.metricsStatus": 0,
  "Mutation.ingestDocument": 0,
};

/** How many operation and variable sets per document the policy remembers. */
const REMEMBERED = 1000;

/**
 * The Cache-Control header of an answer, worked out once per document and operation instead of
 * once per field (Apollo's cache-control plugin hooks every field resolved: 13,000 calls for a
 * depth-2 neighbourhood, and a wrapper around every resolver). Same rules as Apollo's, with no
 * @cacheControl directives in the schema: each root field may be cached for its FIELD_MAX_AGE
 * or `defaultMaxAge`, an object field below a root field for `defaultMaxAge`, the answer for the
 * least of them, public; an answer with errors, or one nobody may cache, is `no-store`. Where a
 * hinted root field selects objects, `defaultMaxAge` counts whether or not the data reaches
 * them: an answer may be cached for less than Apollo would allow, never for longer.
 */
export function cachePolicyPlugin(
  schema: GraphQLSchema,
  defaultMaxAge: number,
  hints: Record<string, number> = FIELD_MAX_AGE,
): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, Map<string, number | null>>();
  const maxAgeOf = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): number | null => {
    const remembered = known.get(document) ?? new Map<string, number | null>();
    // @skip and @include may drop root fields depending on the variables.
    const key = `${operation.name?.value ?? ""}\n${conditional(document) ? JSON.stringify(variables) : ""}`;
    if (remembered.has(key)) return remembered.get(key)!;
    const maxAge = rootMaxAge(schema, document, operation, variables, defaultMaxAge, hints);
    if (remembered.size >= REMEMBERED) remembered.clear();
    known.set(document, remembered.set(key, maxAge));
    return maxAge;
  };
  return {
    async requestDidStart() {
      let maxAge: number | null = null;
      return {
        async didResolveOperation({ document, operation, request, overallCachePolicy }) {
          if (!operation) return;
          maxAge = maxAgeOf(document, operation, request.variables ?? {});
          if (maxAge !== null) overallCachePolicy.restrict({ maxAge, scope: "PUBLIC" });
        },
        async willSendResponse({ response }) {
          if (response.http.headers.has("cache-control")) return;
          const cacheable =
            maxAge !== null &&
            maxAge > 0 &&
            response.body.kind === "single" &&
            !response.body.singleResult.errors;
          response.http.headers.set(
            "cache-control",
            cacheable ? `max-age=${maxAge}, public` : "no-store",
          );
        },
      };
    },
  };
}

function rootMaxAge(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  defaultMaxAge: number,
  hints: Record<string, number>,
): number | null {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return null;
  const fragments = fragmentsOf(document);
  const fields = collectFields(schema, fragments, variables, rootType, operation.selectionSet);
  let maxAge: number | null = null;
  const restrict = (age: number) => (maxAge = maxAge === null ? age : Math.min(maxAge, age));
  for (const nodes of fields.values()) {
    const name = nodes[0].name.value;
    // Meta fields (__typename, __schema, __type) carry no policy of their own, as in Apollo.
    if (name.startsWith("__")) continue;
    const hint = hints[`${rootType.name}.${name}`];
    restrict(hint ?? defaultMaxAge);
    if (hint !== undefined && nodes.some((node) => selectsObjects(node, fragments)))
      restrict(defaultMaxAge);
  }
  return maxAge;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** Whether a field's selection reaches a field with a selection of its own (an object). */
function selectsObjects(
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.selectionSet !== undefined;
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return walk(fragments[name]?.selectionSet);
    });
  return walk(field.selectionSet);
}

const conditionalDocuments = new WeakMap<DocumentNode, boolean>();

/** Whether the document uses @skip or @include anywhere. */
function conditional(document: DocumentNode): boolean {
  let found = conditionalDocuments.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Directive(node) {
        if (node.name.value === "skip" || node.name.value === "include") found = true;
      },
    });
    conditionalDocuments.set(document, found);
  }
  return found;
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  buildSchema,
  getNamedType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { EXAMPLE_QUERIES } from "../../src/http/example-queries";

/** The committed schema: documents are built from what a client can read of it. */
const SCHEMA = buildSchema(
  readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8"),
);
const NAMES = ["Ada", "ada ames", "Eve", "robert", "Pat Actor", "Nobody", "", "Détective Dee"];

/** A literal of the wrong kind for whatever argument it lands in, often. */
const WRONG_LITERAL = fc.constantFrom(
  '"x"',
  '""',
  "1",
  "-1",
  "2147483648",
  "1.5",
  "1e400",
  "true",
  "null",
  "[]",
  "[[1]]",
  "{ a: 1 }",
  "KILLED",
  "NOPE",
  "$undeclared",
  '"""block"""',
);

/** A literal for an input type: mostly its own kind, often out of bounds, sometimes wrong. */
function literalFor(type: GraphQLInputType): fc.Arbitrary<string> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const right: fc.Arbitrary<string> = isListType(inner)
    ? fc
        .array(literalFor(inner.ofType as GraphQLInputType), { maxLength: 12 })
        .map((items) => `[${items.join(", ")}]`)
    : leafLiteral(getNamedType(inner) as GraphQLInputType);
  return fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: WRONG_LITERAL });
}

function leafLiteral(type: GraphQLInputType): fc.Arbitrary<string> {
  if (isEnumType(type)) {
    return fc.constantFrom(...type.getValues().map((v) => v.name), "UNKNOWN_VALUE");
  }
  switch (getNamedType(type).name) {
    case "Int":
      return fc
        .oneof(fc.integer({ min: -3, max: 150 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31)))
        .map(String);
    case "Float":
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n));
    case "Boolean":
      return fc.constantFrom("true", "false");
    default:
      return fc
        .oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 40 }))
        .map((s) => JSON.stringify(s));
  }
}

const alias = fc.oneof(
  { weight: 4, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom("a: ", "b: ", "__typename: ", "x1: ") },
);

function fieldFor(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
  const args = fc
    .tuple(
      ...field.args.map((arg) =>
        fc.option(
          literalFor(arg.type).map((value) => `${arg.name}: ${value}`),
          // Required arguments are left out now and then: that is a refusal to check too.
          { freq: isNonNullType(arg.type) && arg.defaultValue === undefined ? 12 : 2 },
        ),
      ),
    )
    .map((parts) => parts.filter((p): p is string => p !== null))
    .map((parts) => (parts.length > 0 ? `(${parts.join(", ")})` : ""));
  return fc
    .tuple(alias, args, selectionFor(field.type, depth - 1))
    .map(([a, argText, selection]) => `${a}${field.name}${argText} ${selection}`);
}

/** A selection of a type's fields, nested up to `depth` levels. */
export function selectionFor(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant("");
  if (!isObjectType(named) || depth <= 0) return fc.constant("{ __typename }");
  const fields = Object.values(named.getFields());
  return fc
    .shuffledSubarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
    .chain((chosen) => fc.tuple(...chosen.map((f) => fieldFor(f, depth))))
    .map((parts) => `{ ${parts.join(" ")} }`);
}

/** An operation over the schema's own fields, with arguments of every kind. */
export const schemaDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: selectionFor(SCHEMA.getQueryType()!, 3) },
  {
    weight: 1,
    arbitrary: selectionFor(SCHEMA.getMutationType()!, 2).map((s) => `mutation ${s}`),
  },
);

const TOKENS = [
  "{",
  "}",
  "(",
  ")",
  "...",
  "$x",
  "@skip(if: true)",
  "@include(if: $nope)",
  '"',
  "#",
  "query",
  "mutation",
  "subscription",
  "__typename",
  "__schema { types { name } }",
  "first: 1000",
  "depth: 9",
  "fragment F on Query { stats { characters } }",
  "...F",
];

/** One of the IDE's example queries, cut, repeated or salted with tokens. */
export const mutatedExample: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...EXAMPLE_QUERIES.map((e) => e.query)),
    fc.array(
      fc.tuple(
        fc.constantFrom("cut", "repeat", "insert"),
        fc.nat(),
        fc.nat({ max: 60 }),
        fc.constantFrom(...TOKENS),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([query, edits]) =>
    edits.reduce((text, [edit, at, length, token]) => {
      const start = at % (text.length + 1);
      if (edit === "cut") return text.slice(0, start) + text.slice(start + length);
      if (edit === "repeat")
        return text.slice(0, start) + text.slice(start, start + length) + text.slice(start);
      return `${text.slice(0, start)} ${token} ${text.slice(start)}`;
    }, query),
  );

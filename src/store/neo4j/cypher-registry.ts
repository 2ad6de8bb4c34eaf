import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../../domain/vocabulary";
import { PACKAGE_ROOT } from "../../package-root";

/** Every statement file the Neo4j adapter runs (cypher/<name>.cypher), besides the templates. */
export const STATEMENT_NAMES = [
  "merge-documents",
  "merge-scenes",
  "merge-characters",
  "merge-appearances",
  "merge-people",
  "merge-portrayals",
  "merge-organizations",
  "merge-memberships",
  "count-graph",
  "find-characters-by-name-key",
  "find-characters-by-name-ending",
  "list-character-names",
  "find-characters-by-id",
  "page-characters",
  "count-characters",
  "find-relationships-of",
  "find-relationships-between",
  "find-relationships-among",
  "expand-frontier",
  "find-portrayers",
  "find-documents-by-id",
  "find-documents-by-content-hash",
  "list-documents",
  "list-characters",
  "list-relationships",
  "count-entities",
  "count-relationships-by-type",
  "ping",
] as const;

export type StatementName = (typeof STATEMENT_NAMES)[number];

/** Relationships between two characters: the vocabulary without MEMBER_OF (to organizations). */
export type CharacterRelationshipType = Exclude<RelationshipType, "MEMBER_OF">;
export const CHARACTER_RELATIONSHIP_TYPES = RELATIONSHIP_TYPES.filter(
  (t): t is CharacterRelationshipType => t !== "MEMBER_OF",
);

export const DEFAULT_CYPHER_DIRECTORY = join(PACKAGE_ROOT, "cypher");

export class CypherRegistry {
  private readonly pathTemplate: string;
  private readonly pathsByMaxHops = new Map<number, string>();
  private readonly walksByMaxHops = new Map<number, string>();

  private constructor(
    /** Schema statements from create-constraints.cypher, in file order. */
    readonly schema: readonly string[],
    private readonly statements: Readonly<Record<StatementName, string>>,
    /** merge-relationships.cypher, once per character relationship type. */
    readonly mergeRelationships: Readonly<Record<CharacterRelationshipType, string>>,
    pathTemplate: string,
    private readonly walkTemplate: string,
  ) {
    this.pathTemplate = pathTemplate;
  }

  /**
   * Reads every file once. A missing file fails here, at boot, naming the file, rather than on
   * the first request that needs it.
   */
  static load(directory = DEFAULT_CYPHER_DIRECTORY): CypherRegistry {
    const read = (name: string): string => {
      const file = join(directory, `${name}.cypher`);
      if (!existsSync(file)) throw new Error(`Cypher statement file missing: ${file}`);
      // Whole-line comments document the files; the server need not see them.
      return readFileSync(file, "utf8")
        .replace(/^\s*\/\/.*$/gm, "")
        .trim();
    };
    const statements = Object.fromEntries(
      STATEMENT_NAMES.map((name) => [name, read(name)]),
    ) as Record<StatementName, string>;
    const schema = read("create-constraints")
      .split(/^\s*;\s*$/m)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const relationshipTemplate = read("merge-relationships");
    const mergeRelationships = Object.fromEntries(
      CHARACTER_RELATIONSHIP_TYPES.map((type) => [
        type,
        fill(relationshipTemplate, { TYPE: type }),
      ]),
    ) as Record<CharacterRelationshipType, string>;
    const pathTemplate = read("find-shortest-paths");
    const walkTemplate = read("find-path-through");
    const registry = new CypherRegistry(
      schema,
      statements,
      mergeRelationships,
      pathTemplate,
      walkTemplate,
    );
    // Checks the templates' placeholders at boot.
    registry.shortestPaths(1);
    registry.pathThrough(1);
    return registry;
  }

  statement(name: StatementName): string {
    return this.statements[name];
  }

  /** find-shortest-paths.cypher for paths of at most maxHops (a whole number >= 1). */
  shortestPaths(maxHops: number): string {
    return withMaxHops(this.pathTemplate, this.pathsByMaxHops, maxHops);
  }

  /** find-path-through.cypher for legs of at most maxHops (a whole number >= 1). */
  pathThrough(maxHops: number): string {
    return withMaxHops(this.walkTemplate, this.walksByMaxHops, maxHops);
  }
}

function withMaxHops(template: string, filled: Map<number, string>, maxHops: number): string {
  if (!Number.isSafeInteger(maxHops) || maxHops < 1)
    throw new RangeError(`maxHops must be a whole number >= 1`);
  let statement = filled.get(maxHops);
  if (statement === undefined) {
    statement = fill(template, {
      CHARACTER_TYPES: CHARACTER_RELATIONSHIP_TYPES.join("|"),
      MAX_HOPS: String(maxHops),
    });
    filled.set(maxHops, statement);
  }
  return statement;
}

/**
 * Replaces $NAME placeholders in a template. Only the callers above supply values, and only
 * from the vocabulary or a checked integer: nothing a user typed ever reaches a template.
 */
function fill(template: string, values: Record<string, string>): string {
  let text = template;
  for (const [name, value] of Object.entries(values)) {
    const placeholder = new RegExp(`\\$${name}\\b`, "g");
    if (!text.match(placeholder)) throw new Error(`Cypher template lacks the placeholder $${name}`);
    if (!/^[A-Z_|0-9]+$/.test(value))
      throw new Error(`refusing to put ${JSON.stringify(value)} in Cypher`);
    text = text.replace(placeholder, value);
  }
  return text;
}

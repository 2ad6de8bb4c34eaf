import { distance } from "fastest-levenshtein";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../domain/vocabulary";
import { EXPORT_FORMATS, type ExportFormat } from "./export-formats";
import { InvalidArgumentError } from "./service-errors";

/** What an export was asked for, checked; documents are still names (see ExportService). */
export interface ExportParameters {
  types?: RelationshipType[];
  minWeight?: number;
  /** Document ids or titles, each as given (a value may still hold several, comma-separated). */
  documents?: string[];
  pronouns?: false;
  directed: boolean;
}

export interface ExportParameterDoc {
  name: "types" | "minWeight" | "documents" | "pronouns" | "directed";
  /** The CLI's spelling of it. */
  flag: string;
  example: string;
  description: string;
  /** Only the graph files (GraphML, GEXF, node-link JSON) take it. */
  graphOnly: boolean;
}

export const EXPORT_PARAMETERS: readonly ExportParameterDoc[] = [
  {
    name: "types",
    flag: "--types",
    example: "KILLED,enemy_of",
    description: `only these relationship types, comma-separated, in any case: ${RELATIONSHIP_TYPES.join(", ")}`,
    graphOnly: false,
  },
  {
    name: "minWeight",
    flag: "--min-weight",
    example: "2",
    description: "only relationships at least this heavy (weighed after the other filters)",
    graphOnly: false,
  },
  {
    name: "documents",
    flag: "--documents",
    example: "Episode One,ep2",
    description:
      "only evidence from these documents, by id or title, comma-separated (repeat the " +
      "parameter for a title with a comma); weights are recounted from that evidence",
    graphOnly: false,
  },
  {
    name: "pronouns",
    flag: "--pronouns",
    example: "false",
    description: "false drops evidence read through a pronoun, as GraphQL's pronouns: false",
    graphOnly: false,
  },
  {
    name: "directed",
    flag: "--directed",
    example: "true",
    description:
      "true makes a directed graph: one arc per relationship of a directed type (KILLED, " +
      "WORKS_FOR, ...), two (one each way) per symmetric one; default false, an undirected " +
      'graph with direction as the "directed" edge attribute',
    graphOnly: true,
  },
];

/** A refused parameter; `valid` lists what would have been accepted. */
export class ExportParameterError extends InvalidArgumentError {
  constructor(
    message: string,
    argument: string,
    readonly valid: readonly string[],
  ) {
    super(message, argument);
  }
}

/** Values as given: an HTTP query (a repeated parameter is a list) or the CLI's options. */
export type RawParameters = Record<string, string | readonly string[] | undefined>;

/** Checks every parameter of an export request; anything unknown or malformed is refused. */
export function parseExportParameters(format: ExportFormat, raw: RawParameters): ExportParameters {
  const accepted = acceptedParameters(format);
  for (const name of Object.keys(raw)) {
    if (raw[name] !== undefined && !accepted.includes(name)) refuseParameter(format, name);
  }
  const parsed: ExportParameters = { directed: parseBoolean(raw, "directed") ?? false };
  const types = once(raw, "types");
  if (types !== undefined) parsed.types = parseTypes(types);
  const minWeight = once(raw, "minWeight");
  if (minWeight !== undefined) parsed.minWeight = parseWeight(minWeight);
  const documents = [raw.documents ?? []].flat().filter((d) => d.trim() !== "");
  if (documents.length > 0) parsed.documents = documents;
  if (parseBoolean(raw, "pronouns") === false) parsed.pronouns = false;
  return parsed;
}

function acceptedParameters(format: ExportFormat): string[] {
  return EXPORT_PARAMETERS.filter((p) => !p.graphOnly || EXPORT_FORMATS[format].graph).map(
    (p) => p.name,
  );
}

function refuseParameter(format: ExportFormat, name: string): never {
  const accepted = acceptedParameters(format);
  if (name === "directed")
    throw new ExportParameterError(
      `directed applies only to the graph files (graph.graphml, graph.gexf, graph.json), not ${format}; ${format} takes ${accepted.join(", ")}`,
      name,
      accepted,
    );
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, "");
  const near = accepted.find(
    (p) => squash(p) === squash(name) || distance(squash(p), squash(name)) <= 2,
  );
  const hint = near ? ` Did you mean ${near}?` : "";
  throw new ExportParameterError(
    `unknown parameter ${name}; ${format} takes ${accepted.join(", ")}.${hint}`,
    name,
    accepted,
  );
}

function once(raw: RawParameters, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || typeof value === "string") return value;
  throw new InvalidArgumentError(`give ${name} once (a list is comma-separated)`, name);
}

function parseTypes(value: string): RelationshipType[] {
  const names = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const byName = new Map(RELATIONSHIP_TYPES.map((t) => [t.toLowerCase(), t]));
  const unknown = names.filter((n) => !byName.has(n.toLowerCase()));
  if (unknown.length > 0)
    throw new ExportParameterError(
      `unknown relationship type ${unknown.join(", ")}; the types are ${RELATIONSHIP_TYPES.join(", ")}`,
      "types",
      RELATIONSHIP_TYPES,
    );
  return names.map((n) => byName.get(n.toLowerCase())!);
}

function parseWeight(value: string): number {
  const weight = value.trim() === "" ? NaN : Number(value);
  if (!Number.isFinite(weight) || weight < 0)
    throw new InvalidArgumentError(
      `minWeight must be a number of at least 0, not "${value}"`,
      "minWeight",
    );
  return weight;
}

function parseBoolean(raw: RawParameters, name: string): boolean | undefined {
  const value = once(raw, name)?.trim().toLowerCase();
  if (value === undefined) return undefined;
  if (value === "true" || value === "false") return value === "true";
  throw new ExportParameterError(`${name} must be true or false`, name, ["true", "false"]);
}

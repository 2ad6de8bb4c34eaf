import type { GraphDocument } from "../../src/domain/graph-document";

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** The characters the questions are about, picked from the graph by degree, never by name. */
export interface Cast {
  /** Characters of median degree: typical, neither hubs nor loners. */
  typical: { id: string; name: string }[];
}

export function castOf(graph: GraphDocument): Cast {
  const degree = new Map<string, number>();
  for (const r of graph.relationships) {
    if (r.type === "MEMBER_OF") continue;
    for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const byDegree = graph.characters
    .filter((c) => degree.has(c.id))
    .sort((a, b) => degree.get(a.id)! - degree.get(b.id)! || (a.id < b.id ? -1 : 1));
  const middle = Math.floor(byDegree.length / 2) - 2;
  return { typical: byDegree.slice(middle, middle + 4).map(({ id, name }) => ({ id, name })) };
}

export const QUESTION_NAMES = ["character", "neighbourhood", "path", "links", "ranking"] as const;
export type QuestionName = (typeof QUESTION_NAMES)[number];

/** The five questions timed under load, as a client would send them. */
export function questionsFor(cast: Cast): Record<QuestionName, GraphqlRequest> {
  const [a, b, c, d] = cast.typical;
  return {
    character: {
      query: `query Character($name: String!) {
  character(name: $name) { id name aliases relationships(first: 20) { type weight source { name } target { name } } }
}`,
      variables: { name: a.name },
    },
    neighbourhood: {
      query: `query Circle($of: String!) {
  neighbourhood(of: $of, depth: 2) { members { distance character { id name } } }
}`,
      variables: { of: d.name },
    },
    path: {
      query: `query Path($from: String!, $via: [String!], $to: String!) {
  path(from: $from, via: $via, to: $to) { length characters { name } steps { relationship { type weight evidence { quote } } } }
}`,
      variables: { from: a.name, via: [b.name], to: c.name },
    },
    links: {
      query: `query Links($between: [String!]!) {
  links(between: $between) { connected linkers { name } relationships { type weight source { name } target { name } } }
}`,
      variables: { between: [a.name, b.name, c.name] },
    },
    ranking: {
      query: `query Ranking {
  ranking(metric: PAGERANK, first: 10) { rank value character { name } }
}`,
      variables: {},
    },
  };
}

import type { RelationshipType } from "../domain/vocabulary";

/**
 * Filters a question can put on the graph: by type, by minimum weight, by document (episode),
 * and whether evidence read through a pronoun counts (it does unless `pronouns` is false).
 */
export interface ViewFilter {
  types?: readonly RelationshipType[] | null;
  minWeight?: number | null;
  documents?: readonly string[] | null;
  pronouns?: boolean | null;
}

export interface NormalizedFilter {
  types?: RelationshipType[];
  minWeight?: number;
  documents?: string[];
  /** Only ever false: evidence read through a pronoun is dropped. */
  pronouns?: false;
}

/** Nulls and empty lists mean "no filter"; lists are sorted so equal filters share a cache key. */
export function normalizeFilter(filter: ViewFilter): NormalizedFilter {
  const normalized: NormalizedFilter = {};
  if (filter.types?.length) normalized.types = [...new Set(filter.types)].sort();
  if (filter.minWeight != null) normalized.minWeight = filter.minWeight;
  if (filter.documents?.length) normalized.documents = [...new Set(filter.documents)].sort();
  if (filter.pronouns === false) normalized.pronouns = false;
  return normalized;
}

/** Whether the store's own traversal can answer (it filters by type only). */
export function needsView(filter: NormalizedFilter): boolean {
  return (
    filter.minWeight !== undefined ||
    filter.documents !== undefined ||
    filter.pronouns !== undefined
  );
}

export function filterKey(filter: NormalizedFilter): string {
  const key = [filter.types ?? [], filter.minWeight ?? null, filter.documents ?? []];
  return JSON.stringify(filter.pronouns === false ? [...key, false] : key);
}

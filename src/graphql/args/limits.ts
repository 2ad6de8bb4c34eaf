/** Bounds on the work one request may ask for (DESIGN.md, Non-functional). */
export const LIMITS = {
  first: { default: 20, max: 100 },
  maxHops: { default: 6, max: 10 },
  depth: { default: 1, max: 3 },
  via: { max: 8 },
  nameLength: 200,
} as const;

export const ANALYSIS_LIMITS = {
  k: { default: 3, max: 10 },
  between: { min: 2, max: 8 },
  ranking: { default: 10, max: 100 },
} as const;

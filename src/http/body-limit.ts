/** What /graphql reads at least, whatever INGEST_MAX_BYTES is. */
const SMALLEST_LIMIT = 256 * 1024;
/** Room for the rest of an ingest request: the query, the title, the work, the JSON around them. */
const HEADROOM = 64 * 1024;

/**
 * The largest request body /graphql reads, in bytes: enough for an ingest of INGEST_MAX_BYTES
 * however its client escapes the text in JSON (with `\u00e9` for each é, as Python's json does
 * by default, a text grows to three times its UTF-8 bytes at most), so that a text within the
 * ingest limit is never refused for its body's size instead.
 */
export function graphqlBodyLimit(ingestMaxBytes: number): number {
  return Math.max(SMALLEST_LIMIT, 3 * ingestMaxBytes + HEADROOM);
}

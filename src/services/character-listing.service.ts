import { nameKey } from "../domain/ids";
import type { CharacterPage, GraphStore } from "../store/graph-store";
import { InvalidArgumentError } from "./service-errors";

const CURSOR_PREFIX = "character:";

/** Cursor pagination over characters in id order; a cursor is opaque to clients. */
export class CharacterListingService {
  constructor(private readonly store: GraphStore) {}

  page(query: {
    search?: string | null;
    first: number;
    after?: string | null;
  }): Promise<CharacterPage> {
    const searchKey = query.search == null ? undefined : nameKey(query.search);
    // GraphQL gives null for an explicit `after: null`, the first page.
    const afterId = query.after == null ? undefined : decodeCursor(query.after);
    return this.store.pageOfCharacters({
      searchKey: searchKey || undefined,
      afterId,
      first: query.first,
    });
  }
}

export function encodeCursor(id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (
    !decoded.startsWith(CURSOR_PREFIX) ||
    encodeCursor(decoded.slice(CURSOR_PREFIX.length)) !== cursor
  ) {
    throw new InvalidArgumentError(`"${cursor}" is not a cursor this service gave out`, "after");
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

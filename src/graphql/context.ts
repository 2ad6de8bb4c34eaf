import type { Loaders } from "./loaders";

export interface RequestContext {
  requestId: string;
  /** The Authorization header, for the writes that need a key. */
  authorization?: string;
  loaders: Loaders;
}

import type { Loaders } from "./loaders";

export interface RequestContext {
  requestId: string;
  /** The Authorization header, for the writes that need a key. */
  authorization?: string;
  /** Who sent the request (its address), for limits kept per client. */
  client: string;
  loaders: Loaders;
}

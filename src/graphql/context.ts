import type { Loaders } from "./loaders";

export interface RequestContext {
  requestId: string;
  loaders: Loaders;
}

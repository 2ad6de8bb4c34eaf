import type { ServerResponse, Server } from "node:http";

export interface HttpDrain {
  /** Stops accepting; resolves when every request in flight has been answered. */
  drain(): Promise<void>;
  /** Ends every connection now, answered or not (the grace period is over). */
  forceClose(): void;
}

/**
 * Keep-alive connections would hold `server.close()` open until they time out, so once a stop
 * begins, every answer still to be written says `Connection: close` and every connection that
 * falls idle is closed at once.
 */
export function httpDrain(server: Server): HttpDrain {
  const unanswered = new Set<ServerResponse>();
  let draining = false;
  server.on("request", (_request, response: ServerResponse) => {
    if (draining) response.setHeader("connection", "close");
    unanswered.add(response);
    response.once("close", () => {
      unanswered.delete(response);
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    drain() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const response of unanswered) {
        if (!response.headersSent) response.setHeader("connection", "close");
      }
      server.closeIdleConnections();
      return closed;
    },
    forceClose() {
      server.closeAllConnections();
    },
  };
}

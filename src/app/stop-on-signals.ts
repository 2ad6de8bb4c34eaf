import { logEvent } from "./log";
import type { RunningServer } from "./start-server";

/**
 * SIGTERM or SIGINT stops the server gracefully and exits 0. A second signal, a stop still
 * unfinished after the grace period, or a stop that fails exits 1 at once, cutting off any
 * request still in flight. The service handles these signals itself in every environment
 * (Apollo is told not to), so a container's or npm's SIGTERM drains like a terminal's Ctrl-C.
 */
export function stopOnSignals(
  server: Pick<RunningServer, "stop" | "forceClose">,
  graceMs: number,
): void {
  let stopping = false;
  const exitNow = (message: string, fields: Record<string, unknown>) => {
    logEvent("error", message, fields);
    server.forceClose();
    process.exit(1);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return exitNow("a second signal: exiting without waiting", { signal });
    stopping = true;
    logEvent("info", "shutting down", { signal, graceMs });
    setTimeout(
      () => exitNow("requests still in flight at the end of the grace period", { graceMs }),
      graceMs,
    ).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => exitNow("unclean shutdown", { error: String(error) }),
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

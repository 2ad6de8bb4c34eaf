import { describe, expect, it } from "@jest/globals";
import { AnalysisCancelledError } from "../../../../src/domain/request-cancellation";
import { SharedTask } from "../../../../src/analysis/workers/shared-task";

/** A computation that finishes when told to, and records whether it was aborted. */
function controllable() {
  let finish: (value: string) => void = () => undefined;
  let signal: AbortSignal | undefined;
  const task = new SharedTask<string>((s) => {
    signal = s;
    return new Promise<string>((resolve) => (finish = resolve));
  });
  return { task, finish: (value: string) => finish(value), aborted: () => signal!.aborted };
}

describe("a computation several requests wait for", () => {
  it("goes on for the others when one request gives up", async () => {
    const { task, finish, aborted } = controllable();
    const [leaving, staying] = [new AbortController(), new AbortController()];
    const left = task.wait(leaving.signal);
    const stayed = task.wait(staying.signal);
    leaving.abort();
    await expect(left).rejects.toBeInstanceOf(AnalysisCancelledError);
    expect(aborted()).toBe(false);
    finish("betweenness");
    await expect(stayed).resolves.toBe("betweenness");
    expect(task.spent).toBe(false);
  });

  it("is aborted when the last request waiting for it gives up, and is then spent", async () => {
    const { task, aborted } = controllable();
    const [first, second] = [new AbortController(), new AbortController()];
    const waits = [task.wait(first.signal), task.wait(second.signal)];
    first.abort();
    second.abort();
    await Promise.allSettled(waits);
    expect(aborted()).toBe(true);
    expect(task.spent).toBe(true);
  });

  it("is never aborted while a caller without a signal waits for it", async () => {
    const { task, finish, aborted } = controllable();
    const request = new AbortController();
    const cancelled = task.wait(request.signal);
    const background = task.wait();
    request.abort();
    await expect(cancelled).rejects.toBeInstanceOf(AnalysisCancelledError);
    expect(aborted()).toBe(false);
    finish("pagerank");
    await expect(background).resolves.toBe("pagerank");
  });
});

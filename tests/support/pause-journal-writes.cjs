/**
 * Loaded with `node --require` into a service under test, never by the service itself: it
 * makes the memory store's journal writes stop where a crash is hardest to survive, so a test
 * can kill -9 the process there. Each journal record is written in two halves with a pause
 * between them (stderr says JOURNAL_HALF_WRITTEN), and each fsync is followed by a pause before
 * the store may answer (stderr says JOURNAL_SYNCED). PAUSE_JOURNAL_MS sets the pauses.
 */
const fs = require("node:fs/promises");
const { setTimeout: sleep } = require("node:timers/promises");

const pauseMs = Number(process.env.PAUSE_JOURNAL_MS || 2000);
const pause = () => sleep(pauseMs);
const open = fs.open;

fs.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (!String(path).endsWith(".journal") || rest[0] !== "r+") return handle;
  const write = handle.write.bind(handle);
  const sync = handle.sync.bind(handle);
  handle.write = async (buffer, offset, length, position) => {
    const half = Math.floor(length / 2);
    await write(buffer, offset, half, position);
    process.stderr.write("JOURNAL_HALF_WRITTEN\n");
    await pause();
    await write(buffer, offset + half, length - half, position + half);
    return { bytesWritten: length, buffer };
  };
  handle.sync = async () => {
    await sync();
    process.stderr.write("JOURNAL_SYNCED\n");
    await pause();
  };
  return handle;
};

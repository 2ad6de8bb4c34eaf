/**
 * Loaded with `node --require` into a CLI command under test, never by the CLI itself: a file
 * opened for writing whose name ends in .tmp or .json gets half of its first write, then the
 * process stops for PAUSE_WRITE_MS (stderr says FILE_HALF_WRITTEN), so that a test can kill -9
 * it mid-write.
 */
const fs = require("node:fs");
const { Buffer } = require("node:buffer");

const pauseMs = Number(process.env.PAUSE_WRITE_MS || 10000);
const watched = new Set();
const openSync = fs.openSync;
const writeSync = fs.writeSync;

fs.openSync = (path, flags, ...rest) => {
  const fd = openSync(path, flags, ...rest);
  if (/\.(tmp|json)$/.test(String(path)) && /[wa]/.test(String(flags))) watched.add(fd);
  return fd;
};

fs.writeSync = (fd, buffer, offset, length, ...rest) => {
  if (!watched.has(fd) || !Buffer.isBuffer(buffer))
    return writeSync(fd, buffer, offset, length, ...rest);
  watched.delete(fd);
  const start = offset ?? 0;
  const half = Math.floor((length ?? buffer.length - start) / 2);
  const written = writeSync(fd, buffer, start, half);
  process.stderr.write("FILE_HALF_WRITTEN\n");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs);
  return written;
};

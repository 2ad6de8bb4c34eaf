import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Writes a file so that it is either the old one or the whole new one, even if the process is
 * killed or the machine stops midway: the data goes to a temporary file beside it, is fsynced,
 * and replaces the file by a rename (atomic within a directory), whose directory is fsynced too.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const directory = dirname(resolve(path));
  const temporary = join(
    directory,
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  try {
    const fd = openSync(temporary, "wx");
    try {
      for (let written = 0; written < bytes.length;) {
        written += writeSync(fd, bytes, written, bytes.length - written);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed: nothing to clean up.
    }
    throw error;
  }
  const fd = openSync(directory, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

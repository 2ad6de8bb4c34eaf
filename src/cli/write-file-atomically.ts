import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes through a temporary file in the same directory, then renames it over the target: a
 * reader (or an export that fails half-way) never sees a half-written file, and an existing
 * file stays as it was until the new one is complete. Same directory, so the rename is on one
 * file system and atomic.
 */
export function writeFileAtomically(path: string, content: string): void {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

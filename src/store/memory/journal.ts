import { createHash } from "node:crypto";
import { type FileHandle, mkdir, open, readFile, truncate } from "node:fs/promises";
import { dirname } from "node:path";
import { DomainError } from "../../domain/domain-error";

/**
 * An append-only file of JSON records, each on disk (written, then fsynced) before `append`
 * resolves. A record is a header line `<payload bytes> <sha256 of payload>\n`, the payload
 * (one line of JSON) and "\n". A process killed mid-append leaves a torn last record, which
 * its length or checksum gives away: opening drops it (it was never acknowledged) and cuts the
 * file back to the last whole record, so a torn record is never read back half applied.
 */
export class Journal<T> {
  private handle: FileHandle | null = null;
  private broken: Error | null = null;

  private constructor(
    readonly path: string,
    /** Bytes of whole records: where the next append starts. */
    private size: number,
  ) {}

  /**
   * Opens (without creating) the journal at path: its records, the journal to append to, and
   * how many bytes of a torn last record were dropped.
   */
  static async open<T>(
    path: string,
  ): Promise<{ journal: Journal<T>; records: T[]; droppedBytes: number }> {
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return Buffer.alloc(0);
      throw error;
    });
    const { records, size, dropped } = readRecords<T>(bytes, path);
    if (dropped > 0) {
      // The torn record goes before anything is appended after it.
      await truncate(path, size);
      await fsyncPath(path);
    }
    return { journal: new Journal<T>(path, size), records, droppedBytes: dropped };
  }

  /** Appends one record; resolves once it is on disk. Callers append one at a time. */
  async append(record: T): Promise<void> {
    if (this.broken) throw this.broken;
    const payload = Buffer.from(JSON.stringify(record), "utf8");
    const header = `${payload.length} ${sha256(payload)}\n`;
    const buffer = Buffer.concat([Buffer.from(header, "utf8"), payload, Buffer.from("\n")]);
    const handle = await this.opened();
    try {
      await handle.write(buffer, 0, buffer.length, this.size);
      await handle.sync();
      this.size += buffer.length;
    } catch (error) {
      // A partial write (a full disk) must not stay where the next record would follow it.
      await handle.truncate(this.size).catch((cause: unknown) => {
        this.broken = new Error(`journal ${this.path} could not be repaired`, { cause });
      });
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }

  private async opened(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    await mkdir(dirname(this.path), { recursive: true });
    // "a+" would ignore the position given to write; "r+" needs the file to exist.
    const handle = await open(this.path, "a+").then(async (created) => {
      await created.close();
      return open(this.path, "r+");
    });
    // The file's directory entry must be on disk too, or a crash can lose the new file.
    await fsyncPath(dirname(this.path));
    this.handle = handle;
    return handle;
  }
}

export class JournalCorruptError extends DomainError {
  override readonly name = "JournalCorruptError";
  readonly code = "JOURNAL_CORRUPT";
}

function readRecords<T>(bytes: Buffer, path: string) {
  const records: T[] = [];
  let offset = 0;
  const damaged = (at: number) =>
    new JournalCorruptError(
      `${path}: the record at byte ${at} is damaged and more follows it; move the file aside ` +
        `(or delete DATA_DIR) to start again from the graph file`,
    );
  while (offset < bytes.length) {
    const newline = bytes.indexOf(0x0a, offset);
    if (newline < 0) break; // a header cut short by a crash
    const header = /^(\d+) ([0-9a-f]{64})$/.exec(bytes.toString("latin1", offset, newline));
    // A crash cuts a record short; it never leaves a whole header line that is malformed.
    if (!header) throw damaged(offset);
    const end = newline + 1 + Number(header[1]) + 1;
    if (end > bytes.length) break; // a payload cut short by a crash
    const payload = bytes.subarray(newline + 1, end - 1);
    if (sha256(payload) !== header[2] || bytes[end - 1] !== 0x0a) {
      // The last record with a bad checksum is a torn write (blocks lost); anything more is damage.
      if (end < bytes.length) throw damaged(offset);
      break;
    }
    records.push(JSON.parse(payload.toString("utf8")) as T);
    offset = end;
  }
  return { records, size: offset, dropped: bytes.length - offset };
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Journal, JournalCorruptError } from "../../../src/store/memory/journal";

const RECORDS = [{ ingest: "Claire Temple" }, { ingest: "Misty Knight" }, { ingest: "Luke Cage" }];

async function journalOf(records: object[]): Promise<{ path: string; bytes: Buffer }> {
  const path = join(mkdtempSync(join(tmpdir(), "ensemble-journal-")), "nested", "test.journal");
  const { journal } = await Journal.open<object>(path);
  for (const record of records) await journal.append(record);
  await journal.close();
  return { path, bytes: readFileSync(path) };
}

describe("the journal", () => {
  it("reads back what was appended, in order", async () => {
    const { path } = await journalOf(RECORDS);
    expect((await Journal.open(path)).records).toEqual(RECORDS);
  });

  it("cut at any byte, keeps the whole records before the cut and drops the torn one", async () => {
    const { bytes } = await journalOf(RECORDS);
    const ends = [1, 2, 3].map(async (n) => (await journalOf(RECORDS.slice(0, n))).bytes.length);
    const boundaries = await Promise.all(ends);
    const path = join(mkdtempSync(join(tmpdir(), "ensemble-journal-")), "cut.journal");
    for (let cut = 0; cut <= bytes.length; cut++) {
      writeFileSync(path, bytes.subarray(0, cut));
      const whole = boundaries.filter((end) => end <= cut).length;
      const { records, droppedBytes } = await Journal.open(path);
      expect(records).toEqual(RECORDS.slice(0, whole));
      const kept = whole === 0 ? 0 : boundaries[whole - 1];
      expect(droppedBytes).toBe(cut - kept);
      expect(statSync(path).size).toBe(kept);
    }
  });

  it("appends after a dropped torn record as if it had never been written", async () => {
    const { path, bytes } = await journalOf(RECORDS);
    writeFileSync(path, bytes.subarray(0, bytes.length - 5));
    const { journal } = await Journal.open<object>(path);
    await journal.append({ ingest: "Danny Rand" });
    await journal.close();
    expect((await Journal.open(path)).records).toEqual([
      ...RECORDS.slice(0, 2),
      { ingest: "Danny Rand" },
    ]);
  });

  it("drops a last record whose checksum fails, and refuses damage with records after it", async () => {
    const { path, bytes } = await journalOf(RECORDS);
    const damagedLast = Buffer.from(bytes);
    damagedLast[damagedLast.length - 4] ^= 1;
    writeFileSync(path, damagedLast);
    expect((await Journal.open(path)).records).toEqual(RECORDS.slice(0, 2));

    const damagedFirst = Buffer.from(bytes);
    damagedFirst[damagedFirst.indexOf("Claire")] ^= 1;
    writeFileSync(path, damagedFirst);
    await expect(Journal.open(path)).rejects.toBeInstanceOf(JournalCorruptError);
    expect(readFileSync(path)).toEqual(damagedFirst);
  });
});

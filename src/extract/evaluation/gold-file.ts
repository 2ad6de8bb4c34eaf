import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { ExtractionError } from "../extraction-error";

/** Hand-made annotations of one text (tests/fixtures/eval/README.md describes them). */
export interface GoldEntry {
  /** Canonical full name -> every form the text uses for that character. */
  characters: Record<string, string[]>;
  /** Real people (actors, writers, the byline) as written. */
  people: string[];
  /** Unordered pairs of canonical names the text explicitly relates. */
  pairs: [string, string][];
}

/** A gold file: annotations keyed by the file name of each text. */
export interface GoldFile {
  texts: Record<string, GoldEntry>;
}

/** Reads and checks a gold file; anything unreadable or malformed is a BAD_GOLD error. */
export function readGoldFile(path: string): GoldFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ExtractionError("BAD_GOLD", `cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ExtractionError("BAD_GOLD", `${path} is not JSON: ${(error as Error).message}`);
  }
  return parseGoldFile(json, path);
}

/** Checks parsed JSON against the gold format; `path` only names the file in errors. */
export function parseGoldFile(json: unknown, path: string): GoldFile {
  const fail = (what: string): never => {
    throw new ExtractionError("BAD_GOLD", `${path}: ${what}`);
  };
  if (!isRecord(json) || !isRecord(json.texts))
    return fail('expected {"texts": {"<file>": {...}}}');
  const texts = Object.entries(json.texts);
  if (texts.length === 0) return fail("texts is empty");
  return {
    texts: Object.fromEntries(
      texts.map(([file, entry]) => {
        // Texts are looked up beside each other in one folder, so a key must be a bare file name.
        if (file === "" || basename(file) !== file)
          fail(`texts key ${JSON.stringify(file)} is not a file name`);
        return [file, parseEntry(entry, `texts[${JSON.stringify(file)}]`, fail)];
      }),
    ),
  };
}

function parseEntry(entry: unknown, where: string, fail: (what: string) => never): GoldEntry {
  if (!isRecord(entry) || !isRecord(entry.characters))
    return fail(`${where} needs a "characters" object`);
  const characters = Object.fromEntries(
    Object.entries(entry.characters).map(([name, forms]) => {
      if (!isStringList(forms))
        fail(`${where}.characters[${JSON.stringify(name)}] must be a list of strings`);
      return [name, forms as string[]];
    }),
  );
  const people = entry.people ?? [];
  if (!isStringList(people)) return fail(`${where}.people must be a list of strings`);
  const pairs = entry.pairs ?? [];
  if (!Array.isArray(pairs)) return fail(`${where}.pairs must be a list of pairs`);
  pairs.forEach((pair: unknown, i) => {
    const at = `${where}.pairs[${i}]`;
    if (!isStringList(pair) || pair.length !== 2) fail(`${at} must be two names`);
    const [a, b] = pair as string[];
    // A pair naming no gold character, or one character twice, could never be found: a typo.
    for (const name of [a, b])
      if (!Object.hasOwn(characters, name)) fail(`${at} names ${name}, not a gold character`);
    if (a === b) fail(`${at} pairs ${a} with itself`);
  });
  return { characters, people, pairs: pairs as [string, string][] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

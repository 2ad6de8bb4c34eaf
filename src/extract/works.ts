import type { Catalog } from "./catalog";
import type { Work } from "./curation";
import { ExtractionError } from "./extraction-error";
import type { Mention } from "./mentions";
import { escapeRegExp } from "./escape-reg-exp";

/** Distinct cast members named in full that make a document one of their work's. */
const DISTINCTIVE_CAST = 2;

/**
 * The curated works a document belongs to: the one the user declared, any whose title the text
 * uses ("LUKE CAGE 1.07", "Previously on Daredevil"), and any of whose cast it names at least
 * two members in full. Inside such a document every alias of that cast is trusted.
 */
export function worksOfDocument(
  text: string,
  known: readonly Mention[],
  catalog: Catalog,
  declared?: string,
): Set<string> {
  const works = new Set<string>();
  if (declared !== undefined) works.add(declaredWork(catalog, declared));
  for (const work of catalog.works) {
    if (work.titles.concat(work.name).some((title) => namesTitle(text, title)))
      works.add(work.name);
  }
  const namedInFull = new Map<string, Set<string>>();
  for (const mention of known) {
    const work = catalog.entities.get(mention.entity)?.work;
    if (work === undefined || !/\s/.test(mention.surface.trim())) continue;
    const entities = namedInFull.get(work) ?? new Set<string>();
    entities.add(mention.entity);
    namedInFull.set(work, entities);
  }
  for (const [work, entities] of namedInFull) {
    if (entities.size >= DISTINCTIVE_CAST) works.add(work);
  }
  return works;
}

/** The catalogued work a user named, matched without regard to case; unknown names are refused. */
export function declaredWork(catalog: Catalog, name: string): string {
  const work = findWork(catalog.works, name);
  if (work === undefined)
    throw new ExtractionError("UNKNOWN_WORK", unknownWork(catalog.works, name));
  return work.name;
}

/** The work a name or title stands for, without regard to case. */
export function findWork(works: readonly Work[], name: string): Work | undefined {
  const wanted = name.trim().toLowerCase();
  return works.find(
    (w) => w.name.toLowerCase() === wanted || w.titles.some((t) => t.toLowerCase() === wanted),
  );
}

export function unknownWork(works: readonly Work[], name: string): string {
  const known = works.map((w) => w.name).join(", ") || "none";
  return `no curated work is called "${name}" (known: ${known})`;
}

/** A title as a text writes it: any case but all lower ("THE PUNISHER", "Luke Cage"). */
function namesTitle(text: string, title: string): boolean {
  const escaped = escapeRegExp(title).replace(/\s+/g, "\\s+");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
  for (const match of text.matchAll(pattern)) {
    if (match[0] !== match[0].toLowerCase()) return true;
  }
  return false;
}

import type { GraphDocument } from "../domain/graph-document";
import { assemble } from "./assemble";
import type { Catalog } from "./catalog";
import { catalogFromGazetteer, entityKey } from "./catalog";
import { slugify } from "../domain/ids";
import { addCoOccurrences } from "./co-occurrence";
import { addCredits } from "./credits/add-credits";
import type { Trust } from "./corroborate";
import { corroboration } from "./corroborate";
import { addCuratedRelations } from "./curated-relations";
import type { Curation } from "./curation";
import { discoverEntities } from "./discover-entities";
import { assertDistinctIds, documentRecord } from "./documents";
import { mentionFinder } from "./mentions";
import { addPortrayals } from "./portrayals";
import { genderLookup, resolvePronouns } from "./pronouns";
import type { Layout, Reading } from "./reading";
import { layoutOf, readDocument } from "./reading";
import { addRelationPatterns } from "./relation-patterns";
import { RelationshipSet } from "./relationship-set";
import type { SourceText, TextSpan } from "./text-span";
import { worksOfDocument } from "./works";

/** A graph document with what it was built from, for reports. */
export interface Extraction {
  graph: GraphDocument;
  readings: Reading[];
  catalog: Catalog;
}

export interface ExtractionHooks {
  /** Called once per document read, for progress display. */
  onDocument?: (source: string) => void;
}

/**
 * Text -> graph document. Pure and deterministic: the same inputs and curation give the same
 * document, whatever the order the inputs come in.
 */
export function extractCorpus(inputs: SourceText[], curation: Curation): GraphDocument {
  return extractInDetail(inputs, curation).graph;
}

export function extractInDetail(
  inputs: SourceText[],
  curation: Curation,
  hooks: ExtractionHooks = {},
): Extraction {
  const documents = inputs.map(documentRecord);
  assertDistinctIds(documents);
  const ordered = documents.map((record, i) => ({
    id: record.id,
    source: record.source,
    text: inputs[i].text,
    titled: inputs[i].title === undefined,
    work: inputs[i].work,
  }));
  ordered.sort((a, b) => (a.id < b.id ? -1 : 1));
  const catalog = catalogFromGazetteer(curation.gazetteer);
  const layouts = ordered.map(({ text }) => layoutOf(text));
  const { trust, credits } = discoverInto(catalog, ordered, layouts, curation.alreadyNamed ?? []);
  // Discovery added entities and surface forms: find mentions again with all of them.
  const mentionsIn = mentionFinder(catalog);
  const readings = ordered.map(({ id, source, text }, i) => {
    hooks.onDocument?.(source);
    const trusted = (entity: string, surface: string) => trust(id, { entity, surface });
    return readDocument(id, text, layouts[i], (t) => mentionsIn(t, trusted));
  });
  addPortrayals(readings, catalog);
  const relationships = relate(readings, catalog, curation, credits);
  return {
    graph: assemble(documents, readings, catalog, relationships.records()),
    readings,
    catalog,
  };
}

interface Input {
  id: string;
  text: string;
  titled: boolean;
  work?: string;
}

/**
 * Reads the credits and the curated names of every document, decides which curated names each
 * may use (its works, corroboration, its credits), and discovers what curation lacks into the
 * catalog. Returns that decision for reading the documents again, and where each document's
 * credits stand. What it builds on the way is dropped when it returns.
 */
function discoverInto(
  catalog: Catalog,
  inputs: Input[],
  layouts: Layout[],
  alreadyNamed: string[],
): { trust: Trust; credits: Map<string, TextSpan[]> } {
  const credits = inputs.map(({ text }) => addCredits(catalog, text));
  const curatedMentionsIn = mentionFinder(catalog);
  const curated = inputs.map(({ text }) => curatedMentionsIn(text));
  const worksOf = new Map(
    inputs.map(({ id, text, work }, i) => [id, worksOfDocument(text, curated[i], catalog, work)]),
  );
  const named = new Set(alreadyNamed.map((n) => entityKey("character", slugify(n))));
  const corroborated = corroboration(curated, catalog, worksOf, named);
  const creditedPeople = new Map(inputs.map(({ id }, i) => [id, credits[i].people]));
  // A name the text credits as a real person is that person there, whatever else it names.
  const trust: Trust = (document, mention) =>
    corroborated(document, mention) &&
    !(
      mention.entity.startsWith("character:") && creditedPeople.get(document)?.has(mention.surface)
    );
  const drafts = inputs.map(({ id, text, titled }, i) => ({
    document: id,
    text,
    titled,
    sentences: layouts[i].sentences,
    known: curated[i].filter((mention) => trust(id, mention)),
    credits: credits[i].spans,
  }));
  discoverEntities(drafts, catalog, new Set(credits.flatMap((c) => c.firstNames)));
  return { trust, credits: new Map(inputs.map(({ id }, i) => [id, credits[i].spans])) };
}

/**
 * Co-occurrence and wording, pronouns resolved once per reading, and the curated relations. A
 * cast list names characters side by side without relating them: credits are left out.
 */
function relate(
  readings: Reading[],
  catalog: Catalog,
  curation: Curation,
  credits: Map<string, TextSpan[]>,
): RelationshipSet {
  const relationships = new RelationshipSet();
  const genderOf = genderLookup(catalog);
  for (const read of readings) {
    const spans = credits.get(read.document) ?? [];
    const outside = (m: TextSpan) => !spans.some((s) => m.start < s.end && s.start < m.end);
    const reading =
      spans.length === 0 ? read : { ...read, mentions: read.mentions.filter(outside) };
    const pronouns = resolvePronouns(reading, genderOf);
    addCoOccurrences(reading, relationships, pronouns);
    addRelationPatterns(reading, relationships, pronouns);
  }
  addCuratedRelations(curation.relations, readings, catalog, relationships);
  return relationships;
}

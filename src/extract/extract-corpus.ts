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
import type { Reading } from "./reading";
import { layoutOf, readDocument } from "./reading";
import { addRelationPatterns } from "./relation-patterns";
import { RelationshipSet } from "./relationship-set";
import type { SourceText } from "./text-span";
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
    record,
    text: inputs[i].text,
    titled: inputs[i].title === undefined,
    work: inputs[i].work,
  }));
  ordered.sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
  const catalog = catalogFromGazetteer(curation.gazetteer);
  const credits = ordered.map(({ text }) => addCredits(catalog, text));
  const layouts = ordered.map(({ text }) => layoutOf(text));
  const curatedMentionsIn = mentionFinder(catalog);
  const curated = ordered.map(({ text }) => curatedMentionsIn(text));
  const worksOf = new Map(
    ordered.map(({ record, text, work }, i) => [
      record.id,
      worksOfDocument(text, curated[i], catalog, work),
    ]),
  );
  const alreadyNamed = (curation.alreadyNamed ?? []).map((n) => entityKey("character", slugify(n)));
  const corroborated = corroboration(curated, catalog, worksOf, new Set(alreadyNamed));
  const creditsOf = new Map(ordered.map(({ record }, i) => [record.id, credits[i]]));
  // A name the text credits as a real person is that person there, whatever else it names.
  const trust: Trust = (document, mention) =>
    corroborated(document, mention) &&
    !(
      mention.entity.startsWith("character:") &&
      creditsOf.get(document)?.people.has(mention.surface)
    );
  const drafts = ordered.map(({ record, text, titled }, i) => ({
    document: record.id,
    text,
    titled,
    sentences: layouts[i].sentences,
    known: curated[i].filter((mention) => trust(record.id, mention)),
    credits: credits[i].spans,
  }));
  discoverEntities(drafts, catalog, new Set(credits.flatMap((c) => c.firstNames)));
  // Discovery added entities and surface forms: find mentions again with all of them.
  const mentionsIn = mentionFinder(catalog);
  const readings = ordered.map(({ record, text }, i) => {
    hooks.onDocument?.(record.source);
    const trusted = (entity: string, surface: string) => trust(record.id, { entity, surface });
    return readDocument(record.id, text, layouts[i], (t) => mentionsIn(t, trusted));
  });
  addPortrayals(readings, catalog);
  const relationships = new RelationshipSet();
  const genderOf = genderLookup(catalog);
  for (const reading of readings) {
    const pronouns = resolvePronouns(reading, genderOf);
    addCoOccurrences(reading, relationships, pronouns);
    addRelationPatterns(reading, relationships, pronouns);
  }
  addCuratedRelations(curation.relations, readings, catalog, relationships);
  return {
    graph: assemble(documents, readings, catalog, relationships.records()),
    readings,
    catalog,
  };
}

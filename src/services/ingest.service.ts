import { createHash } from "node:crypto";
import type { GraphStore } from "../store/graph-store";
import { slugify } from "../domain/ids";
import type { GraphDocument } from "../domain/graph-document";
import type { Curation } from "../extract/curation";
import type { SourceText } from "../extract/text-span";
import { findWork, unknownWork } from "../extract/works";
import type { GraphViewService } from "./graph-views.service";
import { toStoredIds } from "./ingest-ids";
import { type MergeCounts, mergeWithStore } from "./ingest-merge";
import { InvalidArgumentError } from "./service-errors";
import type { DocumentNode } from "../domain/graph-model";

export interface IngestOptions {
  /** Largest text accepted, in UTF-8 bytes. */
  maxBytes: number;
  curation: Curation;
  extract: (inputs: SourceText[], curation: Curation) => GraphDocument;
}

export interface IngestResult extends MergeCounts {
  document: DocumentNode;
  /** True when this exact text was ingested before (under any title): nothing was written. */
  alreadyPresent: boolean;
}

/**
 * New documents into the graph: extraction with the curated gazetteer plus every character the
 * store holds (so "Luke" finds the Luke already there), merged with what is stored, loaded in
 * one transaction. A document's id is its title's slug plus a hash of its text, and the text's
 * hash is stored with it: the same text again, under any title, changes nothing (its evidence
 * would otherwise count twice). Ingests run one at a time in this process.
 */
export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly views: GraphViewService,
    private readonly options: IngestOptions,
  ) {}

  ingest(title: string, text: string, work?: string): Promise<IngestResult> {
    this.check(title, text, work);
    const run = this.queue.then(() => this.ingestNow(title.trim(), text, work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(title: string, text: string, work?: string): Promise<IngestResult> {
    const contentHash = createHash("sha256").update(text).digest("hex");
    const id = `${slugify(title) || "document"}-${contentHash.slice(0, 10)}`;
    const [stored] = await this.store.documentsByContentHash(contentHash);
    if (stored)
      return {
        document: stored,
        alreadyPresent: true,
        charactersAdded: [],
        charactersUpdated: [],
        relationshipsAdded: 0,
        relationshipsUpdated: 0,
      };

    const known = await this.store.characterNames();
    const curation = this.options.curation;
    const gazetteerNames = new Set(curation.gazetteer.characters.map((c) => slugify(c.name)));
    const input = { source: `ingested/${id}.txt`, text, title, ...(work ? { work } : {}) };
    const extracted = this.options.extract([input], {
      ...curation,
      gazetteer: {
        ...curation.gazetteer,
        characters: [
          ...curation.gazetteer.characters,
          ...known
            .filter((c) => !gazetteerNames.has(c.id))
            .map(({ name, aliases }) => ({ name, aliases })),
        ],
      },
      alreadyNamed: known.map((c) => c.name),
    });
    // One text in, one document out.
    const hashed = {
      ...extracted,
      documents: extracted.documents.map((d) => ({ ...d, contentHash })),
    };
    const { document, counts } = await mergeWithStore(this.store, toStoredIds(hashed, known));
    await this.store.load(document);
    this.views.invalidate();
    return { document: document.documents[0], alreadyPresent: false, ...counts };
  }

  private check(title: string, text: string, work?: string): void {
    if (title.trim() === "") throw new InvalidArgumentError("title must not be empty", "title");
    if (work !== undefined && !findWork(this.options.curation.gazetteer.works, work))
      throw new InvalidArgumentError(
        unknownWork(this.options.curation.gazetteer.works, work),
        "work",
      );
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > this.options.maxBytes) {
      throw new InvalidArgumentError(
        `text is ${bytes} bytes; the limit is ${this.options.maxBytes}`,
        "text",
      );
    }
    if (text.trim() === "") throw new InvalidArgumentError("text must not be empty", "text");
  }
}

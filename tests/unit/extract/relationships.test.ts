import { describe, expect, it } from "@jest/globals";
import type { Curation } from "../../../src/extract/curation";
import { EMPTY_CURATION } from "../../../src/extract/curation";
import { extractCorpus } from "../../../src/extract/extract-corpus";
import { seedCuration } from "./seed-corpus";

function typed(text: string, curation: Curation = seedCuration()): string[] {
  return extractCorpus([{ source: "r.txt", text }], curation)
    .relationships.filter((r) => r.type !== "INTERACTS_WITH")
    .map((r) => `${r.source} ${r.type}${r.role ? `(${r.role})` : ""} ${r.target}`);
}

describe("typed relationships from the wording", () => {
  it("reads 'his lawyer, Foggy Nelson' as the lawyer working for him", () => {
    const text = "Luke Cage leaves prison. He is greeted by his lawyer, Foggy Nelson, at the gate.";
    expect(typed(text)).toEqual(["foggy-nelson WORKS_FOR(lawyer) luke-cage"]);
  });

  it("reads 'his sister was Candace Miller' as siblings", () => {
    const text = "The car belonged to Sean Miller, and his sister was Candace Miller.";
    expect(typed(text)).toEqual(["candace-miller FAMILY_OF(sibling) sean-miller"]);
  });

  it("reads 'Foggy, who now works for her' when she is named", () => {
    expect(typed("Karen Page hires Foggy Nelson. Foggy, who now works for Karen, agrees.")).toEqual(
      ["foggy-nelson WORKS_FOR karen-page"],
    );
  });

  it("reads killings in both voices", () => {
    expect(
      typed(
        "Elektra Natchios stabs Shaft to death. Later Cottonmouth is killed by Mariah Dillard.",
      ),
    ).toEqual(["elektra-natchios KILLED shaft", "mariah-dillard KILLED cottonmouth"]);
  });

  it("reads membership of an organization", () => {
    expect(typed("Madame Gao, a leader of the Hand, smiles.")).toEqual([
      "madame-gao MEMBER_OF the-hand",
    ]);
  });

  it("does not read membership into chasing members of the Hand", () => {
    expect(typed("Danny Rand is chasing down members of the Hand.")).toEqual([]);
  });
});

describe("curated relationships", () => {
  const curation = (quote: string, document?: string): Curation => ({
    ...EMPTY_CURATION,
    gazetteer: {
      ...EMPTY_CURATION.gazetteer,
      characters: [
        { name: "Ana Ruiz", aliases: [] },
        { name: "Tom Hale", aliases: [] },
      ],
    },
    relations: [
      {
        source: "Ana Ruiz",
        target: "Tom Hale",
        type: "FRIEND_OF",
        quote,
        ...(document ? { document } : {}),
      },
    ],
  });
  const text = "Ana Ruiz and Tom Hale grew up together.";

  it("adds the relationship with its quote as evidence at the right offsets", () => {
    const graph = extractCorpus([{ source: "a.txt", text }], curation("grew up together"));
    const friends = graph.relationships.find((r) => r.type === "FRIEND_OF")!;
    expect(friends.evidence).toEqual([
      { document: "a", start: 22, end: 38, quote: "grew up together" },
    ]);
  });

  it("fails with CURATION_MISMATCH, naming the entry, when the quote is not in the corpus", () => {
    const run = () => extractCorpus([{ source: "a.txt", text }], curation("never met"));
    expect(run).toThrow(expect.objectContaining({ reason: "CURATION_MISMATCH" }));
    expect(run).toThrow(/Ana Ruiz FRIEND_OF Tom Hale/);
  });

  it("skips entries for documents that are not being extracted", () => {
    const graph = extractCorpus(
      [{ source: "a.txt", text }],
      curation("never met", "other-document"),
    );
    expect(graph.relationships.map((r) => r.type)).toEqual(["INTERACTS_WITH"]);
  });
});

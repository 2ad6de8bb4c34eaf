import { describe, expect, it } from "@jest/globals";
import type { GraphDocument } from "../../../src/domain/graph-document";
import { graphDocumentProblems } from "../../../src/domain/validate-graph-document";
import { EMPTY_CURATION } from "../../../src/extract/curation";
import { extractCorpus, extractInDetail } from "../../../src/extract/extract-corpus";
import { genderLookup, resolvePronouns } from "../../../src/extract/pronouns";
import { filterSnapshot } from "../../../src/analysis";

function graphOf(text: string): GraphDocument {
  return extractCorpus([{ source: "p.txt", text }], EMPTY_CURATION);
}

/** "a b" for each INTERACTS_WITH pair, with "*" when all its evidence came through a pronoun. */
function pairs(text: string): string[] {
  return graphOf(text)
    .relationships.filter((r) => r.type === "INTERACTS_WITH")
    .map((r) => `${r.source} ${r.target}${r.evidence.every((e) => e.viaPronoun) ? " *" : ""}`)
    .sort();
}

/** Each resolved pronoun as "surface=character-id", in text order. */
function resolved(text: string): string[] {
  const { readings, catalog } = extractInDetail([{ source: "p.txt", text }], EMPTY_CURATION);
  return resolvePronouns(readings[0], genderLookup(catalog)).map(
    (p) => `${p.surface}=${p.entity.slice("character:".length)}`,
  );
}

describe("pronoun resolution", () => {
  it("relates the two characters of the previous sentence through 'She confronts him'", () => {
    const text = "Ana Ruiz meets Tom Hale at the docks. She confronts him about the money.";
    expect(resolved(text)).toEqual(["She=ana-ruiz", "him=tom-hale"]);
    const relationship = graphOf(text).relationships[0];
    expect(relationship).toMatchObject({ source: "ana-ruiz", target: "tom-hale", weight: 2 });
    expect(relationship.evidence.map((e) => e.viaPronoun)).toEqual([undefined, true]);
  });

  it("reads her, hers and herself as a woman's, never a man's", () => {
    const text = "Karen Page meets Tom Hale. He hands her a letter, and he watches her read it.";
    expect(resolved(text)).toEqual([
      "He=tom-hale",
      "her=karen-page",
      "he=tom-hale",
      "her=karen-page",
    ]);
  });

  it("lets an object pronoun in an embedded clause stand for its sentence's subject", () => {
    const text = "Ana Ruiz corners Tom Hale. Ana finally says what he did to her.";
    expect(resolved(text)).toEqual(["he=tom-hale", "her=ana-ruiz"]);
  });

  it("relates a named character to a pronoun that stands for another", () => {
    const text = "Karen Page waits at the bar. Tom Hale arrives late. Karen tells him the truth.";
    expect(pairs(text)).toEqual(["karen-page tom-hale *"]);
  });

  it("never resolves an object pronoun to its own sentence's subject", () => {
    const text = "Tom Hale walks home. Hank Voss follows him through the rain.";
    expect(resolved(text)).toEqual(["him=tom-hale"]);
    expect(resolved("Hank Voss waits. Hank Voss follows him.")).toEqual([]);
  });

  it("lets a possessive point at its own sentence's subject", () => {
    expect(resolved("Tom Hale walks home. Hank Voss loses his keys.")).toEqual(["his=hank-voss"]);
  });

  it("leaves a pronoun unresolved when two candidates are equally salient", () => {
    expect(resolved("The car belongs to Tom Hale and Hank Voss. He drives it away.")).toEqual([]);
  });

  it("learns gender from given names to choose between two candidates", () => {
    const text = "Karen Page and Tom Hale argue in the hall. Later he leaves.";
    expect(resolved(text)).toEqual(["he=tom-hale"]);
    expect(resolved("Karen Page and Tom Hale argue in the hall. Later she leaves.")).toEqual([
      "she=karen-page",
    ]);
  });

  it("learns a character's gender from an unambiguous pronoun", () => {
    const text = "Zorv Kellan enters. He sits down. Zorv Kellan and Vexa Marr talk. She leaves.";
    expect(resolved(text)).toEqual(["He=zorv-kellan", "She=vexa-marr"]);
    expect(resolved("Zorv Kellan and Vexa Marr talk. She leaves.")).toEqual(["She=zorv-kellan"]);
  });

  it("does not reach across a scene boundary", () => {
    const text = "Ana Ruiz meets Tom Hale at the docks.\n\nShe confronts him about the money.";
    expect(resolved(text)).toEqual([]);
    expect(pairs(text)).toEqual(["ana-ruiz tom-hale"]);
  });

  it("reads 'the two' as the last two characters of the previous sentence", () => {
    const text = "Ana Ruiz calls Tom Hale from the docks. The two meet at midnight.";
    expect(resolved(text)).toEqual(["The two=ana-ruiz", "The two=tom-hale"]);
  });

  it("does not count pronouns as mentions of a character", () => {
    const text = "Ana Ruiz meets Tom Hale at the docks. She confronts him about the money.";
    expect(graphOf(text).characters.map((c) => [c.id, c.mentions])).toEqual([
      ["ana-ruiz", 1],
      ["tom-hale", 1],
    ]);
  });

  it("quotes the whole sentence of pronoun evidence, so offsets round-trip", () => {
    const text = "Luke Cage wakes up.\nKaren Page waits. Tom Hale arrives. Karen tells him, twice.";
    const graph = graphOf(text);
    const evidence = graph.relationships.flatMap((r) => r.evidence);
    expect(evidence.some((e) => e.viaPronoun === true)).toBe(true);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(graphDocumentProblems(graph)).toEqual([]);
  });

  it("can be filtered out of a view, dropping relationships left without evidence", () => {
    const text = "Karen Page waits at the bar. Tom Hale arrives late. Karen tells him the truth.";
    const graph = graphOf(text);
    const snapshot = { characters: [], relationships: graph.relationships.map(toEdge) };
    expect(filterSnapshot(snapshot, {}).relationships).toHaveLength(1);
    expect(filterSnapshot(snapshot, { pronouns: false }).relationships).toEqual([]);
  });
});

function toEdge(r: GraphDocument["relationships"][number]) {
  return { ...r, role: r.role ?? null };
}

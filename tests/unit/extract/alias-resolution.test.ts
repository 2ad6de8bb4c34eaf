import { describe, expect, it } from "@jest/globals";
import type { Curation } from "../../../src/extract/curation";
import { extractCorpus } from "../../../src/extract/extract-corpus";
import { seedCuration } from "./seed-corpus";

const curation: Curation = seedCuration();

function namedIn(text: string): { characters: string[]; people: string[] } {
  const graph = extractCorpus([{ source: "test.txt", text }], curation);
  return { characters: graph.characters.map((c) => c.id), people: graph.people.map((p) => p.id) };
}

describe("alias resolution", () => {
  it.each(["Luke", "Cage", "Power Man", "Luke Cage"])("resolves %p to Luke Cage", (name) => {
    const text = `Luke Cage is out. ${name} walks in.`;
    const graph = extractCorpus([{ source: "t.txt", text }], curation);
    expect(graph.characters.map((c) => [c.id, c.mentions])).toEqual([["luke-cage", 2]]);
  });

  it("resolves Daredevil and Murdock to Matt Murdock", () => {
    const text = "Matt Murdock hangs up his mask. Daredevil fights. Murdock sleeps.";
    expect(namedIn(text).characters).toEqual(["matt-murdock"]);
  });

  it("resolves possessives to the character", () => {
    const text = "Trish Walker meets Danny Rand. Trish's car and Danny’s plane.";
    expect(namedIn(text).characters).toEqual(["danny-rand", "trish-walker"]);
  });

  it("does not merge Jessica Jones with the actor Finn Jones", () => {
    const named = namedIn("Jessica Jones meets Danny Rand, played by Finn Jones.");
    expect(named.characters).toEqual(["danny-rand", "jessica-jones"]);
    expect(named.people).toEqual(["finn-jones"]);
  });

  it("prefers the longest name: Pop's Barbershop is a place, not Pop", () => {
    expect(namedIn("Luke Cage passes Pop's Barbershop.").characters).toEqual(["luke-cage"]);
  });

  it("matches names case-sensitively", () => {
    expect(namedIn("He packs an iron fist-punch and a stick.").characters).toEqual([]);
  });

  it("ignores a curated one-word alias when the corpus never names the character in full", () => {
    expect(namedIn("The Quiet Ward, episode six. Nurses walk the Ward.").characters).toEqual([]);
  });

  it("tells a new full name from a curated first name: Danny Loach is not Danny Rand", () => {
    const text = "Counsel, episode 4\n\nDanny Loach is charged. His lawyer visits Danny in prison.";
    const graph = extractCorpus([{ source: "t.txt", text }], curation);
    expect(graph.characters.map((c) => [c.id, c.mentions])).toEqual([["danny-loach", 2]]);
  });

  it("leaves a name shared by two entities unresolved until the context says which", () => {
    const shared: Curation = {
      ...curation,
      gazetteer: {
        ...curation.gazetteer,
        characters: [
          { name: "John Raymond", aliases: ["John"] },
          { name: "John Healy", aliases: ["John"] },
        ],
      },
    };
    const graph = (text: string) =>
      extractCorpus([{ source: "t.txt", text }], shared).characters.map((c) => [c.id, c.mentions]);
    // Neither curated John: a John of this text's own.
    expect(graph("John waves.")).toEqual([["john", 1]]);
    expect(graph("John Healy waves. John smiles.")).toEqual([["john-healy", 2]]);
  });
});

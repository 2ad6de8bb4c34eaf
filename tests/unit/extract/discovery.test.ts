import { describe, expect, it } from "@jest/globals";
import { EMPTY_CURATION } from "../../../src/extract/curation";
import { extractCorpus } from "../../../src/extract/extract-corpus";
import { seedCuration } from "./seed-corpus";

function extract(body: string, curation = EMPTY_CURATION) {
  return extractCorpus(
    [{ source: "recap.txt", text: `Some Show, episode 1\n\n${body}` }],
    curation,
  );
}

function characterNames(body: string): string[] {
  return extract(body).characters.map((c) => c.name);
}

describe("discovery of names the gazetteer lacks", () => {
  it("finds full names and joins first names and surnames used alone", () => {
    const graph = extract(
      "Ana Ruiz meets Tom Hale at the docks. Later, Ruiz calls Tom. Ana hangs up.",
    );
    expect(graph.characters.map((c) => [c.name, c.mentions])).toEqual([
      ["Ana Ruiz", 3],
      ["Tom Hale", 2],
    ]);
    expect(graph.characters.every((c) => c.confidence < 1)).toBe(true);
  });

  it("keeps titles such as Detective, Dr. and Madame with the name", () => {
    const names = characterNames(
      "Detective Ruiz questions Dr. Okafor. Madame Vey watches Detective Ruiz.",
    );
    expect(names).toEqual(["Detective Ruiz", "Dr. Okafor", "Madame Vey"]);
  });

  it("does not take the words that open a sentence for names", () => {
    expect(
      characterNames("Outside, it rains. Meanwhile the car waits. Instead, nobody comes."),
    ).toEqual([]);
  });

  it("tells places and organizations from characters", () => {
    const graph = extract(
      "Rosa Vance walks from Hunts Point Bridge to Vantage Industries. Rosa Vance works in Ashford. " +
        "In Ashford the NYPD waits. Rosa Vance leaves Ashford.",
    );
    expect(graph.characters.map((c) => c.name)).toEqual(["Rosa Vance"]);
    expect(graph.organizations.map((o) => o.name)).toEqual(["Vantage Industries"]);
  });

  it("takes possessives as the name: Rosa's car is Rosa's; a given name said once counts", () => {
    expect(
      characterNames("Rosa's car breaks down. Tom fixes Rosa's car while Rosa waits."),
    ).toEqual(["Rosa", "Tom"]);
  });

  it("ignores trope headings and quoted episode titles", () => {
    const names = characterNames(
      '• Action Prologue: Ana Ruiz runs.\n• Call-Back: Ana Ruiz recalls "Guilty as Sin" and "Kinbaku".',
    );
    expect(names).toEqual(["Ana Ruiz"]);
  });

  it("does not take the show's name from the title line for a character", () => {
    const text =
      "Harbor Lights, Season 1\n\nHarbor Lights was created by Dana Okafor. Nora Whitlock runs.";
    const graph = extractCorpus([{ source: "h.txt", text }], EMPTY_CURATION);
    expect(graph.characters.map((c) => c.name)).toEqual(["Nora Whitlock"]);
  });
});

describe("real people", () => {
  it.each([
    ["showrunner Marco Diaz leads the room. Ana Ruiz runs.", "Marco Diaz", "showrunner"],
    ["The episode was directed by Luis Carvalho. Ana Ruiz runs.", "Luis Carvalho", "director"],
    ["Written by Farah Quinn. Ana Ruiz runs.", "Farah Quinn", "writer"],
    ["Network head Jo March approved it. Ana Ruiz runs.", "Jo March", "executive"],
  ])("makes a person, not a character, of %p", (body, name, role) => {
    const graph = extract(body);
    expect(graph.people.map((p) => [p.name, p.roles])).toEqual([[name, [role]]]);
    expect(graph.characters.map((c) => c.name)).toEqual(["Ana Ruiz"]);
  });

  it("reads who plays whom from brackets, in either order", () => {
    const graph = extract(
      "Captain Idris Okonkwo (Samuel Adeyemi) wakes. Okonkwo calls Yara Solis. Yara Solis answers. " +
        "Nina Reyes (Yara Solis) is superb.",
    );
    expect(graph.people.map((p) => [p.name, p.portrays])).toEqual([
      ["Nina Reyes", ["yara-solis"]],
      ["Samuel Adeyemi", ["idris-okonkwo"]],
    ]);
    expect(graph.characters.map((c) => c.id)).toEqual(["idris-okonkwo", "yara-solis"]);
  });

  it("reads an actor's possessive before a known character: Mike Colter's musclebound Luke Cage", () => {
    const graph = extract("Sam Okoro's musclebound Luke Cage returns.", seedCuration());
    expect(graph.people.map((p) => [p.name, p.portrays])).toEqual([["Sam Okoro", ["luke-cage"]]]);
  });
});

import { beforeAll, describe, expect, it } from "@jest/globals";
import type { GraphDocument } from "../../src/domain/graph-document";
import { CharacterLookupService } from "../../src/services/character-lookup.service";
import { AmbiguousNameError, CharacterNotFoundError } from "../../src/services/service-errors";
import type { GraphStore } from "../../src/store/graph-store";

const character = (id: string, name: string, aliases: string[] = []) => ({
  id,
  name,
  aliases,
  mentions: 1,
  confidence: 1,
  scenes: [],
});

/** Names that share last words: three Raymonds (one only through an alias), two "... Man". */
export const SURNAME_GRAPH: GraphDocument = {
  version: 1,
  documents: [],
  scenes: [],
  characters: [
    character("claire-temple", "Claire Temple", ["Claire", "Night Nurse"]),
    character("hernan-alvarez", 'Hernan "Shades" Alvarez', ["Shades"]),
    character("jessica-jones", "Jessica Jones", ["Jess", "Jessica"]),
    character("john-raymond", "John Raymond"),
    character("kilgrave", "Kilgrave", ["Purple Man"]),
    character("lexi", "Lexi", ["Lexi Raymond"]),
    character("luke-cage", "Luke Cage", ["Power Man"]),
    character("michelle-raymond", "Michelle Raymond"),
  ],
  people: [{ id: "finn-jonas", name: "Finn Jonas", aliases: [], roles: ["actor"], portrays: [] }],
  organizations: [],
  relationships: [],
};

/**
 * Looking characters up by the last words of their names (a surname alone), run against every
 * store: the store's lookup, and the lookup service over that store, give the same answers.
 * `makeStore` must return an empty store.
 */
export function describeNameEndings(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`surnames and other last words of names: ${name}`, () => {
    let store: GraphStore;
    let lookup: CharacterLookupService;
    const ids = (characters: { id: string }[]) => characters.map((c) => c.id);

    beforeAll(async () => {
      store = await makeStore();
      await store.load(SURNAME_GRAPH);
      lookup = new CharacterLookupService(store);
    });

    it("finds every character with a longer name or alias ending in those words, in id order", async () => {
      const found = await store.charactersByNameEndings([
        "jones",
        "raymond",
        "man",
        "shades alvarez",
        "jessica jones",
        "nobody",
        "",
        "jonas",
      ]);
      expect(found.map(ids)).toEqual([
        ["jessica-jones"],
        ["john-raymond", "lexi", "michelle-raymond"],
        ["kilgrave", "luke-cage"],
        ["hernan-alvarez"],
        [],
        [],
        [],
        [],
      ]);
      expect(found[0][0]).toEqual({
        id: "jessica-jones",
        name: "Jessica Jones",
        aliases: ["Jess", "Jessica"],
        mentions: 1,
        confidence: 1,
      });
      expect(await store.charactersByNameEndings([])).toEqual([]);
    });

    it("resolves a surname that one character has", async () => {
      const found = await lookup.resolveAll(["Jones", "temple", "Shades Alvarez"], "path");
      expect(ids(found)).toEqual(["jessica-jones", "claire-temple", "hernan-alvarez"]);
    });

    it("lists the candidates when several characters have the surname", async () => {
      const error = await lookup.resolve("Raymond").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AmbiguousNameError);
      expect((error as AmbiguousNameError).candidates).toEqual([
        { id: "john-raymond", name: "John Raymond" },
        { id: "lexi", name: "Lexi" },
        { id: "michelle-raymond", name: "Michelle Raymond" },
      ]);
    });

    it("prefers a whole name or alias, then an id, to the last words of another name", async () => {
      expect(ids(await lookup.resolveAll(["Jess", "lexi", "luke-cage"], "path"))).toEqual([
        "jessica-jones",
        "lexi",
        "luke-cage",
      ]);
    });

    it("still suggests the nearest names for a name nobody has, even as a surname", async () => {
      const error = await lookup.resolve("Jonse").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CharacterNotFoundError);
      expect((error as CharacterNotFoundError).suggestions).toContain("Jessica Jones");
    });
  });
}

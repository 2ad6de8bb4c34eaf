import { beforeAll, describe, expect, it } from "@jest/globals";
import type { GraphDocument } from "../../src/domain/graph-document";
import type { GraphStore } from "../../src/store/graph-store";
import { InvalidGraphDocumentError } from "../../src/store/store-errors";
import { SMALL_GRAPH, SMALL_GRAPH_TEXTS } from "../fixtures/small-graph";

/**
 * The GraphStore contract, run against every adapter (graphology's specs(Graph) pattern).
 * `makeStore` must return an empty store; the suite loads the small fixture graph into it.
 */
export function describeGraphStore(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const ids = (characters: { id: string }[]) => characters.map((c) => c.id);

    beforeAll(async () => {
      store = await makeStore();
      await store.load(SMALL_GRAPH);
    });

    describe("finding characters", () => {
      it("finds a character by any alias key, and every holder of a shared alias in id order", async () => {
        expect(ids(await store.charactersByNameKey("bo"))).toEqual(["b"]);
        expect(ids(await store.charactersByNameKey("jo"))).toEqual(["a", "c"]);
        expect(ids(await store.charactersByNameKey("detective dee"))).toEqual(["d"]);
        expect(await store.charactersByNameKey("nobody")).toEqual([]);
      });

      it("looks several keys up at once, one slot per key, empty where nobody has it", async () => {
        const found = await store.charactersByNameKeys(["jo", "nobody", "", "bo", "jo"]);
        expect(found.map(ids)).toEqual([["a", "c"], [], [], ["b"], ["a", "c"]]);
        expect(await store.charactersByNameKeys([])).toEqual([]);
      });

      it("treats a name full of Cypher as just a name", async () => {
        const [found] = await store.charactersByNameKey("obrien");
        expect(found).toMatchObject({
          id: "robert",
          name: "Robert'); MATCH (n) DETACH DELETE n; //",
        });
        expect((await store.characterNames()).length).toBe(SMALL_GRAPH.characters.length);
      });

      it("answers id lookups slot by slot, with null for unknown ids", async () => {
        const found = await store.charactersById(["c", "missing", "a"]);
        expect(found.map((c) => c?.id ?? null)).toEqual(["c", null, "a"]);
        expect(found[0]).toEqual({
          id: "c",
          name: "Cy Cole",
          aliases: ["Cy", "Jo"],
          mentions: 2,
          confidence: 1,
        });
      });

      it("lists every name in id order", async () => {
        const names = await store.characterNames();
        expect(names.map((n) => n.id)).toEqual(["a", "b", "c", "d", "e", "f", "robert", "x"]);
        expect(names[0]).toEqual({ id: "a", name: "Ada Ames", aliases: ["Ada", "Jo"] });
      });
    });

    describe("pages of characters", () => {
      it("visits every character exactly once, page by page", async () => {
        const seen: string[] = [];
        let afterId: string | undefined;
        for (;;) {
          const page = await store.pageOfCharacters({ first: 3, afterId });
          expect(page.totalCount).toBe(8);
          seen.push(...ids(page.characters));
          if (!page.hasNextPage) break;
          afterId = page.characters[page.characters.length - 1].id;
        }
        expect(seen).toEqual(["a", "b", "c", "d", "e", "f", "robert", "x"]);
      });

      it("searches inside names and aliases", async () => {
        const page = await store.pageOfCharacters({ first: 10, searchKey: "o" });
        expect(ids(page.characters)).toEqual(["a", "b", "c", "d", "f", "robert"]);
        expect(page.totalCount).toBe(6);
      });
    });

    describe("relationships", () => {
      it("orders a character's relationships: typed first, then heaviest, then by the other end", async () => {
        const [ofA, ofX] = await store.relationshipsOf(["a", "x"], {});
        expect(ofA.map((r) => [r.type, r.source, r.target, r.role, r.weight])).toEqual([
          ["FAMILY_OF", "a", "b", "sibling", 1],
          ["INTERACTS_WITH", "a", "b", null, 2],
          ["INTERACTS_WITH", "a", "c", null, 1],
        ]);
        expect(ofX).toEqual([]);
      });

      it("keeps evidence in document order with offsets that round-trip", async () => {
        const [ofD] = await store.relationshipsOf(["d"], {});
        expect(ofD.map((r) => r.type)).toEqual(["KILLED", "INTERACTS_WITH", "INTERACTS_WITH"]);
        const cd = ofD[1];
        expect(cd.evidence.map((e) => [e.document, e.start])).toEqual([
          ["one", 45],
          ["two", 33],
          ["two", 53],
        ]);
        for (const e of cd.evidence)
          expect(SMALL_GRAPH_TEXTS[e.document].slice(e.start, e.end)).toBe(e.quote);
      });

      it("finds what joins two characters, in either direction, filtered by type", async () => {
        expect((await store.relationshipsBetween("b", "a", {})).map((r) => r.type)).toEqual([
          "FAMILY_OF",
          "INTERACTS_WITH",
        ]);
        expect(
          (await store.relationshipsBetween("e", "d", { types: ["KILLED"] })).map((r) => [
            r.source,
            r.target,
          ]),
        ).toEqual([["d", "e"]]);
        expect(await store.relationshipsBetween("a", "x", {})).toEqual([]);
      });

      it("finds what joins several pairs at once, each slot as relationshipsBetween answers it", async () => {
        const pairs = [
          ["b", "a"],
          ["a", "x"],
          ["e", "d"],
          ["b", "a"],
        ] as const;
        const joined = await store.relationshipsBetweenPairs(pairs, {});
        const oneByOne = await Promise.all(
          pairs.map(([a, b]) => store.relationshipsBetween(a, b, {})),
        );
        expect(joined).toEqual(oneByOne);
        expect(joined[0].map((r) => r.type)).toEqual(["FAMILY_OF", "INTERACTS_WITH"]);
        expect(await store.relationshipsBetweenPairs([["e", "d"]], { types: ["KILLED"] })).toEqual([
          await store.relationshipsBetween("e", "d", { types: ["KILLED"] }),
        ]);
        expect(await store.relationshipsBetweenPairs([], {})).toEqual([]);
      });

      it("does not treat organizations as characters", async () => {
        const [ofF] = await store.relationshipsOf(["f"], {});
        expect(ofF.map((r) => r.type)).toEqual(["ENEMY_OF"]);
      });
    });

    describe("paths", () => {
      it("breaks ties between shortest paths by the smallest id sequence", async () => {
        expect(await store.shortestPath("a", "d", { maxHops: 10 })).toEqual(["a", "b", "d"]);
        expect(await store.shortestPath("d", "a", { maxHops: 10 })).toEqual(["d", "b", "a"]);
      });

      it("walks directed relationships both ways", async () => {
        expect(await store.shortestPath("f", "a", { maxHops: 10 })).toEqual([
          "f",
          "e",
          "d",
          "b",
          "a",
        ]);
      });

      it("respects maxHops and type filters", async () => {
        expect(await store.shortestPath("a", "f", { maxHops: 3 })).toBeNull();
        expect(
          await store.shortestPath("d", "f", { maxHops: 5, types: ["KILLED", "ENEMY_OF"] }),
        ).toEqual(["d", "e", "f"]);
        expect(
          await store.shortestPath("a", "f", { maxHops: 10, types: ["KILLED", "ENEMY_OF"] }),
        ).toBeNull();
      });

      it("returns the lone character for a leg that starts where it ends, and null when unreachable", async () => {
        expect(await store.shortestPath("c", "c", { maxHops: 2 })).toEqual(["c"]);
        expect(await store.shortestPath("a", "x", { maxHops: 10 })).toBeNull();
        expect(await store.shortestPath("a", "missing", { maxHops: 10 })).toBeNull();
      });
    });

    describe("neighbourhoods", () => {
      it("lists members by distance and the relationships among them", async () => {
        const circle = await store.neighbourhood("b", 1, {});
        expect(circle.members).toEqual([
          { id: "b", distance: 0 },
          { id: "a", distance: 1 },
          { id: "d", distance: 1 },
        ]);
        expect(circle.relationships.map((r) => `${r.source}-${r.type}-${r.target}`)).toEqual([
          "a-FAMILY_OF-b",
          "a-INTERACTS_WITH-b",
          "b-INTERACTS_WITH-d",
        ]);
      });

      it("reaches further with depth and follows only the given types", async () => {
        const wide = await store.neighbourhood("b", 2, {});
        expect(wide.members.map((m) => m.id)).toEqual(["b", "a", "d", "c", "e"]);
        expect(wide.relationships).toHaveLength(6);
        const typed = await store.neighbourhood("d", 3, { types: ["KILLED"] });
        expect(typed.members.map((m) => m.id)).toEqual(["d", "e"]);
      });

      it("gives the same members without gathering relationships when asked for members only", async () => {
        const whole = await store.neighbourhood("b", 2, {});
        const membersOnly = await store.neighbourhood("b", 2, {}, { members: "only" });
        expect(membersOnly).toEqual({
          members: whole.members,
          characters: whole.characters,
          relationships: [],
        });
        expect(whole.characters.map((c) => c.id)).toEqual(whole.members.map((m) => m.id));
        expect(whole.characters[0]).toEqual((await store.charactersById(["b"]))[0]);
      });
    });

    describe("people and documents", () => {
      it("lists who portrays a character, in id order", async () => {
        const [ofA, ofB, ofC] = await store.portrayersOf(["a", "b", "c"]);
        expect(ids(ofA)).toEqual(["ann-actor", "pat-actor"]);
        expect(ofB).toEqual([
          { id: "ann-actor", name: "Ann Actor", aliases: [], roles: ["actor"] },
        ]);
        expect(ofC).toEqual([]);
      });

      it("finds documents by id", async () => {
        const [one, none] = await store.documentsById(["one", "nope"]);
        expect(one).toEqual({
          id: "one",
          title: "Episode One",
          source: "fixtures/one.txt",
          length: SMALL_GRAPH_TEXTS.one.length,
        });
        expect(none).toBeNull();
      });
    });

    describe("the whole graph", () => {
      it("gives a snapshot of characters and their relationships, in order", async () => {
        const snapshot = await store.snapshot();
        expect(ids(snapshot.characters)).toEqual(["a", "b", "c", "d", "e", "f", "robert", "x"]);
        expect(snapshot.relationships.map((r) => `${r.source}-${r.type}-${r.target}`)).toEqual([
          "a-FAMILY_OF-b",
          "a-INTERACTS_WITH-b",
          "a-INTERACTS_WITH-c",
          "b-INTERACTS_WITH-d",
          "c-INTERACTS_WITH-d",
          "d-KILLED-e",
          "e-ENEMY_OF-f",
        ]);
        expect(snapshot.relationships[4].evidence).toHaveLength(3);
      });

      it("counts what it holds, relationships by type", async () => {
        expect(await store.stats()).toEqual({
          characters: 8,
          people: 2,
          organizations: 1,
          documents: 2,
          relationshipsByType: [
            { type: "FAMILY_OF", count: 1 },
            { type: "ENEMY_OF", count: 1 },
            { type: "KILLED", count: 1 },
            { type: "MEMBER_OF", count: 1 },
            { type: "INTERACTS_WITH", count: 4 },
          ],
        });
      });

      it("lists its documents by id", async () => {
        expect((await store.listDocuments()).map((d) => d.id)).toEqual(["one", "two"]);
      });
    });

    describe("loading", () => {
      it("changes nothing when the same document is loaded again", async () => {
        const first = await store.load(SMALL_GRAPH);
        const again = await store.load(SMALL_GRAPH);
        expect(again).toEqual(first);
        expect((await store.relationshipsOf(["c"], {}))[0]).toHaveLength(2);
      });

      it("refuses a document with a dangling relationship and keeps what it had", async () => {
        const before = await store.characterNames();
        const broken: GraphDocument = {
          ...SMALL_GRAPH,
          characters: [...SMALL_GRAPH.characters, { ...SMALL_GRAPH.characters[0], id: "new-one" }],
          relationships: [
            { source: "a", target: "ghost", type: "ALLY_OF", weight: 1, evidence: [] },
          ],
        };
        await expect(store.load(broken)).rejects.toBeInstanceOf(InvalidGraphDocumentError);
        expect(await store.characterNames()).toEqual(before);
      });

      it("keeps whether a piece of evidence was read through a pronoun", async () => {
        const marked: GraphDocument = {
          ...SMALL_GRAPH,
          relationships: SMALL_GRAPH.relationships.map((r) =>
            r.source === "c" && r.target === "d"
              ? { ...r, evidence: r.evidence.map((e, i) => ({ ...e, viaPronoun: i === 2 })) }
              : r,
          ),
        };
        try {
          await store.load(marked);
          const [ofC] = await store.relationshipsOf(["c"], {});
          const cd = ofC.find((r) => r.target === "d")!;
          expect(cd.evidence.map((e) => e.viaPronoun === true)).toEqual([false, false, true]);
        } finally {
          await store.load(SMALL_GRAPH);
        }
      });

      it("answers ping when it can serve", async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });
  });
}

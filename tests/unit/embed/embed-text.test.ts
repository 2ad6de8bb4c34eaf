import { describe, expect, it } from "@jest/globals";
import { describeCircle, type CircleView } from "../../../src/http/embed/circle-view";
import { escapeAttribute, escapeHtml, jsonForScript } from "../../../src/http/embed/html-text";
import { RELATIONSHIP_COLOURS } from "../../../src/http/embed/relationship-palette";

const HOSTILE = `</script><!-- <b a="1" b='2'>&amp; \u2028`;

describe("text from the graph in a widget page", () => {
  it("leaves no markup in escaped HTML", () => {
    expect(escapeHtml(HOSTILE)).not.toMatch(/[<>"']|&(?!#\d+;)/);
  });

  it("keeps apostrophes in a double-quoted attribute but nothing that could end it", () => {
    expect(escapeAttribute(HOSTILE)).not.toMatch(/[<>"]|&(?!(amp|lt|gt|quot);)/);
    expect(escapeAttribute("Luke Cage's circle")).toBe("Luke Cage's circle");
  });

  it("reads embedded JSON back to exactly the same value", () => {
    const json = jsonForScript({ name: HOSTILE });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: HOSTILE });
  });
});

describe("the circle's alt text", () => {
  const view: CircleView = {
    centre: { id: "luke", name: "Luke" },
    depth: 2,
    characters: [
      { id: "luke", name: "Luke", distance: 0 },
      { id: "claire", name: "Claire", distance: 1 },
      { id: "misty", name: "Misty", distance: 2 },
    ],
    relationships: [
      ["claire", "luke", "ROMANTIC_WITH", 1],
      ["claire", "luke", "INTERACTS_WITH", 7],
      ["claire", "misty", "INTERACTS_WITH", 2],
    ].map(([source, target, type, weight], i) => ({
      id: `r${i}`,
      source: source as string,
      target: target as string,
      type: type as "ROMANTIC_WITH" | "INTERACTS_WITH",
      role: null,
      weight: weight as number,
      colour: RELATIONSHIP_COLOURS.INTERACTS_WITH,
      label: "",
      evidence: [],
    })),
  };

  it("names each character with its ties to the centre, and how far the others are", () => {
    expect(describeCircle(view)).toBe(
      "Luke and 2 characters within 2 steps: Claire (romantic partners, 1 sentence; " +
        "interacts with, 7 sentences), Misty (2 steps away).",
    );
  });

  it("says so when a character has no relationships", () => {
    const alone = { ...view, characters: view.characters.slice(0, 1), relationships: [] };
    expect(describeCircle(alone)).toBe("Luke, with no relationships yet");
  });
});

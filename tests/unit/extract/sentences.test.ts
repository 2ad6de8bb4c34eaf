import { describe, expect, it } from "@jest/globals";
import { splitScenes } from "../../../src/extract/scenes";
import { splitSentences } from "../../../src/extract/sentences";

function sentences(text: string): string[] {
  return splitScenes(text).flatMap((scene) =>
    splitSentences(text, scene).map((s) => text.slice(s.start, s.end)),
  );
}

describe("sentence splitting", () => {
  it("ends sentences at full stops, question and exclamation marks", () => {
    expect(sentences("Luke runs. Does Claire follow? She does! Misty waits.")).toEqual([
      "Luke runs.",
      "Does Claire follow?",
      "She does!",
      "Misty waits.",
    ]);
  });

  it("does not split after titles such as Mr., Dr. and St.", () => {
    expect(sentences("Mr. Murdock meets Dr. Temple at St. Agnes. Then he leaves.")).toEqual([
      "Mr. Murdock meets Dr. Temple at St. Agnes.",
      "Then he leaves.",
    ]);
  });

  it("does not split after initials", () => {
    expect(sentences("J. R. Hartley met Michael B. Jordan. They talked.")).toEqual([
      "J. R. Hartley met Michael B. Jordan.",
      "They talked.",
    ]);
  });

  it("keeps a quoted question inside the sentence that goes on after it", () => {
    expect(
      sentences('Luke quips, "And you let them?" which earns a smirk from Foggy.'),
    ).toHaveLength(1);
  });

  it("does not split at an ellipsis inside quotes", () => {
    expect(sentences('She says, "I was... Then I left." He nods.')).toEqual([
      'She says, "I was... Then I left."',
      "He nods.",
    ]);
  });

  it("does not split at an ellipsis followed by lower case", () => {
    expect(sentences("She hasn't taken it...yet, and he knows. Fine.")).toHaveLength(2);
  });

  it("keeps closing quotes with the sentence they end", () => {
    expect(sentences("“We wanted them caught off guard.” Loeb agrees.")).toEqual([
      "“We wanted them caught off guard.”",
      "Loeb agrees.",
    ]);
  });

  it("treats each bullet line as its own sentence, without the bullet", () => {
    expect(sentences("  • Call-Back:\n    • Luke says hello\n  - Foggy: Hi.\n")).toEqual([
      "Call-Back:",
      "Luke says hello",
      "Foggy: Hi.",
    ]);
  });

  it("joins hard-wrapped prose lines back into one sentence", () => {
    const text =
      "Luke walks through the rain towards the bar where\nClaire is waiting. She smiles.";
    expect(sentences(text)).toEqual([
      "Luke walks through the rain towards the bar where\nClaire is waiting.",
      "She smiles.",
    ]);
  });

  it("handles Windows line endings without leaving carriage returns in sentences", () => {
    expect(sentences("Title\r\n\r\nLuke runs.\r\nClaire follows.\r\n")).toEqual([
      "Title",
      "Luke runs.",
      "Claire follows.",
    ]);
  });
});

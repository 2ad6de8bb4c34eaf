import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { nameKey, slugify } from "../../../src/domain/ids";

describe("slugify", () => {
  it("makes Latin names lower-case, unaccented and hyphenated", () => {
    expect(slugify("Luke Cage")).toBe("luke-cage");
    expect(slugify("Zoë O'Brien")).toBe("zoe-obrien");
    expect(slugify(' Hernan "Shades" Alvarez ')).toBe("hernan-shades-alvarez");
  });

  it("keeps the letters of other scripts", () => {
    expect(slugify("Иван Петров")).toBe("иван-петров");
    expect(slugify("Ꭰ")).toBe("ꭰ");
    expect(slugify("山田 太郎")).toBe("山田-太郎");
  });

  it("gives every name holding a letter or digit a non-empty slug", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (name) => {
        fc.pre(/[\p{L}\p{N}]/u.test(name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")));
        expect(slugify(name)).not.toBe("");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("nameKey", () => {
  it("meets across case, accents and punctuation, in any script", () => {
    expect(nameKey("CAGE")).toBe(nameKey("cage"));
    expect(nameKey("Zoë")).toBe("zoe");
    expect(nameKey("ИВАН  Петров")).toBe("иван петров");
    expect(nameKey("Ꭰ")).not.toBe("");
  });
});

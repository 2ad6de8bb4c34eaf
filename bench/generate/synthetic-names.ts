import { nameKey } from "../../src/domain/ids";

const ONSETS = [
  "b",
  "c",
  "d",
  "f",
  "g",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
];
const NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
const CODAS = ["", "", "n", "r", "s", "l", "x", "th"];

/** n distinct two-word names ("Kavo Relinth"), no two with the same name key. */
export function syntheticNames(n: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const syllable = () => pick(ONSETS) + pick(NUCLEI) + pick(CODAS);
  const word = (syllables: number) => {
    const text = Array.from({ length: syllables }, syllable).join("");
    return text[0].toUpperCase() + text.slice(1);
  };
  const keys = new Set<string>();
  const names: string[] = [];
  while (names.length < n) {
    const name = `${word(2)} ${word(2 + Math.floor(random() * 2))}`;
    if (keys.has(nameKey(name))) continue;
    keys.add(nameKey(name));
    names.push(name);
  }
  return names;
}

import type { TextSpan } from "../text-span";

export interface CreditedName extends TextSpan {
  name: string;
  plays?: string;
  /** Where the bracketed name stands, when there is one. */
  playsSpan?: TextSpan;
  /** Where this item of the list ends, bracket included. */
  listEnd: number;
}

/** One word of a person's name: "D.B.", "S.", "Jr.", "D'Onofrio", "Moss-Bachrach", "RZA". */
const WORD = String.raw`(?:(?:\p{Lu}\.){1,3}(?=\s*\p{Lu})|(?:Jr|Sr)\.|\p{Lu}[\p{L}'’-]*\p{L}|(?:de|van|von|da|del|di|la|le|du|al|el|bin)(?=\s\p{Lu}))`;
const NAME = new RegExp(
  String.raw`(${WORD}(?:[ \t]+${WORD}){0,4})(?:[ \t]*\(([^()\r\n]{1,60})\))?`,
  "uy",
);
const SEPARATOR = /\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*\/\s*|\s*;\s*)/uy;
const CHARACTER_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s?)+$/u;

/**
 * The list of names that follows a credit cue, from `from` up to `limit`: "Drew Goddard & Steven
 * S. DeKnight", "Charlie Cox, Deborah Ann Woll and Elden Henson", "Mike Colter (Luke Cage)".
 * A lone word is taken only when it is all capitals ("RZA"): credits give full names.
 */
export function creditedNames(
  text: string,
  from: number,
  limit: number,
  isCast: boolean,
): CreditedName[] {
  const names: CreditedName[] = [];
  let at = from;
  while (at < limit) {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (match === null || match.index + match[1].length > limit) break;
    const name = match[1].trim();
    const single = !/\s/.test(name);
    if (single && !/^\p{Lu}{2,}$/u.test(name)) break;
    const plays = match[2]?.trim();
    const listEnd = match.index + match[0].length;
    const playsStart =
      listEnd - 1 - (match[2]?.length ?? 0) + (match[2]?.indexOf(plays ?? "") ?? 0);
    const played =
      isCast && plays !== undefined && CHARACTER_NAME.test(plays)
        ? { plays, playsSpan: { start: playsStart, end: playsStart + plays.length } }
        : {};
    names.push({
      name,
      start: match.index,
      end: match.index + match[1].length,
      listEnd,
      ...played,
    });
    SEPARATOR.lastIndex = match.index + match[0].length;
    const separator = SEPARATOR.exec(text);
    if (separator === null) break;
    at = separator.index + separator[0].length;
  }
  return names;
}

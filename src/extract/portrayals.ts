import type { Catalog } from "./catalog";
import { LEXICON } from "./lexicon";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { mentionsBySentence } from "./reading";

/** Between a character and the person playing them: "Matt Murdock (Charlie Cox)", "Ana, played by X". */
const CHARACTER_THEN_ACTOR =
  /^\s*(?:\(\s*|,?\s*\(?(?:who\s+is\s+|is\s+)?(?:played|portrayed|voiced)\s+by\s+)$/u;
/** Between a person and the character they play: "X's musclebound Y", "X plays Y", "X (Y)". */
const ACTOR_THEN_CHARACTER =
  /^(?:['’]s((?:\s+[\p{Ll}-]+){0,3})\s+|\s+(?:plays|played|portrays|portrayed|voices|voiced|stars\s+as|starring\s+as|as)\s+|\s*\(\s*)$/u;

/** Adds PORTRAYS (person -> character) wherever a sentence says who plays whom. */
export function addPortrayals(readings: Reading[], catalog: Catalog): void {
  for (const reading of readings) {
    for (const mentions of mentionsBySentence(reading).values()) {
      for (let i = 0; i + 1 < mentions.length; i++) {
        portrayal(reading.text, mentions[i], mentions[i + 1], catalog);
      }
    }
  }
}

function portrayal(text: string, first: Mention, second: Mention, catalog: Catalog): void {
  const between = text.slice(first.end, second.start);
  const kinds = `${kindOf(first)}>${kindOf(second)}`;
  if (kinds === "character>person" && CHARACTER_THEN_ACTOR.test(between)) {
    plays(catalog, second.entity, first.entity);
  }
  if (kinds === "person>character") {
    const match = ACTOR_THEN_CHARACTER.exec(between);
    const words = match?.[1]?.trim().split(/\s+/) ?? [];
    if (match !== null && !words.some((w) => LEXICON.relationWords.has(w)))
      plays(catalog, first.entity, second.entity);
  }
}

function plays(catalog: Catalog, personKey: string, characterKey: string): void {
  const person = catalog.entities.get(personKey);
  const character = catalog.entities.get(characterKey);
  if (person === undefined || character === undefined) return;
  if (!person.portrays.includes(character.name)) person.portrays.push(character.name);
  if (!person.roles.includes("actor")) person.roles.push("actor");
}

function kindOf(mention: Mention): string {
  return mention.entity.slice(0, mention.entity.indexOf(":"));
}

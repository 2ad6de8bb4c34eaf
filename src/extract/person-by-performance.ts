import performanceCues from "./lexicon/performance-cues.json";
import type { Draft } from "./discover-entities";
import type { NameCandidate } from "./name-candidates";

const VERBS = new Set(performanceCues.verbs);
const WORDS = performanceCues.words;

/**
 * "Winona Ryder sells every second of it", "It is Aaron Paul at full volume": a critic praising
 * an actor. The name is full, said at most twice, its words are never used alone in the text
 * (characters are called by their first names), and its sentence speaks of acting.
 */
export function readsAsActor(candidates: NameCandidate[], draft: Draft | undefined): boolean {
  if (draft === undefined || candidates.length > 2) return false;
  const words = candidates[0].words;
  if (words.length < 2) return false;
  const said = candidates.length;
  if (words.some((word) => occurrences(draft.text, word) > said)) return false;
  return candidates.some((c) => praisesActing(draft, c));
}

function praisesActing(draft: Draft, candidate: NameCandidate): boolean {
  const next = /^(?:['’]s)?\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)/u.exec(candidate.after)?.[1];
  if (
    next !== undefined &&
    VERBS.has(next) &&
    /\b(?:it|the|every|a|as|like)\b/.test(candidate.after)
  )
    return true;
  const sentence = draft.sentences.find(
    (s) => s.start <= candidate.start && candidate.end <= s.end,
  );
  if (sentence === undefined) return false;
  const text = draft.text.slice(sentence.start, sentence.end).toLowerCase();
  return WORDS.some((word) => new RegExp(`\\b${word}\\b`).test(text));
}

function occurrences(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return (text.match(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu")) ?? []).length;
}

import type { RelationshipType } from "../domain/vocabulary";
import type { RelationCue } from "./lexicon";
import { LEXICON } from "./lexicon";
import type { Mention } from "./mentions";
import type { PronounMention } from "./pronouns";
import type { Reading, Sentence } from "./reading";
import { mentionsBySentence } from "./reading";
import type { RelationshipSet } from "./relationship-set";
import { escapeRegExp } from "./escape-reg-exp";

const RELATION_WORDS = [...LEXICON.relationWords.keys()].sort((a, b) => b.length - a.length);
/** "his sister ", "Ana's younger brother, ", "her lawyer, ": what may stand before the relative. */
const RELATIVE_BEFORE = new RegExp(
  `(?:\\b([Hh]is|[Hh]er)|(['’]s))\\s+(?:(?![Hh]is\\b|[Hh]er\\b)[\\p{Ll}-]+\\s+){0,2}?(${RELATION_WORDS.map(escapeRegExp).join("|")}),?\\s+(?:(?:is|was)\\s+)?$`,
  "u",
);
const WORKS_FOR =
  /^,?\s+(?:who\s+)?(?:now\s+|still\s+|also\s+|secretly\s+)?(?:works|worked|working)\s+(?:for|under)\s+(?:the\s+)?$/u;
const KILL_VERBS = [...LEXICON.killVerbs].join("|");
const KILLS = new RegExp(
  `^\\s+(?:(?:later|then|finally|eventually|brutally|fatally)\\s+)?(?:${KILL_VERBS})\\s+$`,
  "u",
);
const KILLED_BY = new RegExp(
  `^\\s+(?:is|was|gets|got|has\\s+been|had\\s+been)\\s+(?:${KILL_VERBS})\\s+by\\s+$`,
  "u",
);
const MEMBER = new RegExp(
  `(?:\\b(?:a|an|the|is|was|as|of)|,)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${LEXICON.memberCues.map(escapeRegExp).join("|")})\\s+(?:the\\s+)?$`,
  "u",
);

/** Typed relationships read from the wording of a sentence, each with that sentence as evidence. */
export function addRelationPatterns(
  reading: Reading,
  into: RelationshipSet,
  pronouns: readonly PronounMention[] = [],
): void {
  const characters = reading.mentions.filter((m) => m.entity.startsWith("character:"));
  for (const [sentence, mentions] of mentionsBySentence(reading)) {
    const add = (source: Mention, target: Mention, type: RelationshipType, role?: string) =>
      into.add(idOf(source), idOf(target), type, evidenceOf(reading, sentence), role);
    for (let i = 0; i < mentions.length; i++) {
      const target = mentions[i];
      if (isKind(target, "organization")) {
        const member = mentions.find((m) => isKind(m, "character") && m.start < target.start);
        if (member && MEMBER.test(reading.text.slice(member.end, target.start)))
          add(member, target, "MEMBER_OF");
        continue;
      }
      if (!isKind(target, "character")) continue;
      relative(reading, sentence, target, characters, pronouns, add);
      const previous = mentions[i - 1];
      if (previous === undefined || !isKind(previous, "character")) continue;
      const between = reading.text.slice(previous.end, target.start);
      if (WORKS_FOR.test(between)) add(previous, target, "WORKS_FOR");
      if (KILLS.test(between)) add(previous, target, "KILLED");
      if (KILLED_BY.test(between)) add(target, previous, "KILLED");
    }
  }
}

type Add = (source: Mention, target: Mention, type: RelationshipType, role?: string) => void;

/**
 * "his sister Candace": the possessor is the named owner ("Ana's brother"), or the last character
 * named before in the sentence, or whom the resolved "his"/"her" stands for, or else the last
 * character named before in the scene.
 */
function relative(
  reading: Reading,
  sentence: Sentence,
  named: Mention,
  characters: Mention[],
  pronouns: readonly PronounMention[],
  add: Add,
): void {
  const lead = reading.text.slice(Math.max(sentence.start, named.start - 80), named.start);
  const match = RELATIVE_BEFORE.exec(lead);
  if (match === null) return;
  const cue = LEXICON.relationWords.get(match[3]) as RelationCue;
  const cueAt = named.start - lead.length + match.index;
  const before = (m: Mention, from: number) =>
    m.start >= from && m.end <= cueAt && m.entity !== named.entity;
  const owner =
    match[2] !== undefined
      ? characters.find((m) => m.end === cueAt)
      : (characters.findLast((m) => before(m, sentence.start)) ??
        pronouns.find((p) => p.start === cueAt) ??
        characters.findLast((m) => before(m, reading.scenes[sentence.scene].start)));
  if (owner === undefined || owner.entity === named.entity) return;
  if (cue.reverse) add(named, owner, cue.type, cue.role);
  else add(owner, named, cue.type, cue.role);
}

function evidenceOf(reading: Reading, sentence: Sentence) {
  const quote = reading.text.slice(sentence.start, sentence.end);
  return { document: reading.document, start: sentence.start, end: sentence.end, quote };
}

function isKind(mention: Mention, kind: "character" | "organization"): boolean {
  // Compared in place: building `${kind}:` for every test of every mention adds up.
  return mention.entity.startsWith(kind) && mention.entity[kind.length] === ":";
}

function idOf(mention: Mention): string {
  return mention.entity.slice(mention.entity.indexOf(":") + 1);
}

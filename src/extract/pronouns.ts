import type { Catalog } from "./catalog";
import lexicon from "./lexicon/pronouns.json";
import type { Mention } from "./mentions";
import { wordKnowledge } from "./name-lexicon";
import type { Reading } from "./reading";
import { mentionsBySentence } from "./reading";

export type Gender = "male" | "female";
/** The gender a character's names tell (`character:ID` key), if they tell one. */
export type GenderOf = (entity: string) => Gender | undefined;

/** A character referred to by a pronoun: kept apart from the mentions of its names. */
export interface PronounMention extends Mention {
  viaPronoun: true;
}

type Kind = "subject" | "object" | "possessive" | "reflexive";

/** A character in a sentence, named or resolved from a pronoun. */
interface Referent {
  entity: string;
  start: number;
  subjectLike: boolean; // may be the sentence's subject: a name, or he/she
  named: boolean; // a name, not a pronoun
}

interface SentenceState {
  referents: Referent[];
  subject?: string;
}

const TITLES = new Map<string, Gender>([
  ...lexicon.male.map((title) => [title, "male"] as const),
  ...lexicon.female.map((title) => [title, "female"] as const),
]);
const AFTER_OBJECT_HER: ReadonlySet<string> = new Set(lexicon.afterObjectHer);
const PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself|the two|both)\b/giu;
const CHARACTER = "character:";
const REACH = 2; // how many sentences before its own a pronoun may reach back to

/**
 * Characters referred to by he/him/his/himself, she/her/hers/herself, "the two" and "both",
 * resolved to the most salient compatible character named in the same sentence before the
 * pronoun or in the two sentences before it (never across a scene boundary), preferring the
 * subject of the sentence before. An object pronoun is never its own sentence's first character
 * ("Luke follows him"); when two candidates are equally salient the pronoun is left unresolved.
 * A character's gender is learnt from he/she only when nobody else was in sight.
 */
export function resolvePronouns(reading: Reading, genderOf: GenderOf): PronounMention[] {
  const grouped = mentionsBySentence(reading);
  const learned = new Map<string, Gender>();
  const genderOfEntity = (entity: string) => genderOf(entity) ?? learned.get(entity);
  const resolved: PronounMention[] = [];
  let recent: SentenceState[] = [];
  let scene = -1;
  for (const sentence of reading.sentences) {
    if (sentence.scene !== scene) [recent, scene] = [[], sentence.scene];
    const text = reading.text.slice(sentence.start, sentence.end);
    const named = (grouped.get(sentence) ?? []).filter((m) => m.entity.startsWith(CHARACTER));
    const referents: Referent[] = named.map((m) => ({ ...m, subjectLike: true, named: true }));
    /** Genders given in this sentence by the pronouns already resolved ("She confronts him"). */
    const given = new Map<string, Gender>();
    for (const match of text.matchAll(PRONOUN)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const word = match[0].toLowerCase();
      const refer = (entity: string, subjectLike: boolean) => {
        resolved.push({ start, end, surface: match[0], entity, viaPronoun: true });
        referents.push({ entity, start, subjectLike, named: false });
      };
      if (word === "both" || word === "the two") {
        const pair = lastTwo(recent[0]);
        const next = /^\s*(\S)/u.exec(text.slice(match.index + match[0].length))?.[1] ?? "";
        const opens = word === "the two" || /^\W*$/u.test(text.slice(0, match.index));
        if (pair !== undefined && opens && !/\p{Lu}/u.test(next))
          pair.forEach((e) => refer(e, true));
        continue;
      }
      const kind = kindOf(word, text.slice(match.index + match[0].length));
      const want: Gender = /^(?:he|him|his|himself)$/u.test(word) ? "male" : "female";
      const before = referents.filter((r) => r.start < start).sort((a, b) => a.start - b.start);
      const compatible = (entity: string) => {
        // "Luke follows him" is not Luke; "Jessica says what he did to her" may be Jessica.
        if (
          kind === "object" &&
          entity === before[0]?.entity &&
          !before.some((r) => !r.named && r.subjectLike)
        )
          return false;
        const gender = genderOfEntity(entity) ?? given.get(entity);
        return gender === undefined || gender === want;
      };
      if (cataphoric(text, match.index, named, sentence.start, compatible)) continue;
      const levels = [{ referents: before, subject: undefined }, ...recent];
      const pool = new Set(levels.flatMap((l) => l.referents.map((r) => r.entity)));
      const candidates = [...pool].filter(compatible);
      const entity = choose(levels, candidates, (e) => genderOfEntity(e) === want);
      if (entity === undefined) continue;
      refer(entity, kind === "subject");
      given.set(entity, want);
      if (pool.size === 1 && kind === "subject" && genderOf(entity) === undefined)
        learned.set(entity, want);
    }
    referents.sort((a, b) => a.start - b.start);
    const state = { referents, subject: subjectOf(text, sentence.start, referents) };
    recent = [state, ...recent].slice(0, REACH);
  }
  return resolved.sort((a, b) => a.start - b.start || (a.entity < b.entity ? -1 : 1));
}

/**
 * The candidate of the nearest sentence that has one: that sentence's subject first, then its
 * only compatible character; two of them are a tie. In a sentence, characters whose names say the
 * pronoun's gender outrank those whose gender is unknown.
 */
function choose(
  levels: SentenceState[],
  candidates: string[],
  knownToFit: (entity: string) => boolean,
): string | undefined {
  const fits = new Set(candidates);
  for (const level of levels) {
    const found = [...new Set(level.referents.map((r) => r.entity))].filter((e) => fits.has(e));
    if (found.length === 0) continue;
    const sure = found.filter(knownToFit);
    const best = sure.length > 0 ? sure : found;
    if (level.subject !== undefined && best.includes(level.subject)) return level.subject;
    return best.length === 1 ? best[0] : undefined;
  }
  return undefined;
}

/**
 * A pronoun in a leading clause may point forward to the character named after it ("After the
 * accident that blinds his son, Jack ..."): left unresolved when a compatible one is.
 */
function cataphoric(
  text: string,
  at: number,
  named: Mention[],
  offset: number,
  compatible: (entity: string) => boolean,
): boolean {
  if (!text.includes(",", at) || text.lastIndexOf(",", at) >= 0) return false;
  if (/^\W*$/u.test(text.slice(0, at))) return false;
  return named.some((m) => m.start - offset > at && compatible(m.entity));
}

/** "her" is an object before punctuation or a preposition ("tells her about"), else possessive. */
function kindOf(word: string, after: string): Kind {
  if (word === "he" || word === "she") return "subject";
  if (word === "him") return "object";
  if (word === "his" || word === "hers") return "possessive";
  if (word !== "her") return "reflexive";
  const next = /^\s*([\p{L}']+)/u.exec(after)?.[1];
  return next === undefined || AFTER_OBJECT_HER.has(next.toLowerCase()) ? "object" : "possessive";
}

/**
 * The sentence's subject: its first character at the start (after at most one word such as
 * "Meanwhile" or a title, not a gerund: "Thinking Shades was ...") or right after a leading
 * clause ("When Karen arrives, Matt ...").
 */
function subjectOf(text: string, offset: number, referents: Referent[]): string | undefined {
  for (const referent of referents) {
    const prefix = text.slice(0, referent.start - offset);
    const opening = /^\W*(?:\p{Lu}\p{L}*\.?\s+)?$/u.test(prefix) && !/ing\s+$/u.test(prefix);
    if (!opening && !/^[^,]*,\s*\W?$/u.test(prefix)) continue;
    return referent.subjectLike ? referent.entity : undefined;
  }
  return undefined;
}

function lastTwo(state: SentenceState | undefined): [string, string] | undefined {
  const distinct = [...new Set(state?.referents.map((r) => r.entity) ?? [])];
  return distinct.length >= 2 ? [distinct[distinct.length - 2], distinct.at(-1)!] : undefined;
}

/**
 * A character's gender from the first word of its name and of every surface naming it: a title
 * (Mr., Madame, Father) or a given name compromise knows (Karen, Tom). Names that disagree tell
 * nothing.
 */
export function genderLookup(catalog: Catalog): GenderOf {
  const surfacesOf = new Map<string, string[]>();
  for (const [surface, keys] of catalog.surfaces)
    for (const key of keys) surfacesOf.set(key, [...(surfacesOf.get(key) ?? []), surface]);
  const known = new Map<string, Gender | undefined>();
  return (key) => {
    if (!known.has(key)) {
      const entity = catalog.entities.get(key);
      const names = entity === undefined ? [] : [entity.name, ...entity.aliases];
      known.set(key, genderOfNames([...names, ...(surfacesOf.get(key) ?? [])]));
    }
    return known.get(key);
  };
}

function genderOfNames(names: string[]): Gender | undefined {
  const genders = new Set<Gender>();
  for (const name of names) {
    const first = name.trim().split(/\s+/u)[0] ?? "";
    const gender = TITLES.get(first) ?? (first === "" ? undefined : wordKnowledge(first).gender);
    if (gender !== undefined) genders.add(gender);
  }
  return genders.size === 1 ? [...genders][0] : undefined;
}

import type { Catalog } from "./catalog";
import type { Draft } from "./draft";
import type { NameCandidate } from "./name-candidates";
import type { NameGroup } from "./name-group";

const BRACKETED_AFTER = /^\s*\(\s*([^()]{2,40}?)\s*\)/u;

/**
 * Cast notes pair two names in brackets, "Matt Murdock (Charlie Cox)" or "Jenna Whitcombe (Eliza
 * Crane)", in either order. The character is the one the text keeps naming; the actor is named
 * there and hardly anywhere else. On a tie the bracketed name is the actor, the usual order.
 */
export function bracketActors(
  groups: NameGroup[],
  drafts: Draft[],
  catalog: Catalog,
): Set<NameGroup> {
  const actors = new Set<NameGroup>();
  const draftOf = new Map(drafts.map((draft) => [draft.document, draft]));
  const groupOf = new Map(groups.flatMap((g) => [...g.surfaces].map((s) => [s, g] as const)));
  const isKnownCharacter = (name: string) =>
    (catalog.surfaces.get(name) ?? []).some((key) => key.startsWith("character:"));
  for (const group of groups) {
    for (const candidate of group.candidates) {
      if (bracketedAfterKnownCharacter(candidate, draftOf.get(candidate.document)))
        actors.add(group);
      const inner = BRACKETED_AFTER.exec(candidate.after)?.[1];
      // "Luke (Mike Colter)": a first name may stand outside, but the actor is named in full.
      if (inner === undefined || (candidate.words.length < 2 && !/\s/.test(inner))) continue;
      const other = groupOf.get(inner);
      if (other === undefined) {
        if (isKnownCharacter(inner)) actors.add(group);
      } else if (other !== group) {
        actors.add(group.candidates.length < other.candidates.length ? group : other);
      }
    }
  }
  return actors;
}

function bracketedAfterKnownCharacter(candidate: NameCandidate, draft: Draft | undefined): boolean {
  if (candidate.words.length < 2 || !/^\s*\)/.test(candidate.after)) return false;
  const open = /\(\s*$/.exec(
    draft?.text.slice(Math.max(0, candidate.start - 4), candidate.start) ?? "",
  );
  if (draft === undefined || open === null) return false;
  const before = draft.text.slice(0, candidate.start - 4 + open.index).trimEnd().length;
  return draft.known.some((m) => m.end === before && m.entity.startsWith("character:"));
}

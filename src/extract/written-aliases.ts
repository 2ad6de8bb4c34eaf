import type { NameGroup } from "./name-group";

/**
 * "Sowande/White Hat", "Marcus Vell (aka the Ferryman)", "Vell, also known as the Ferryman":
 * the name after the slash or the "aka" is another name of the same person.
 */
const ALIAS_AFTER =
  /^(?:\/|\s*\(\s*(?:aka|a\.k\.a\.|also known as)\s+(?:the\s+)?|,\s+(?:aka|a\.k\.a\.|also known as)\s+(?:the\s+)?)(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*)/u;

/**
 * Joins the groups the text itself says are one person: the group named after the slash or the
 * "aka" joins the group before it, or, when that name is no group of its own ("the Ferryman"
 * after an article), becomes one of its surfaces. Returns the groups that remain.
 */
export function mergeWrittenAliases(groups: NameGroup[]): NameGroup[] {
  const groupOf = new Map(groups.flatMap((g) => [...g.surfaces].map((s) => [s, g] as const)));
  const merged = new Set<NameGroup>();
  for (const group of groups) {
    if (merged.has(group)) continue;
    for (const candidate of group.candidates) {
      const alias = ALIAS_AFTER.exec(candidate.after)?.[1];
      if (alias === undefined) continue;
      const other = groupOf.get(alias);
      if (other === undefined) group.surfaces.add(alias);
      else if (other !== group && other.target === undefined && !merged.has(other)) {
        other.candidates.forEach((c) => group.candidates.push(c));
        other.surfaces.forEach((s) => {
          group.surfaces.add(s);
          groupOf.set(s, group);
        });
        merged.add(other);
      }
    }
  }
  return groups.filter((g) => !merged.has(g));
}

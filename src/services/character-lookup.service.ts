import { nameKey } from "../domain/ids";
import type { GraphStore } from "../store/graph-store";
import { nearestNames } from "./name-suggestions";
import { AmbiguousNameError, CharacterNotFoundError, InvalidArgumentError } from "./service-errors";
import type { CharacterNode } from "../domain/graph-model";

/**
 * Turns what a person typed ("Luke", "cage", "Power Man", "luke-cage") into one character.
 * In order: a name or alias, then an id, then the last words of a longer name or alias (a
 * surname alone: "Temple" is Claire Temple). Several characters matching at the first step that
 * finds any is an AmbiguousNameError listing them; none at all, a CharacterNotFoundError with
 * the nearest names.
 */
export class CharacterLookupService {
  constructor(private readonly store: GraphStore) {}

  async resolve(name: string, argument = "name"): Promise<CharacterNode> {
    return (await this.resolveAll([name], argument))[0];
  }

  /** Several names at once: one store call per step for all of them (a path names up to ten). */
  async resolveAll(names: readonly string[], argument: string): Promise<CharacterNode[]> {
    const keys = names.map((name) => nameKey(name));
    if (keys.includes("")) {
      throw new InvalidArgumentError(`${argument} must name a character`, argument);
    }
    const byName = await this.store.charactersByNameKeys(keys);
    const found = names.map((name, i) => chooseByName(name, keys[i], byName[i]));
    const unresolved = found.flatMap((character, i) => (character ? [] : [i]));
    if (unresolved.length === 0) return found as CharacterNode[];

    const byId = await this.store.charactersById(unresolved.map((i) => names[i].trim()));
    unresolved.forEach((i, slot) => (found[i] = byId[slot]));
    const stillUnresolved = unresolved.filter((i) => found[i] === null);
    if (stillUnresolved.length === 0) return found as CharacterNode[];

    const byEnding = await this.store.charactersByNameEndings(stillUnresolved.map((i) => keys[i]));
    const first = stillUnresolved.findIndex((_i, slot) => byEnding[slot].length !== 1);
    if (first < 0) {
      stillUnresolved.forEach((i, slot) => (found[i] = byEnding[slot][0]));
      return found as CharacterNode[];
    }
    const name = names[stillUnresolved[first]];
    if (byEnding[first].length > 1) throw new AmbiguousNameError(name, candidates(byEnding[first]));
    throw new CharacterNotFoundError(name, nearestNames(name, await this.store.characterNames()));
  }
}

/**
 * The one character with this name or alias, or null when nobody has it. Several are ambiguous
 * unless exactly one of them is called that by its own name.
 */
function chooseByName(name: string, key: string, matches: CharacterNode[]): CharacterNode | null {
  if (matches.length <= 1) return matches[0] ?? null;
  const canonical = matches.filter((c) => nameKey(c.name) === key);
  if (canonical.length === 1) return canonical[0];
  throw new AmbiguousNameError(name, candidates(matches));
}

function candidates(matches: CharacterNode[]): { id: string; name: string }[] {
  return matches.map(({ id, name }) => ({ id, name }));
}

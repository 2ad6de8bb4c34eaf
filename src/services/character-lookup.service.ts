import { nameKey } from "../domain/ids";
import type { CharacterNode, GraphStore } from "../store/graph-store";
import { nearestNames } from "./name-suggestions";
import { AmbiguousNameError, CharacterNotFoundError, InvalidArgumentError } from "./service-errors";

/** Turns what a person typed ("Luke", "cage", "Power Man", "luke-cage") into one character. */
export class CharacterLookupService {
  constructor(private readonly store: GraphStore) {}

  async resolve(name: string, argument = "name"): Promise<CharacterNode> {
    return (await this.resolveAll([name], argument))[0];
  }

  /** Several names at once: one store call for all of them (a path names up to ten). */
  async resolveAll(names: readonly string[], argument: string): Promise<CharacterNode[]> {
    const keys = names.map((name) => nameKey(name));
    if (keys.includes("")) {
      throw new InvalidArgumentError(`${argument} must name a character`, argument);
    }
    const matches = await this.store.charactersByNameKeys(keys);
    return Promise.all(names.map((name, i) => this.choose(name, keys[i], matches[i])));
  }

  private async choose(name: string, key: string, matches: CharacterNode[]) {
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      const canonical = matches.filter((c) => nameKey(c.name) === key);
      if (canonical.length === 1) return canonical[0];
      throw new AmbiguousNameError(
        name,
        matches.map(({ id, name }) => ({ id, name })),
      );
    }
    const [byId] = await this.store.charactersById([name.trim()]);
    if (byId) return byId;
    throw new CharacterNotFoundError(name, nearestNames(name, await this.store.characterNames()));
  }
}

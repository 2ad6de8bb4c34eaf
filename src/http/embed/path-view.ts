import type { Services } from "../../services/create-services";
import {
  type EmbedCharacter,
  type EmbedRelationship,
  loadEmbedCharacters,
  presentEmbedRelationships,
} from "./embed-view";

/** What the path widget was asked: names as typed. */
export interface PathRequest {
  from: string;
  to: string;
  via: string[];
}

/** The path widget's content; `characters` and `steps` are null when no path joins the stops. */
export interface PathView {
  /** The characters named in the request (from, via..., to), resolved. */
  stops: EmbedCharacter[];
  characters: EmbedCharacter[] | null;
  /** steps[i] joins characters[i] and characters[i + 1]. */
  steps: EmbedRelationship[] | null;
}

/** The longest a leg may be, as GraphQL's default: a widget takes no maxHops. */
const MAX_HOPS = 6;

/** The shortest path through the named characters in order, with evidence for each step. */
export async function loadPath(services: Services, request: PathRequest): Promise<PathView> {
  const named = await services.lookup.resolveAll(
    [request.from, ...request.via, request.to],
    "path",
  );
  const stops = named.map(({ id, name }) => ({ id, name }));
  const path = await services.paths.path({ ...request, maxHops: MAX_HOPS });
  if (path === null) return { stops, characters: null, steps: null };
  return {
    stops,
    characters: path.characters
      ? path.characters.map(({ id, name }) => ({ id, name }))
      : await loadEmbedCharacters(services, path.characterIds),
    steps: await presentEmbedRelationships(
      services,
      path.steps.map((s) => s.relationship),
    ),
  };
}

import type { Services } from "../../services/create-services";
import { AmbiguousNameError, CharacterNotFoundError } from "../../services/service-errors";
import type { SnippetBuilder, WidgetExample } from "./gallery-page";

/**
 * The gallery's previews, chosen on the seed graph. A graph without these characters (another
 * series) gets the gallery without previews rather than previews of error pages.
 */
const CIRCLE_EXAMPLE = "luke-cage";
const PATH_EXAMPLE = { from: "Luke", via: ["Claire"], to: "Misty" };

/** The examples whose names the graph knows, with titles from the characters' names. */
export async function widgetExamples(services: Services): Promise<WidgetExample[]> {
  const examples: WidgetExample[] = [];
  const centre = await resolveOrNull(services, [CIRCLE_EXAMPLE]);
  if (centre) examples.push(circleExample(centre[0], 1));
  const { from, via, to } = PATH_EXAMPLE;
  const stops = await resolveOrNull(services, [from, ...via, to]);
  if (stops) {
    const query = new URLSearchParams({ from, to, via: via.join(",") });
    examples.push({
      heading: "A path between characters",
      description:
        "The shortest chain of relationships from one character to another, through any characters you name in between, with the sentence behind each step.",
      path: `/embed/path?${query.toString()}`,
      frameTitle: `How ${stops[0].name} links to ${stops[stops.length - 1].name}`,
      width: 600,
      height: 360,
    });
  }
  return examples;
}

/** A character's circle as the gallery offers it, for a character already resolved. */
export function circleExample(centre: { id: string; name: string }, depth: 1 | 2): WidgetExample {
  const query = depth === 1 ? "" : `?depth=${depth}`;
  return {
    heading: depth === 1 ? "A character's circle" : "A character's circle, two steps out",
    description:
      "A character and everyone within one step (add ?depth=2 for two), coloured by relationship type, each line as thick as it is well attested. Hover, tap or tab to a line for its evidence.",
    path: `/embed/character/${encodeURIComponent(centre.id)}${query}`,
    frameTitle: `${centre.name}'s circle of relationships`,
    width: 600,
    height: 480,
  };
}

/** The gallery form's answer: the circle of the character asked for, or why there is none. */
export async function buildSnippet(
  services: Services,
  character: string,
  depth: 1 | 2,
): Promise<SnippetBuilder> {
  const asked = { character, depth, built: null, problem: null };
  if (character === "") return asked;
  try {
    const [centre] = await services.lookup.resolveAll([character], "character");
    return { ...asked, built: circleExample(centre, depth) };
  } catch (error) {
    if (error instanceof CharacterNotFoundError) {
      const message = `No character is called “${character}”.`;
      return { ...asked, problem: { message, suggestions: error.suggestions } };
    }
    if (error instanceof AmbiguousNameError) {
      const message = `“${character}” could mean more than one character.`;
      return { ...asked, problem: { message, suggestions: error.candidates.map((c) => c.id) } };
    }
    throw error;
  }
}

async function resolveOrNull(
  services: Services,
  names: string[],
): Promise<{ id: string; name: string }[] | null> {
  try {
    return await services.lookup.resolveAll(names, "example");
  } catch {
    return null;
  }
}

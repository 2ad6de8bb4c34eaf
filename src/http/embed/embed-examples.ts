import type { Services } from "../../services/create-services";
import type { WidgetExample } from "./gallery-page";

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
  if (centre) {
    examples.push({
      heading: "A character's circle",
      description:
        "A character and everyone within one step (add ?depth=2 for two), coloured by relationship type, each line as thick as it is well attested. Hover, tap or tab to a line for its evidence.",
      path: `/embed/character/${encodeURIComponent(centre[0].id)}`,
      frameTitle: `${centre[0].name}'s circle of relationships`,
      width: 600,
      height: 480,
    });
  }
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

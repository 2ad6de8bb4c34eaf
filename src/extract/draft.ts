import type { Mention } from "./mentions";
import type { Sentence } from "./reading";
import type { TextSpan } from "./text-span";

/** A document before discovery: its sentences and what the gazetteer already found in it. */
export interface Draft {
  document: string;
  text: string;
  /** Whether the text's first line is its title (see SourceText.title). */
  titled: boolean;
  sentences: Sentence[];
  known: Mention[];
  /** Where the text's credits stand: their names are people, found apart (see credits/). */
  credits?: TextSpan[];
}

import { Query, Resolver } from "type-graphql";
import type { GraphFactsService } from "../../services/graph-facts.service";
import { Document } from "../types/document.type";
import { Stats } from "../types/stats.type";

@Resolver()
export class StatsResolver {
  constructor(private readonly facts: GraphFactsService) {}

  @Query(() => Stats, {
    description: "How many characters, people, organizations, documents and relationships.",
  })
  stats(): Promise<Stats> {
    return this.facts.stats();
  }

  @Query(() => [Document], {
    description: "Every document, by id: the values the `documents` filters take.",
  })
  documents(): Promise<Document[]> {
    return this.facts.documents();
  }
}

import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { ApiKeyGuard } from "../../services/api-key-guard";
import type { IngestService } from "../../services/ingest.service";
import { IngestArgs } from "../args/ingest.args";
import type { RequestContext } from "../context";
import { QUERY_COST } from "../query-cost";
import { loadCharacters } from "../present";
import { IngestResult } from "../types/ingest-result.type";

@Resolver()
export class IngestResolver {
  constructor(
    private readonly ingestion: IngestService,
    private readonly guard: ApiKeyGuard,
  ) {}

  @Mutation(() => IngestResult, {
    complexity: QUERY_COST.ingest,
    description:
      "Extracts a new document and merges it into the graph. Needs Authorization: Bearer <INGEST_API_KEY>.",
  })
  async ingestDocument(
    @Args() { title, text, work }: IngestArgs,
    @Ctx() context: RequestContext,
  ): Promise<IngestResult> {
    this.guard.assertAllowed(context.authorization);
    const result = await this.ingestion.ingest(title, text, work ?? undefined);
    context.loaders.character.clearAll();
    return {
      ...result,
      charactersAdded: await loadCharacters(context.loaders, result.charactersAdded),
      charactersUpdated: await loadCharacters(context.loaders, result.charactersUpdated),
    };
  }
}

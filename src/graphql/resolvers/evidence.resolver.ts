import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Document } from "../types/document.type";
import { Evidence } from "../types/evidence.type";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document)
  async document(
    @Root() evidence: Evidence,
    @Ctx() { loaders }: RequestContext,
  ): Promise<Document> {
    const document = await loaders.document.load(evidence.documentId);
    if (document === null)
      throw new Error(`evidence names unknown document ${evidence.documentId}`);
    return document;
  }
}

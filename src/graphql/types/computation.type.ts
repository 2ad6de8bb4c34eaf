import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description:
    "Which computation of the graph's metrics an answer comes from. For the whole graph they are " +
    "computed in the background after each change and served from the last one completed.",
})
export class Computation {
  @Field(() => Int, {
    description:
      "The snapshot of the whole graph computed on: 1 for the first the service read, one more " +
      "for each change it has seen since (an ingest, a load).",
  })
  snapshotVersion!: number;

  @Field({ description: "When the computation completed, ISO 8601 in UTC." })
  computedAt!: string;

  @Field({
    description:
      "True while betweenness is estimated from sampled sources (the exact figures follow); " +
      "PageRank, degrees and communities are always exact.",
  })
  approximate!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "How many sources betweenness was estimated from; null when it is exact.",
  })
  sampledSources!: number | null;

  @Field({
    description:
      "True when computed in the background for the whole graph; false when computed for this " +
      "question (a filtered view, or communities with a seed of their own).",
  })
  background!: boolean;
}

import { Field, Float, Int, ObjectType } from "type-graphql";
import { Computation } from "./computation.type";

@ObjectType("CharacterMetrics", {
  simpleResolvers: true,
  description: "Centrality figures, rounded to 6 decimals.",
})
export class CharacterMetricsType {
  @Field(() => Int, { description: "Distinct characters this one is related to." })
  degree!: number;

  @Field(() => Float, { description: "Sum of the weights of this character's relationships." })
  weightedDegree!: number;

  @Field(() => Float, { description: "Normalized betweenness, unweighted." })
  betweenness!: number;

  @Field(() => Float, { description: "PageRank, weighted, damping 0.85." })
  pageRank!: number;

  @Field(() => Computation, { description: "The computation these figures come from." })
  computedFor!: Computation;
}

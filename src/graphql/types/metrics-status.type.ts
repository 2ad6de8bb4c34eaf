import { Field, Int, ObjectType } from "type-graphql";
import { Computation } from "./computation.type";

@ObjectType({
  simpleResolvers: true,
  description: "A background computation of the graph's metrics under way.",
})
export class MetricsComputing {
  @Field(() => Int)
  snapshotVersion!: number;

  @Field({ description: "ISO 8601 in UTC." })
  startedAt!: string;

  @Field({
    description: "True while betweenness is being estimated; false once exact is under way.",
  })
  approximate!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Where the background computation of metrics and communities stands. Until `serving` is " +
    "set, questions on the whole graph's metrics answer SERVICE_UNAVAILABLE (reason " +
    "METRICS_NOT_READY).",
})
export class MetricsStatus {
  @Field(() => Int, {
    description: "The newest snapshot of the whole graph read; 0 before the first.",
  })
  snapshotVersion!: number;

  @Field(() => Computation, {
    nullable: true,
    description: "What answers come from now; null until the first computation completes.",
  })
  serving!: Computation | null;

  @Field(() => MetricsComputing, { nullable: true })
  computing!: MetricsComputing | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the last computation failed, if it did; answers still come from `serving`.",
  })
  failure!: string | null;
}

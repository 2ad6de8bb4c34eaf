import { MemoryStore } from "../../src/store/memory/memory-store";
import { describeGraphStore } from "./describe-graph-store";

describeGraphStore("memory", async () => new MemoryStore());

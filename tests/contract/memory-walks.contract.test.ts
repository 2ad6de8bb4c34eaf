import { MemoryStore } from "../../src/store/memory/memory-store";
import { describeWalks } from "./describe-walks";

describeWalks("memory", async () => new MemoryStore());

import { MemoryStore } from "../../src/store/memory/memory-store";
import { describeLinks } from "./describe-links";

describeLinks("memory", async () => new MemoryStore());

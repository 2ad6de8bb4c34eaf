import { MemoryStore } from "../../src/store/memory/memory-store";
import { describeNameEndings } from "./describe-name-endings";

describeNameEndings("memory", async () => new MemoryStore());

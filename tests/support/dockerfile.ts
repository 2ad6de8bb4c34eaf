import { readFileSync } from "node:fs";
import { DockerfileParser, type Instruction, JSONInstruction } from "dockerfile-ast";

export interface Copy {
  /** The stage copied from; null for the build context. */
  from: string | null;
  sources: string[];
  destination: string;
}

export interface Stage {
  name: string;
  workdir: string;
  /** The user the stage's processes run as at its end; null for root. */
  user: string | null;
  env: Record<string, string>;
  copies: Copy[];
  /** The text of each RUN. */
  runs: string[];
  /** ENTRYPOINT then CMD, in exec form. */
  command: string[];
  /** HEALTHCHECK's CMD in exec form; null when there is none. */
  healthcheck: string[] | null;
}

/**
 * The stages of a Dockerfile, read with dockerfile-ast. Commands must be in exec form (JSON):
 * the shell form would make /bin/sh PID 1, and signals would not reach node.
 */
export function readDockerfile(path = "Dockerfile"): Stage[] {
  const dockerfile = DockerfileParser.parse(readFileSync(path, "utf8"));
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === "FROM") {
      const name = instruction.getArguments()[2]?.getValue() ?? String(stages.length);
      stages.push({
        name,
        workdir: "/",
        user: null,
        env: {},
        copies: [],
        runs: [],
        command: [],
        healthcheck: null,
      });
      continue;
    }
    const stage = stages[stages.length - 1];
    const args = instruction.getArguments().map((a) => a.getValue());
    switch (keyword) {
      case "WORKDIR":
        stage.workdir = args[0];
        break;
      case "USER":
        stage.user = args[0] === "root" || args[0] === "0" ? null : args[0];
        break;
      case "ENV":
        for (const property of (instruction as unknown as EnvInstruction).getProperties()) {
          stage.env[property.getName()] = property.getValue() ?? "";
        }
        break;
      case "COPY":
        stage.copies.push(copyOf(instruction));
        break;
      case "RUN":
        stage.runs.push(instruction.getArgumentsContent() ?? "");
        break;
      case "ENTRYPOINT":
        stage.command = [...execForm(instruction), ...stage.command];
        break;
      case "CMD":
        stage.command = [...stage.command, ...execForm(instruction)];
        break;
      case "HEALTHCHECK":
        stage.healthcheck = healthcheckOf(instruction);
        break;
    }
  }
  return stages;
}

interface EnvInstruction {
  getProperties(): { getName(): string; getValue(): string | null }[];
}

function copyOf(instruction: Instruction): Copy {
  const flags = (
    instruction as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }
  ).getFlags();
  const from = flags.find((f) => f.getName() === "from")?.getValue() ?? null;
  const paths = instruction.getArguments().map((a) => a.getValue());
  return { from, sources: paths.slice(0, -1), destination: paths[paths.length - 1] };
}

function execForm(instruction: Instruction): string[] {
  if (!(instruction instanceof JSONInstruction) || instruction.getJSONStrings().length === 0) {
    throw new Error(
      `${instruction.getKeyword()} is not in exec form: ${instruction.getTextContent()}`,
    );
  }
  return instruction.getJSONStrings().map((s) => s.getJSONValue());
}

function healthcheckOf(instruction: Instruction): string[] | null {
  const content = instruction.getArgumentsContent() ?? "";
  if (/^NONE$/i.test(content.trim())) return null;
  const json = /^CMD\s+(\[.*\])\s*$/s.exec(content);
  if (!json) throw new Error(`HEALTHCHECK is not CMD in exec form: ${content}`);
  return JSON.parse(json[1]) as string[];
}

import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * One environment variable: how to read it, and what .env.example says about it. `read` adds a
 * sentence to `problems` for a value it refuses, so that every problem is reported at once.
 */
export interface Setting<T> {
  name: string;
  /** The value .env.example sets; "" means the default. */
  example: string;
  /** The comment above it in .env.example, if any. */
  note?: string;
  read(env: Env, problems: string[]): T;
}

type Fallback<T> = T | ((env: Env) => T);
const fallbackOf = <T>(fallback: Fallback<T>, env: Env): T =>
  typeof fallback === "function" ? (fallback as (env: Env) => T)(env) : fallback;

export function wholeNumber(
  name: string,
  bounds: { fallback: Fallback<number>; min: number; max: number; example?: string; note?: string },
): Setting<number> {
  return {
    name,
    example: bounds.example ?? String(bounds.fallback),
    note: bounds.note,
    read(env, problems) {
      const raw = env[name];
      if (raw === undefined || raw === "") return fallbackOf(bounds.fallback, env);
      const value = Number(raw);
      if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
        problems.push(
          `${name}="${raw}" must be a whole number from ${bounds.min} to ${bounds.max}`,
        );
      }
      return value;
    },
  };
}

export function text(
  name: string,
  options: { fallback: string; example?: string; note?: string },
): Setting<string> {
  return {
    name,
    example: options.example ?? options.fallback,
    note: options.note,
    read: (env) => env[name] || options.fallback,
  };
}

/** A path; its default lies in the package directory, wherever the service is started from. */
export function packagePath(
  name: string,
  options: { inPackage: string; example?: string; note?: string },
): Setting<string> {
  return {
    name,
    example: options.example ?? options.inPackage,
    note: options.note,
    read: (env) => env[name] || join(PACKAGE_ROOT, options.inPackage),
  };
}

export function optionalText(
  name: string,
  options: { example?: string; note?: string } = {},
): Setting<string | undefined> {
  return {
    name,
    example: options.example ?? "",
    note: options.note,
    read: (env) => env[name] || undefined,
  };
}

export function flag(
  name: string,
  options: { fallback: boolean; note?: string },
): Setting<boolean> {
  return {
    name,
    example: options.fallback ? "1" : "0",
    note: options.note,
    read(env, problems) {
      const raw = env[name] ?? "";
      if (raw === "") return options.fallback;
      if (raw === "1" || raw === "0") return raw === "1";
      problems.push(`${name}="${raw}" must be 1 (on) or 0 (off)`);
      return options.fallback;
    },
  };
}

/** Browser origins, comma- or space-separated; `*` for any. */
export function origins(name: string, note?: string): Setting<string[]> {
  return {
    name,
    example: "",
    note,
    read(env, problems) {
      const list = (env[name] ?? "").split(/[\s,]+/).filter((o) => o !== "");
      for (const origin of list) {
        if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin)) {
          problems.push(
            `${name}: "${origin}" is not an origin like https://wiki.example.org (or *)`,
          );
        }
      }
      return list;
    },
  };
}

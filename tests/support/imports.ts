/**
 * The imports of the project's own TypeScript, read from the source with a regex (no compiler):
 * static `import`/`export … from`, side-effect imports, `import("…")` and `require("…")`, each
 * with its specifier resolved when it is relative. Used by the tests that hold the arrows
 * between the parts (tests/architecture.test.ts, tests/catalog/boundary.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface ImportRef {
  /** The importing file, absolute. */
  file: string;
  specifier: string;
  /** `import type` / `export type`: erased, nothing is loaded at run time. */
  typeOnly: boolean;
  /** `import("…")` or `require("…")`. */
  dynamic: boolean;
  /** A relative specifier's file, absolute, without a `?query`; null if it names no file (or is a package). */
  target: string | null;
  /** A package's name (`zod`, `@colyseus/core`, `node:fs`), or null for a relative specifier. */
  packageName: string | null;
}

// A statement that starts a line: `import|export [type] [clause from] "x"`. The clause holds no
// quote, parenthesis or semicolon, so it cannot run past the statement into other code.
const STATIC = /^[ \t]*(?:import|export)\s+(type\s+)?(?:[^;"'`()]*?\sfrom\s*)?["']([^"'\n]+)["']/gm;
const DYNAMIC = /\b(?:import|require)\(\s*["']([^"'\n]+)["']\s*\)/g;

/** The imports in a file's source (the source given, so that a test can check the reader itself). */
export function importsIn(file: string, source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const m of source.matchAll(STATIC)) refs.push(ref(file, m[2]!, m[1] !== undefined, false));
  for (const m of source.matchAll(DYNAMIC)) refs.push(ref(file, m[1]!, false, true));
  return refs;
}

export function importsOf(file: string): ImportRef[] {
  return importsIn(file, readFileSync(file, "utf8"));
}

function ref(file: string, specifier: string, typeOnly: boolean, dynamic: boolean): ImportRef {
  if (!specifier.startsWith(".")) return { file, specifier, typeOnly, dynamic, target: null, packageName: packageOf(specifier) };
  const path = resolve(dirname(file), specifier.replace(/\?.*$/, ""));
  const target = [path, `${path}.ts`, join(path, "index.ts")].find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
  return { file, specifier, typeOnly, dynamic, target, packageName: null };
}

function packageOf(specifier: string): string {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

const BUILTINS: ReadonlySet<string> = new Set(builtinModules);

/** `node:fs`, `fs`, `fs/promises`: a module of Node itself. */
export function isNodeBuiltin(packageName: string): boolean {
  return packageName.startsWith("node:") || BUILTINS.has(packageName);
}

/** Every .ts file under a folder of the repository (absolute paths), node_modules left out. */
export function tsFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === "node_modules") continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) out.push(path);
    }
  };
  walk(resolve(ROOT, folder));
  return out.sort();
}

/**
 * The chain of files from `start` to the first file `hit` accepts, following the imports `follow`
 * accepts (resolved to .ts files), or null when there is none.
 */
export function pathTo(start: string, hit: (file: string) => boolean, follow: (r: ImportRef) => boolean = () => true): string[] | null {
  const from = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (hit(file)) {
      const chain = [file];
      for (let at = from.get(file); at; at = from.get(at)) chain.unshift(at);
      return chain;
    }
    for (const r of importsOf(file)) {
      if (!r.target?.endsWith(".ts") || from.has(r.target) || !follow(r)) continue;
      from.set(r.target, file);
      queue.push(r.target);
    }
  }
  return null;
}

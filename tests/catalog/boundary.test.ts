/**
 * The rules record codes, never words: nothing the rules, the seat's view or apply() load may
 * reach shared/catalog, or wording could creep back into the hashed state.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const shared = resolve(import.meta.dirname, "../../shared");
const catalog = join(shared, "catalog");

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of source.matchAll(/(?:import|export)[^;]*?from\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g)) {
    const target = resolve(dirname(file), (m[1] ?? m[2])!);
    for (const candidate of [target, `${target}.ts`, join(target, "index.ts")]) {
      if (existsSync(candidate) && candidate.endsWith(".ts")) {
        found.push(candidate);
        break;
      }
    }
  }
  return found;
}

/** The path of files from `start` to the first one under shared/catalog, or null. */
function pathToCatalog(start: string): string[] | null {
  const seen = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.startsWith(catalog)) {
      const path = [file];
      for (let at = seen.get(file); at; at = seen.get(at)) path.unshift(at);
      return path.map((p) => relative(shared, p));
    }
    for (const next of importsOf(file)) {
      if (seen.has(next)) continue;
      seen.set(next, file);
      queue.push(next);
    }
  }
  return null;
}

const roots = [
  ...readdirSync(join(shared, "rules")).filter((f) => f.endsWith(".ts")).map((f) => join(shared, "rules", f)),
  join(shared, "view.ts"),
  join(shared, "apply.ts"),
  join(shared, "index.ts"),
];

describe("the catalog's boundary", () => {
  it("finds the catalog through an import when there is one (the check can fail)", () => {
    expect(pathToCatalog(join(shared, "catalog", "en.ts"))).toEqual(["catalog/en.ts"]);
    expect(pathToCatalog(resolve(shared, "../server/http/export.ts"))?.at(-1)).toBe("catalog/index.ts");
  });

  it.each(roots.map((r) => [relative(shared, r), r]))("%s never reaches shared/catalog", (_name, root) => {
    expect(pathToCatalog(root)).toBeNull();
  });
});

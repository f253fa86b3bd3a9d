/**
 * The rules record codes, never words: nothing the rules, the seat's view or apply() load may
 * reach shared/catalog, or wording could creep back into the hashed state. (The other arrows
 * between the parts are held by tests/architecture.test.ts.)
 */
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { pathTo, ROOT } from "../support/imports";

const shared = resolve(ROOT, "shared");
const catalog = join(shared, "catalog");

/** The path of files from `start` to the first one under shared/catalog, or null. */
function pathToCatalog(start: string): string[] | null {
  return pathTo(start, (file) => file.startsWith(catalog))?.map((p) => relative(shared, p)) ?? null;
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

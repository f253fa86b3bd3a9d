import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { objectivesTable } from "../scripts/objectives-table";

const root = join(import.meta.dirname, "..");

describe("docs/rules.md", () => {
  it("lists every objective with the points the scenario data gives it", () => {
    const rules = readFileSync(join(root, "docs", "rules.md"), "utf8");
    expect(rules).toContain(objectivesTable());
  });
});

describe("README.md", () => {
  it("gives the two quick-start commands", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});

describe("docs/architecture.md", () => {
  const page = readFileSync(join(root, "docs", "architecture.md"), "utf8");

  it("is linked from the README", () => {
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("(docs/architecture.md)");
  });

  it("names only files and folders that exist", () => {
    const named = [...page.matchAll(/`((?:shared|server|client|scripts|tests|docs|assets)\/[^`<*\s]*)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });
});

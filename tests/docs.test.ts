import { readFileSync } from "node:fs";
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

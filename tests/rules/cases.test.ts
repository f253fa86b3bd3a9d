/**
 * Rule cases as data (tests/cases/**\/*.json): a state before, the commands sent, and what must
 * follow. The format is described in tests/cases/README.md.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runCase } from "../support/rule-case";
import type { RuleCase } from "../support/rule-case";

const root = join(import.meta.dirname, "..", "cases");

function caseFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return caseFiles(path);
    return name.endsWith(".json") ? [path] : [];
  });
}

const files = caseFiles(root);

describe("rule cases", () => {
  it("are there to run", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const cases = JSON.parse(readFileSync(file, "utf8")) as RuleCase[];
    describe(relative(root, file), () => {
      for (const ruleCase of cases) it(ruleCase.name, () => runCase(ruleCase));
    });
  }
});

/**
 * The SQLite store never aborts the process when V8 collects its statements: a child process
 * prepares and drops tens of thousands of them while making garbage (sqlite-gc-child.ts).
 * better-sqlite3 12.11.1 on Node 24.21 aborts there ("Assertion failed: (env) != nullptr" in
 * Statement::~Statement) in about five runs of six; two runs here, each a fresh process.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("SQLite store under garbage collection", () => {
  it("prepares, drops and closes tens of thousands of statements without a crash", () => {
    for (let run = 0; run < 2; run++) {
      const child = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "sqlite-gc-child.ts")], {
        cwd: join(import.meta.dirname, "../.."),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect({ status: child.status, signal: child.signal, stderr: child.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
      expect(child.stdout).toMatch(/^ok \d{5,} statements on Node /);
    }
  }, 120_000);
});

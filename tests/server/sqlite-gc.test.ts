/**
 * The SQLite store never aborts the process when statements are garbage-collected: a child
 * process prepares and drops tens of thousands of them under forced GC, beside the checkpoint
 * worker, and exits with some still alive (sqlite-gc-child.ts). The abort better-sqlite3 12
 * was reported for on Node 24.19+ ("Assertion failed: (env) != nullptr" in
 * Statement::~Statement) is in that destructor; a crash shows here as a signal or a non-zero exit.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("SQLite store under garbage collection", () => {
  it("prepares, collects and closes tens of thousands of statements without a crash", () => {
    const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(import.meta.dirname, "sqlite-gc-child.ts")], {
      cwd: join(import.meta.dirname, "../.."),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
    expect(child.stdout).toMatch(/^ok \d{5,} statements on Node /);
  }, 60_000);
});

/**
 * The browser bundle carries no zod: the client imports the protocol's types and the plain
 * limits (shared/protocol, shared/limits.ts), never the validators.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, ensureBuilt } from "./support";

/** Strings only zod's own code holds (its error class, its internal type names). */
const ZOD_MARKERS = ["ZodError", "$ZodType"];

function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .map((f) => join(dir, f));
}

describe("the client bundle", () => {
  it("holds none of zod", { timeout: 180_000 }, () => {
    ensureBuilt();
    const files = scripts(join(DIST, "assets"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const marker of ZOD_MARKERS) expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
    }
  });

  it("would show zod if it were there (the markers are zod's)", () => {
    const zodDir = join(createRequire(import.meta.url).resolve("zod"), "..");
    const code = scripts(zodDir).map((f) => readFileSync(f, "utf8")).join("\n");
    for (const marker of ZOD_MARKERS) expect(code.includes(marker), marker).toBe(true);
  });
});

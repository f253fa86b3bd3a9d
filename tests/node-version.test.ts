/**
 * The suite runs on the Node the project brings (the `node` dev dependency, first on PATH in
 * npm scripts), and that Node is one package.json's engines allow and .nvmrc recommends.
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string }; devDependencies: Record<string, string> };
const parts = (v: string) => v.replace(/^v/, "").split(".").map(Number) as [number, number, number];
const atLeast = (v: string, min: string) => {
  const [a, b] = [parts(v), parts(min)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
};

describe("Node", () => {
  it("is a version engines allows", () => {
    const floor = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
    expect(floor, `engines.node is a plain floor: ${pkg.engines.node}`).toBeDefined();
    expect(atLeast(process.versions.node, floor!), `Node ${process.versions.node} against ${pkg.engines.node}`).toBe(true);
    expect(atLeast(pkg.devDependencies.node!, floor!)).toBe(true);
  });

  it("is the one the project brings, which .nvmrc names", () => {
    expect(readFileSync(join(root, ".nvmrc"), "utf8").trim()).toBe(pkg.devDependencies.node);
    const bundled = join(root, "node_modules", ".bin", "node");
    if (!existsSync(bundled)) return; // installed without the dev dependency's script: the system Node runs
    expect(realpathSync(process.execPath)).toBe(realpathSync(bundled));
    expect(process.versions.node).toBe(pkg.devDependencies.node);
  });
});

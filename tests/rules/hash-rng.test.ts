import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, hashOf, sha256Hex } from "../../shared/hash";
import { chance, nextFloat, nextInt, seedRng } from "../../shared/rng";

describe("sha256Hex", () => {
  it("matches Node's SHA-256 on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const bytes = [...Buffer.from(text, "utf8")];
        expect(sha256Hex(bytes)).toBe(createHash("sha256").update(Buffer.from(bytes)).digest("hex"));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the known digest of the empty string", () => {
    expect(sha256Hex([])).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("canonicalJson and hashOf", () => {
  it("ignores key order and undefined fields", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }] })).toBe('{"a":[2,{"d":3}],"b":1}');
    expect(hashOf({ x: 1, y: 2 })).toBe(hashOf({ y: 2, x: 1 }));
    expect(hashOf({ x: 1 })).not.toBe(hashOf({ x: 2 }));
  });
});

describe("seeded generator", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = seedRng("caspian");
    const b = seedRng("caspian");
    const c = seedRng("caspian2");
    const seqA = Array.from({ length: 50 }, () => nextFloat(a));
    const seqB = Array.from({ length: 50 }, () => nextFloat(b));
    const seqC = Array.from({ length: 50 }, () => nextFloat(c));
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it("draws floats in [0,1) with a plausible mean, and integers in range", () => {
    const rng = seedRng("mean");
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const x = nextFloat(rng);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 20000).toBeGreaterThan(0.48);
    expect(sum / 20000).toBeLessThan(0.52);
    for (let i = 0; i < 1000; i++) expect(nextInt(rng, 6)).toBeLessThan(6);
    let hits = 0;
    for (let i = 0; i < 10000; i++) if (chance(rng, 0.3)) hits++;
    expect(hits / 10000).toBeGreaterThan(0.27);
    expect(hits / 10000).toBeLessThan(0.33);
  });

  it("keeps its state as four 32-bit words that survive JSON", () => {
    const rng = seedRng("json");
    nextFloat(rng);
    const copy = JSON.parse(JSON.stringify(rng)) as typeof rng;
    expect(nextFloat(copy)).toBe(nextFloat(rng));
    for (const w of rng) expect(Number.isInteger(w) && w >= 0 && w < 2 ** 32).toBe(true);
  });
});

/** clone is a JSON round trip, faster: same values, same key order, no shared objects. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clone } from "../../shared/clone";

describe("clone", () => {
  it("gives what a JSON round trip gives, keys in the same order", () => {
    fc.assert(
      // The state is plain JSON data: fast-check's JSON values may hold -0, which JSON itself cannot.
      fc.property(fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown), (value) => {
        const copy = clone(value);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
        expect(copy).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps an own \"__proto__\" key as data, never as the copy's prototype", () => {
    const value = JSON.parse('{"__proto__": {"civilians": 1}, "a": {"__proto__": null}}') as Record<string, unknown>;
    const copy = clone(value);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    expect((copy as { civilians?: number }).civilians).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
  });

  it("copies records keyed by country ids, and shares nothing with the original", () => {
    const original = { influence: { "792": 1, "364": 2, "760": 0 }, tracks: { cost: 1 }, list: [{ a: 1 }] };
    const copy = clone(original);
    expect(Object.keys(copy.influence)).toEqual(["364", "760", "792"]);
    expect(copy).toEqual(original);
    copy.influence["364"] = 9;
    copy.list[0]!.a = 9;
    expect(original.influence["364"]).toBe(2);
    expect(original.list[0]!.a).toBe(1);
  });
});

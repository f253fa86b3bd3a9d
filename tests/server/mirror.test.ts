/** The mirror sends a view field again only when its JSON changed: its comparison must never say "same" wrongly. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameJson } from "../../server/rooms/mirror";

describe("sameJson", () => {
  it("says same only for values written as the same JSON", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: false, withObjectString: true, withBoxedValues: false }), fc.anything(), (a, b) => {
        if (sameJson(a, b)) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("recognises copies of JSON data, and sees any change", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameJson(a, JSON.parse(JSON.stringify(a)))).toBe(true);
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("minds key order, as JSON does", () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson([1, [2, { x: null }]], [1, [2, { x: null }]])).toBe(true);
    expect(sameJson({ a: undefined }, {})).toBe(false);
  });
});

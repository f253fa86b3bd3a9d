/** The baked outlines' rings (client/src/map/outline-codec.ts) decode to exactly the tenths of a pixel they were baked at. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRing, encodeRing } from "../../client/src/map/outline-codec";
import { shownMap } from "../../client/src/map/projection";

const tenth = fc.integer({ min: -50_000, max: 50_000 }).map((n) => n / 10);

describe("the outline codec", () => {
  it("gives back every point exactly, as small integers in between", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(tenth, tenth), { minLength: 3, maxLength: 60 }), (points) => {
        const flat = points.flat();
        const encoded = encodeRing(flat);
        expect(encoded.every(Number.isInteger)).toBe(true);
        expect(decodeRing(encoded)).toEqual(flat);
      }),
      { numRuns: 300 },
    );
  });

  it("decodes the shown map into rings of points inside its world", () => {
    const { countries, projection } = shownMap();
    expect(countries.length).toBeGreaterThan(10);
    for (const c of countries) for (const polygon of c.polygons) for (const ring of polygon) {
      for (let i = 0; i < ring.length; i += 2) {
        expect(ring[i]!).toBeGreaterThan(-projection.width);
        expect(ring[i]!).toBeLessThan(2 * projection.width);
        expect(Math.round(ring[i]! * 10) / 10).toBe(ring[i]);
      }
    }
  });
});

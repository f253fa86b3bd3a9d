import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { geoDistance, geoInterpolate } from "d3-geo";
import { EARTH_RADIUS_KM, distanceKm, greatCirclePoints, interpolate } from "../../shared/geo/great-circle";

const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));

describe("great circle", () => {
  it("distanceKm is d3's geoDistance × 6371.0088", () => {
    fc.assert(
      fc.property(lonLat, lonLat, (a, b) => {
        expect(distanceKm(a, b)).toBeCloseTo(geoDistance(a, b) * EARTH_RADIUS_KM, 6);
      }),
    );
  });

  it("Damascus to Tehran is about 1,400 km", () => {
    expect(distanceKm([36.292, 33.513], [51.389, 35.689])).toBeGreaterThan(1395);
    expect(distanceKm([36.292, 33.513], [51.389, 35.689])).toBeLessThan(1408);
  });

  it("interpolate runs from a to b along the great circle", () => {
    const a = [49.9, 41.6] as const;
    const b = [39.01, 35.95] as const;
    expect(interpolate(a, b, 0)[0]).toBeCloseTo(a[0], 9);
    expect(interpolate(a, b, 1)[1]).toBeCloseTo(b[1], 9);
    const mid = interpolate(a, b, 0.5);
    expect(distanceKm(a, mid)).toBeCloseTo(distanceKm(a, b) / 2, 6);
  });

  it("greatCirclePoints agree with d3's geoInterpolate", () => {
    fc.assert(
      fc.property(lonLat, lonLat, fc.integer({ min: 1, max: 200 }), (a, b, n) => {
        fc.pre(geoDistance(a, b) < 3);
        const points = greatCirclePoints(a, b, n);
        const along = geoInterpolate(a, b);
        for (let i = 0; i <= n; i++) {
          const expected = along(i / n);
          const km = distanceKm([points[2 * i]!, points[2 * i + 1]!], expected);
          expect(km).toBeLessThan(1e-3);
        }
      }),
    );
  });
});

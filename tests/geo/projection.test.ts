import { describe, expect, it } from "vitest";
import fc from "fast-check";
import map from "../../assets/map/caspian-salvo.json";
import { project, projectionOf, shownMap, unproject } from "../../client/src/map/projection";

function ringContains(flat: readonly number[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = flat.length - 2; i < flat.length; j = i, i += 2) {
    const [xi, yi, xj, yj] = [flat[i]!, flat[i + 1]!, flat[j]!, flat[j + 1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function drawnCountryAt(x: number, y: number): string | undefined {
  return shownMap().countries.find((c) => c.polygons.some((p) => ringContains(p[0]!, x, y) && !p.slice(1).some((h) => ringContains(h, x, y))))?.id;
}

describe("map projection", () => {
  it("is built from the parameters baked with the map", () => {
    // Caspian Salvo's map is the one shown (tests/support/setup.ts), as in a browser that entered its match.
    expect(shownMap().projection).toEqual(map.projection);
    const p = projectionOf(shownMap().projection);
    expect(p.scale()).toBe(map.projection.scale);
    expect(p.translate()).toEqual(map.projection.translate);
    expect(p.rotate()).toEqual([-41, 0, 0]);
    expect(map.projection.parallels).toEqual([31, 44]);
    expect([map.projection.width, map.projection.height]).toEqual([2000, 1400]);
  });

  it("fits the play area (26–56°E, 28–47°N) to the 2000 × 1400 world", () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let lon = 26; lon <= 56; lon += 0.5) {
      for (const lat of [28, 47]) {
        const [x, y] = project([lon, lat]);
        xs.push(x);
        ys.push(y);
      }
    }
    for (let lat = 28; lat <= 47; lat += 0.5) {
      for (const lon of [26, 56]) {
        const [x, y] = project([lon, lat]);
        xs.push(x);
        ys.push(y);
      }
    }
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(x0).toBeGreaterThanOrEqual(-0.5);
    expect(y0).toBeGreaterThanOrEqual(-0.5);
    expect(x1).toBeLessThanOrEqual(2000.5);
    expect(y1).toBeLessThanOrEqual(1400.5);
    expect(Math.max(x1 - x0 - 2000, y1 - y0 - 1400)).toBeGreaterThan(-1);
    const [cx] = project([41, 37]);
    expect(cx).toBeCloseTo(1000, 0);
  });

  it("unproject inverts project", () => {
    fc.assert(
      fc.property(fc.double({ min: 20, max: 64, noNaN: true }), fc.double({ min: 22, max: 52, noNaN: true }), (lon, lat) => {
        const [lon2, lat2] = unproject(project([lon, lat]));
        expect(lon2).toBeCloseTo(lon, 9);
        expect(lat2).toBeCloseTo(lat, 9);
      }),
    );
  });

  it("cities fall inside their country's drawn outline", () => {
    const cities: [string, number, number][] = [
      ["364", 51.389, 35.689],
      ["368", 44.366, 33.315],
      ["760", 36.292, 33.513],
      ["792", 32.854, 39.92],
      ["051", 44.515, 40.182],
      ["643", 47.5, 42.98],
    ];
    for (const [id, lon, lat] of cities) expect(drawnCountryAt(...project([lon, lat]))).toBe(id);
  });

  it("labels sit inside their own country", () => {
    for (const c of map.countries) {
      const [x, y] = c.label;
      expect(drawnCountryAt(x!, y!), c.name).toBe(c.id);
    }
  });
});

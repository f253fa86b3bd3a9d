/**
 * Issue 14: no sliver over 1 km invented or missed near borders. planRoute's km in each country
 * are checked against the exact km (tests/geo/exact-crossings.ts: great-circle crossings of the
 * 50m polygons' edges, each stretch classified by d3's geoContains) on every corridor the bots
 * use and on random routes grazing the tripoints where the grid used to err.
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import { corridorsTo } from "../../shared/bots/corridors";
import type { LonLat } from "../../shared/geo/great-circle";
import { grazingRoute, TRIPOINTS, worstKmError } from "./route-km-error";
import type { KmError } from "./route-km-error";
import { seededRandom } from "./world-atlas";

const TOLERANCE_KM = 1;
/** Raise with GEO_RUNS for a soak. */
const GRAZING_ROUTES = Number(process.env.GEO_RUNS ?? 200);

function report(worst: (KmError & { route: string }) | null): string {
  return worst ? `${worst.route}: ${worst.country ?? "international"} planned ${worst.planKm.toFixed(2)} km, exactly ${worst.exactKm.toFixed(2)} km` : "";
}

describe("km per airspace near borders", () => {
  it("every corridor the bots use is within 1 km of the exact km in every country", () => {
    const scenario = getScenario("caspian-salvo");
    let worst: (KmError & { route: string }) | null = null;
    let routes = 0;
    for (const asset of scenario.assets) {
      for (const zone of scenario.zones) {
        for (const corridor of corridorsTo(scenario, asset, zone.id)) {
          const points: LonLat[] = [asset.lonLat, ...corridor.waypoints, zone.lonLat];
          const error = worstKmError(points);
          routes++;
          if (!worst || Math.abs(error.errorKm) > Math.abs(worst.errorKm)) worst = { ...error, route: `${asset.id} → ${zone.id} via ${JSON.stringify(corridor.waypoints)}` };
        }
      }
    }
    expect(routes).toBeGreaterThan(100);
    expect(Math.abs(worst?.errorKm ?? 0), report(worst)).toBeLessThan(TOLERANCE_KM);
  }, 120_000);

  it.each(TRIPOINTS.map((t) => [t.name, t.lonLat] as const))("random routes grazing the %s tripoint are within 1 km", (name, lonLat) => {
    const random = seededRandom(name.length * 7919);
    let worst: (KmError & { route: string }) | null = null;
    for (let i = 0; i < GRAZING_ROUTES / TRIPOINTS.length; i++) {
      const points = grazingRoute(random, lonLat);
      const error = worstKmError(points);
      if (!worst || Math.abs(error.errorKm) > Math.abs(worst.errorKm)) worst = { ...error, route: JSON.stringify(points) };
    }
    expect(Math.abs(worst?.errorKm ?? 0), report(worst)).toBeLessThan(TOLERANCE_KM);
  }, 120_000);

  it("a route along the Syria–Iraq border, where the old grid invented 10.6 km of Syria in slivers, is within 1 km", () => {
    const points: LonLat[] = [
      [41.99686338889995, 36.75594096714747],
      [42.85336458517246, 37.44696926608058],
    ];
    const error = worstKmError(points);
    expect(Math.abs(error.errorKm)).toBeLessThan(TOLERANCE_KM);
  });
});

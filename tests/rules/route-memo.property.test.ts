/** The memoised planner gives exactly what planRoute gives, whatever the rights, however often asked. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LonLat } from "../../shared/geo/great-circle";
import { planRoute } from "../../shared/geo/plan-route";
import type { RightsStatus } from "../../shared/geo/plan-route";
import { planRouteMemo } from "../../shared/geo/route-memo";
import { caspianGrid } from "../support/caspian";

const point = fc.tuple(fc.double({ min: 25, max: 60, noNaN: true }), fc.double({ min: 20, max: 45, noNaN: true })) as fc.Arbitrary<LonLat>;
const rights = fc.constantFrom<RightsStatus[]>(["none", "granted"], ["granted", "own"], ["none", "none"]);

describe("planRouteMemo", () => {
  it("equals planRoute, on a first and a repeated call, with different rights each time", () => {
    fc.assert(
      fc.property(point, fc.array(point, { maxLength: 3 }), point, rights, rights, (origin, waypoints, target, first, second) => {
        // Rights that depend on the country, so a trace reused with other rights would show.
        const rightsIn = (r: RightsStatus[]) => (country: string) => r[Number(country) % 2]!;
        for (const r of [first, second]) {
          const input = { grid: caspianGrid(), origin, waypoints, target, rangeKm: 1500, rightsIn: rightsIn(r) };
          const memo = planRouteMemo(input);
          expect(memo).toEqual(planRoute(input));
          memo.legsKm.push(1);
          memo.airspaces.forEach((a) => (a.km = -1));
        }
      }),
      { numRuns: 150 },
    );
  });
});

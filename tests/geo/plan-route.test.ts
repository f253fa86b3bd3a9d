import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { geoDistance, geoInterpolate } from "d3-geo";
import { airspaceAt } from "../../shared/geo/airspace";
import { EARTH_RADIUS_KM, distanceKm } from "../../shared/geo/great-circle";
import type { LonLat } from "../../shared/geo/great-circle";
import { planRoute } from "../../shared/geo/plan-route";
import type { RightsStatus, RoutePlan } from "../../shared/geo/plan-route";
import { caspianGrid } from "../support/caspian";

/** Off Dagestan in the Caspian, where the flotilla fired on 7 October 2015. */
const CASPIAN_FIRING_POINT: LonLat = [49.9, 41.6];
const RAQQA: LonLat = [39.01, 35.95];
/** Southern Caspian, near Zanjan in Iran, near Kirkuk in Iraq: the route flown in 2015, roughly. */
const SOUTHERN_WAYPOINTS: LonLat[] = [
  [50.9, 39.4],
  [48.5, 36.5],
  [44.0, 35.5],
];

/**
 * Countries within 25 m of a point. planRoute follows each leg in 20 km straight lon/lat
 * chunks, within about 10 m of the true great circle; where a route grazes a border at a
 * shallow angle that is enough to move a cell boundary along the route by more than a sample.
 */
function airspaceNear([lon, lat]: LonLat): (string | null)[] {
  const dLat = 0.025 / 111.2;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const found: (string | null)[] = [];
  for (const [i, j] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const) {
    found.push(airspaceAt(caspianGrid(), [lon + i * dLon, lat + j * dLat]));
  }
  return found;
}

/** Property runs; raise with GEO_RUNS=1000 for a soak. */
const RUNS = Number(process.env.GEO_RUNS ?? 100);

const noRights = (): RightsStatus => "none";
const countriesOf = (plan: RoutePlan) => plan.airspaces.map((a) => a.country);

const inArea = fc.tuple(fc.double({ min: 26, max: 56, noNaN: true }), fc.double({ min: 28, max: 47, noNaN: true }));
const routeInput = fc.record({
  origin: inArea,
  waypoints: fc.array(inArea, { maxLength: 4 }),
  target: inArea,
});

describe("planRoute: Caspian to Raqqa", () => {
  const straight = planRoute({ grid: caspianGrid(), origin: CASPIAN_FIRING_POINT, waypoints: [], target: RAQQA, rangeKm: 1500, rightsIn: noRights });
  const bent = planRoute({ grid: caspianGrid(), origin: CASPIAN_FIRING_POINT, waypoints: SOUTHERN_WAYPOINTS, target: RAQQA, rangeKm: 1500, rightsIn: noRights });

  it("starts at sea: the firing point is international airspace", () => {
    expect(airspaceAt(caspianGrid(), CASPIAN_FIRING_POINT)).toBeNull();
  });

  it("the straight line crosses Azerbaijan, Armenia, Nakhchivan, a sliver of Iran and Turkey", () => {
    expect(countriesOf(straight)).toEqual([null, "031", "051", "031", "364", "792", "760"]);
    const iran = straight.airspaces.find((a) => a.country === "364")!;
    expect(iran.km).toBeGreaterThan(50);
    expect(iran.km).toBeLessThan(150);
    const turkey = straight.airspaces.find((a) => a.country === "792")!;
    expect(turkey.km).toBeGreaterThan(300);
    expect(straight.lengthKm).toBeCloseTo(1132.6, 0);
    expect(straight.violations).toEqual(["031", "051", "364", "792", "760"]);
  });

  it("the southern route crosses Iran and Iraq only, and is about a third longer", () => {
    expect(countriesOf(bent)).toEqual([null, "364", "368", "760"]);
    for (const avoided of ["792", "031", "051"]) expect(countriesOf(bent)).not.toContain(avoided);
    const ratio = bent.lengthKm / straight.lengthKm;
    expect(ratio).toBeGreaterThan(1.25);
    expect(ratio).toBeLessThan(1.42);
    expect(bent.inRange).toBe(false);
    expect(straight.inRange).toBe(true);
  });

  it("rights: Iraq without rights is a violation, with rights granted it is not", () => {
    const rightsIn =
      (iraq: RightsStatus) =>
      (country: string): RightsStatus =>
        country === "368" ? iraq : country === "760" ? "granted" : country === "364" ? "granted" : "none";
    const refused = planRoute({ grid: caspianGrid(), origin: CASPIAN_FIRING_POINT, waypoints: SOUTHERN_WAYPOINTS, target: RAQQA, rangeKm: 2000, rightsIn: rightsIn("none") });
    expect(refused.violations).toEqual(["368"]);
    expect(refused.airspaces.find((a) => a.country === "368")?.rights).toBe("none");
    const granted = planRoute({ grid: caspianGrid(), origin: CASPIAN_FIRING_POINT, waypoints: SOUTHERN_WAYPOINTS, target: RAQQA, rangeKm: 2000, rightsIn: rightsIn("granted") });
    expect(granted.violations).toEqual([]);
    expect(granted.airspaces[0]).toMatchObject({ country: null, rights: "international" });
  });
});

describe("planRoute: properties", () => {
  it("length is the sum of the great-circle legs, and airspaces partition it", () => {
    fc.assert(
      fc.property(routeInput, ({ origin, waypoints, target }) => {
        const plan = planRoute({ grid: caspianGrid(), origin, waypoints, target, rangeKm: 1000, rightsIn: noRights });
        const points = [origin, ...waypoints, target];
        expect(plan.points).toEqual(points);
        let expected = 0;
        for (let i = 0; i + 1 < points.length; i++) {
          const legKm = geoDistance(points[i]!, points[i + 1]!) * EARTH_RADIUS_KM;
          expect(plan.legsKm[i]).toBeCloseTo(legKm, 6);
          expected += legKm;
        }
        expect(plan.lengthKm).toBeCloseTo(expected, 6);
        expect(plan.inRange).toBe(plan.lengthKm <= 1000);

        const sum = plan.airspaces.reduce((s, a) => s + a.km, 0);
        expect(sum).toBeCloseTo(plan.lengthKm, 6);
        expect(plan.airspaces[0]?.entryKm).toBe(0);
        expect(plan.airspaces.at(-1)?.exitKm).toBeCloseTo(plan.lengthKm, 6);
        plan.airspaces.forEach((a, i) => {
          expect(a.km).toBeCloseTo(a.exitKm - a.entryKm, 9);
          const next = plan.airspaces[i + 1];
          if (!next) return;
          expect(next.entryKm).toBeCloseTo(a.exitKm, 9);
          expect(next.country).not.toBe(a.country);
        });
        const crossed = new Set(plan.airspaces.map((a) => a.country).filter((c) => c !== null));
        expect(plan.violations).toEqual([...crossed]);
      }),
      { numRuns: 10 * RUNS },
    );
  });

  it("airspaces agree with looking up the grid every 0.5 km along the route", () => {
    fc.assert(
      fc.property(routeInput, ({ origin, waypoints, target }) => {
        const plan = planRoute({ grid: caspianGrid(), origin, waypoints, target, rangeKm: 1000, rightsIn: noRights });
        const boundaries = plan.airspaces.slice(1).map((a) => a.entryKm);
        const nearBoundary = (km: number) => boundaries.some((b) => Math.abs(b - km) < 0.05);
        let startKm = 0;
        plan.points.slice(1).forEach((b, leg) => {
          const a = plan.points[leg]!;
          const legKm = distanceKm(a, b);
          const steps = Math.max(1, Math.ceil(legKm / 0.5));
          const along = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
          for (let i = 0; i <= steps; i++) {
            const km = startKm + (legKm * i) / steps;
            if (nearBoundary(km)) continue;
            const listed = plan.airspaces.find((s) => s.entryKm - 1e-6 <= km && km <= s.exitKm + 1e-6)!;
            const point = along(i / steps);
            if (airspaceAt(caspianGrid(), point) !== listed.country) expect(airspaceNear(point), `at ${km.toFixed(2)} km`).toContain(listed.country);
          }
          startKm += legKm;
        });
      }),
      { numRuns: RUNS },
    );
  }, 2000 * RUNS);

  it("a route entirely at sea is one international passage", () => {
    const plan = planRoute({ grid: caspianGrid(), origin: [50.8, 42.6], waypoints: [[51.2, 40.5]], target: [51.3, 39.0], rangeKm: 500, rightsIn: noRights });
    expect(plan.airspaces).toEqual([{ country: null, km: plan.lengthKm, entryKm: 0, exitKm: plan.lengthKm, rights: "international" }]);
  });

  it("a zero-length route has one empty passage where it stands", () => {
    const plan = planRoute({ grid: caspianGrid(), origin: [51.389, 35.689], waypoints: [], target: [51.389, 35.689], rangeKm: 0, rightsIn: () => "own" });
    expect(plan.lengthKm).toBe(0);
    expect(plan.inRange).toBe(true);
    expect(plan.airspaces).toEqual([{ country: "364", km: 0, entryKm: 0, exitKm: 0, rights: "own" }]);
  });
});

/** Route planning in the client: the rules' planRoute with rights read from the seat's view. */
import { describe, expect, it } from "vitest";
import { getScenario, LIMITS, viewForSeat } from "../../shared";
import { distanceKm } from "../../shared/geo/great-circle";
import { project } from "../../client/src/map/projection";
import { rightsFor } from "../../shared/rules/rights";
import { countryName, RoutePlanner } from "../../client/src/model/route-planner";
import { RoutePath } from "../../client/src/model/route-path";
import { rightsFromTreaties } from "../../client/src/model/rights";
import { ROUTE_WAYPOINTS, withOverflight } from "./fixtures";

const scenario = getScenario("caspian-salvo");

describe("rights from a view", () => {
  it("agree with the rules' rightsFor at order time, for every country and weapon", () => {
    const state = withOverflight();
    const view = viewForSeat(state, "russia");
    for (const weapon of ["missile", "aircraft"] as const) {
      const client = rightsFromTreaties(scenario, view.treaties, "russia", weapon);
      const rules = rightsFor(state, "russia", weapon, "orders");
      for (const c of scenario.countries) expect(client(c.id), `${c.name} ${weapon}`).toBe(rules(c.id));
    }
    expect(rightsFromTreaties(scenario, view.treaties, "russia", "missile")("364")).toBe("granted");
    expect(rightsFromTreaties(scenario, view.treaties, "russia", "aircraft")("364")).toBe("none");
  });
});

describe("RoutePlanner", () => {
  it("keeps the waypoint limit of the command schema", () => {
    const p = new RoutePlanner(scenario);
    p.start("caspian-flotilla");
    for (let i = 0; i < 20; i++) p.addWaypoint([45 + i * 0.1, 35]);
    expect(p.waypoints).toHaveLength(LIMITS.waypoints);
  });

  it("measures the 2015 route: in range, Iran granted, Iraq without rights, each passage drawn", () => {
    const view = viewForSeat(withOverflight(), "russia");
    const p = new RoutePlanner(scenario);
    p.start("caspian-flotilla");
    for (const w of ROUTE_WAYPOINTS) p.addWaypoint(w);
    p.setTarget("raqqa");
    const preview = p.preview(view.treaties)!;
    expect(preview.zone?.id).toBe("raqqa");
    expect(preview.plan.inRange).toBe(true);
    const origin = scenario.assets.find((a) => a.id === "caspian-flotilla")!.lonLat;
    const legs = distanceKm(origin, [52, 38.5]) + distanceKm([52, 38.5], [44.6, 34.4]) + distanceKm([44.6, 34.4], [39.01, 35.95]);
    expect(preview.plan.lengthKm).toBeCloseTo(legs, 0);
    const byCountry = new Map(preview.passages.map((a) => [a.country, a.rights]));
    expect(byCountry.get("364")).toBe("granted");
    expect(byCountry.get("368")).toBe("none");
    expect(byCountry.get(null)).toBe("international");
    expect(preview.violations).toContain("Iraq");
    // Passages are contiguous polylines: each starts where the previous ended.
    for (let i = 1; i < preview.passages.length; i++) {
      const prev = preview.passages[i - 1]!.xy;
      const next = preview.passages[i]!.xy;
      expect(next[0]).toBeCloseTo(prev[prev.length - 2]!, 6);
      expect(next[1]).toBeCloseTo(prev[prev.length - 1]!, 6);
    }
    const [tx, ty] = project(scenario.zones.find((z) => z.id === "raqqa")!.lonLat);
    expect(preview.endXY[0]).toBeCloseTo(tx, 6);
    expect(preview.endXY[1]).toBeCloseTo(ty, 6);
    expect(preview.waypointsXY).toHaveLength(2);
    expect(preview.waypointsXY[0]![0]).toBeCloseTo(project([52, 38.5])[0], 6);
  });

  it("follows the cursor until a target is picked; edits and removes waypoints", () => {
    const p = new RoutePlanner(scenario);
    p.start("caspian-flotilla");
    p.addWaypoint([50, 37]);
    p.cursor = [45, 34];
    const toCursor = p.preview([])!;
    expect(toCursor.zone).toBeNull();
    expect(toCursor.plan.points).toHaveLength(3);
    p.cursor = null;
    expect(p.preview([])!.plan.points).toHaveLength(2);
    p.moveWaypoint(0, [51.234567, 37.987654]);
    expect(p.waypoints[0]).toEqual([51.23, 37.99]);
    p.moveWaypoint(0, [Number.NaN, 3]);
    expect(p.waypoints[0]).toEqual([51.23, 37.99]);
    expect(p.addWaypoint([Number.NaN, 1])).toBe(false);
    p.removeWaypoint(0);
    expect(p.waypoints).toHaveLength(0);
    p.clear();
    expect(p.active).toBe(false);
    expect(p.preview([])).toBeNull();
  });

  it("counts a violation as the rules do: a graze under the minimum incursion is crossed but not violated", () => {
    // The rule case "Slivers": Mozdok to Mosul grazing Azerbaijan (Nakhchivan) for 2.6 km.
    const p = new RoutePlanner(scenario);
    p.start("mozdok");
    p.addWaypoint([44.8, 39.3]);
    p.setTarget("mosul");
    const preview = p.preview([])!;
    const graze = preview.passages.filter((a) => a.country === "031");
    expect(graze.length).toBeGreaterThan(0);
    expect(graze.every((a) => a.rights === "none")).toBe(true);
    const grazeKm = graze.reduce((sum, a) => sum + a.km, 0);
    expect(grazeKm).toBeGreaterThan(0.5);
    expect(grazeKm).toBeLessThan(scenario.airDefence.minIncursionKm);
    expect(preview.plan.violations).toContain("031");
    expect(preview.violations).not.toContain("Azerbaijan");
    // Every other country crossed without rights is deep enough: the same list as the rules'.
    const deep = preview.plan.airspaces.filter((a) => a.rights === "none" && a.country !== "031").map((a) => countryName(scenario, a.country));
    expect(preview.violations).toEqual([...new Set(deep)]);
    expect(preview.violations.length).toBeGreaterThan(0);
  });

  it("says when a route is beyond the weapon's range", () => {
    const p = new RoutePlanner(scenario);
    p.start("irn-hamadan");
    p.setTarget("latakia");
    const preview = p.preview([])!;
    expect(preview.plan.inRange).toBe(false);
    expect(preview.plan.lengthKm).toBeGreaterThan(preview.weapon.rangeKm);
  });
});

describe("RoutePath", () => {
  it("samples great-circle legs and finds points along them", () => {
    const path = new RoutePath([[49.5, 41.8], [44.6, 34.4], [39.01, 35.95]]);
    expect(path.lengthKm).toBeCloseTo(distanceKm([49.5, 41.8], [44.6, 34.4]) + distanceKm([44.6, 34.4], [39.01, 35.95]), 6);
    expect(path.xyAt(0)[0]).toBeCloseTo(project([49.5, 41.8])[0], 6);
    expect(path.xyAt(path.lengthKm)[1]).toBeCloseTo(project([39.01, 35.95])[1], 6);
    expect(path.xyAt(path.pointKm[1]!)[0]).toBeCloseTo(project([44.6, 34.4])[0], 3);
    const part = path.slice(100, 300);
    expect(part.length).toBeGreaterThanOrEqual(4);
    expect(path.slice(300, 100)).toEqual([]);
  });
});

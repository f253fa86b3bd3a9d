/**
 * Candidate corridors from a launch site to a zone: the straight line and the bends its scenario
 * lists (`Scenario.bots.corridors`). A bot plans each with planRoute and keeps the ones it has rights for.
 */
import { botsOf } from "../scenario/bot-knowledge";
import type { ZoneId } from "../ids";
import { airspaceOf } from "../geo/maps";
import { planRoute } from "../geo/plan-route";
import type { RoutePlan } from "../geo/plan-route";
import type { AssetSetup, LonLat, Scenario } from "../scenario/types";

export interface Corridor {
  waypoints: LonLat[];
  /** The route planned with no rights anywhere: its geometry and the countries it crosses. */
  plan: RoutePlan;
}

const cache = new Map<string, Corridor[]>();

/** The corridors from an asset to a zone that are within the weapon's range (memoised: pure geometry). */
export function corridorsTo(scenario: Scenario, asset: AssetSetup, zone: ZoneId): Corridor[] {
  const key = `${scenario.id}|${asset.id}|${zone}`;
  const known = cache.get(key);
  if (known) return known;
  const target = scenario.zones.find((z) => z.id === zone);
  const weapon = scenario.weapons[asset.weapon];
  const out: Corridor[] = [];
  if (target && weapon) {
    for (const listed of botsOf(scenario).corridors[asset.id] ?? [[]]) {
      const waypoints: LonLat[] = [...listed];
      const plan = planRoute({ grid: airspaceOf(scenario), origin: asset.lonLat, waypoints, target: target.lonLat, rangeKm: weapon.rangeKm, rightsIn: () => "none" });
      if (plan.inRange) out.push({ waypoints, plan });
    }
  }
  cache.set(key, out);
  return out;
}

/** Checks a power's orders against the state: what it owns, holds, can reach and can afford. */
import { at } from "../at";
import { airspaceOf } from "../geo/maps";
import { planRouteMemo } from "../geo/route-memo";
import type { PowerId } from "../ids";
import type { Orders } from "../orders";
import type { Result } from "../result";
import { fail, ok } from "../result";
import { getScenario } from "../scenario";
import { termParties } from "../terms";
import { isAssetId, isReservedName, isZoneId } from "./known";
import { basingHost, holdsBasing, rightsFor } from "./rights";
import { unitsAvailable } from "./strikes";
import type { LaunchContext } from "./strikes";
import { canReach } from "./support";
import type { SupportContext } from "./support";

/** What checking orders reads: the treaties, the platforms' stock and the zones (a seat's view has its own). */
export type OrdersContext = LaunchContext & SupportContext;

export function checkOrders(state: OrdersContext, power: PowerId, orders: Orders): Result<Orders> {
  const scenario = getScenario(state.scenarioId);
  const setup = at(scenario.powers, power);
  const strikeIds = new Set<string>();
  const unitsByAsset = new Map<string, number>();

  for (const strike of orders.strikes) {
    if (isReservedName(strike.id)) return fail("order/bad_id", { strike: strike.id });
    if (strikeIds.has(strike.id)) return fail("order/duplicate_id", { strike: strike.id });
    strikeIds.add(strike.id);
    const asset = isAssetId(state.scenarioId, strike.asset) ? scenario.assets.find((a) => a.id === strike.asset) : undefined;
    if (!asset || asset.owner !== power) return fail("order/not_your_asset", { asset: strike.asset });
    const zone = isZoneId(state.scenarioId, strike.zone) ? scenario.zones.find((z) => z.id === strike.zone) : undefined;
    if (!zone) return fail("order/unknown_zone", { zone: strike.zone });
    const used = (unitsByAsset.get(asset.id) ?? 0) + strike.units;
    unitsByAsset.set(asset.id, used);
    const available = unitsAvailable(state, asset);
    if (used > available) return fail("order/over_capacity", { asset: asset.id, available, used });
    const host = basingHost(state, asset.hostCountry, power);
    if (host && !holdsBasing(state, host, power, "orders")) {
      return fail("order/no_basing", { asset: asset.id, power: host });
    }
    const weapon = scenario.weapons[asset.weapon]!;
    const route = planRouteMemo({ grid: airspaceOf(scenario), origin: asset.lonLat, waypoints: strike.waypoints, target: zone.lonLat, rangeKm: weapon.rangeKm, rightsIn: rightsFor(state, power, weapon.kind, "orders") });
    if (!route.inRange) {
      return fail("order/out_of_range", { zone: zone.id, km: Math.round(route.lengthKm), weapon: asset.weapon, range: weapon.rangeKm });
    }
  }

  const supportPoints = orders.support.reduce((sum, s) => sum + s.points, 0);
  if (supportPoints > setup.supportPoints) return fail("order/over_support", { have: setup.supportPoints, given: supportPoints });
  for (const support of orders.support) {
    if (!isZoneId(state.scenarioId, support.zone)) return fail("order/unknown_zone", { zone: support.zone });
    if (!canReach(state, power, support.faction, support.zone)) {
      const zone = scenario.zones.find((z) => z.id === support.zone)!;
      return fail("order/unreachable", { faction: support.faction, zone: support.zone });
    }
  }

  const patrolUnits = orders.patrols.reduce((sum, p) => sum + p.units, 0);
  if (patrolUnits > setup.patrolUnits) return fail("order/over_patrols", { have: setup.patrolUnits, flown: patrolUnits });
  for (const patrol of orders.patrols) {
    const treaty = state.treaties.find((t) => t.id === patrol.treaty);
    if (!treaty || treaty.term.kind !== "nfz" || !(treaty.status === "active" || treaty.status === "agreed") || !treaty.parties.includes(power)) {
      return fail("order/not_your_nfz", { treaty: patrol.treaty });
    }
  }

  for (const id of orders.revoke) {
    const treaty = state.treaties.find((t) => t.id === id);
    if (!treaty || !treaty.parties.includes(power)) return fail("order/unknown_treaty", { treaty: id });
    if (!termParties(treaty.term).includes(power)) return fail("order/not_bound", { treaty: id });
    if (treaty.status !== "active" && treaty.status !== "agreed") return fail("order/treaty_not_in_force", { treaty: id, status: treaty.status });
  }
  return ok(orders);
}

/**
 * The strikes of the turn, flown one by one (powers in seat order, each power's strikes in its
 * order): launch, the public claim, the route through each airspace, the no-fly zones over the
 * target, and the impact. See docs/rules.md.
 */
import { planRouteMemo } from "../geo/route-memo";
import { POWERS } from "../ids";
import type { AssetId, PowerId } from "../ids";
import type { StrikeOrder } from "../orders";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { Observers } from "./observers";
import { changeTrack, emit } from "./record";
import { basingHost, holdsBasing, ownerOf, rightsFor } from "./rights";
import { landStrike } from "./strike-impact";
import { unitsOf } from "./strike-losses";
import { enterNoFlyZones, recordNoFlyZones } from "./strike-nfz";
import { crossAirspaces, recordPassages } from "./strike-passage";
import type { Flight } from "./strike-passage";

/** What each power has launched this turn: units per asset, and whether its consent bonus is paid. */
interface TurnLaunches {
  units: Map<AssetId, number>;
  consentBonus: Set<PowerId>;
}

export function flyStrikes(state: MatchState): void {
  const launches: TurnLaunches = { units: new Map(), consentBonus: new Set() };
  for (const power of POWERS) {
    for (const order of state.orders[power]?.strikes ?? []) flyStrike(state, power, order, launches);
  }
}

function flyStrike(state: MatchState, power: PowerId, order: StrikeOrder, launches: TurnLaunches): void {
  const scenario = getScenario(state.scenarioId);
  const asset = scenario.assets.find((a) => a.id === order.asset);
  const zone = scenario.zones.find((z) => z.id === order.zone);
  if (!asset || asset.owner !== power || !zone) return;
  const weapon = scenario.weapons[asset.weapon]!;
  const aborted = (reason: "basing" | "stock" | "range") =>
    emit(state, { kind: "strikeAborted", power, strikeId: order.id, asset: asset.id, zone: zone.id, reason }, [power]);

  const host = basingHost(state, asset.hostCountry, power);
  if (host && !holdsBasing(state, host, power, "resolution")) return aborted("basing");
  const used = launches.units.get(asset.id) ?? 0;
  const held = state.assets[asset.id]!;
  const units = Math.max(0, Math.min(order.units, held.stock, asset.capacity - used));
  if (units === 0) return aborted("stock");
  const route = planRouteMemo({ origin: asset.lonLat, waypoints: order.waypoints, target: zone.lonLat, rangeKm: weapon.rangeKm, rightsIn: rightsFor(state, power, weapon.kind, "resolution") });
  if (!route.inRange) return aborted("range");

  launches.units.set(asset.id, used + units);
  held.stock -= units;
  emit(state, { kind: "claim", power, strikeId: order.id, zone: zone.id, faction: order.claim, weapon: weapon.kind }, "all");
  changeTrack(state, power, "cost", scenario.tracks.costPerUnitLaunched * units, `launched ${unitsOf(units, weapon.kind)} from ${asset.name}`);

  const flight: Flight = { power, strikeId: order.id, weapon: weapon.kind };
  const observers = new Observers(power, ownerOf(state, zone.country));
  const crossed = crossAirspaces(state, flight, route, units, observers);
  const entered = enterNoFlyZones(state, flight, zone.id, crossed.survivors, observers);
  const granted = crossed.passages.filter((p) => p.granted).map((p) => p.country);
  const violated = crossed.passages.filter((p) => !p.granted).map((p) => p.country);
  emit(state, {
    kind: "strikeFlown", strikeId: order.id, power, asset: asset.id, zone: zone.id, weapon: weapon.kind, units,
    route: route.points.map(([lon, lat]) => [lon, lat] as [number, number]), lengthKm: Math.round(route.lengthKm), inRange: route.inRange,
    claim: order.claim, granted, violated, detectedOver: crossed.passages.filter((p) => p.detected).map((p) => p.country),
  }, observers.visibility());
  recordPassages(state, flight, crossed.passages);
  recordNoFlyZones(state, flight, zone.id, entered.encounters);

  const landed = entered.survivors;
  landStrike(state, { power, strikeId: order.id, zone, weapon, intended: order.faction, claim: order.claim, launched: units, landed });
  if (landed > 0 && granted.length > 0 && violated.length === 0 && !launches.consentBonus.has(power)) {
    launches.consentBonus.add(power);
    changeTrack(state, power, "prestige", scenario.tracks.prestigeConsentBonus, `struck ${zone.name} through partners' airspace with their consent`);
  }
}

/**
 * The strikes of the turn, resolved simultaneously (docs/rules.md, "Strikes fly"): every strike
 * is flown and aimed against the state as it stood when the strikes began, each with its own
 * dice (a generator seeded from one draw of the match's and the strike's power and id), so no
 * strike's outcome depends on the order strikes are taken in. Their hits are then combined: on
 * a faction that more strikes hit than it had strength, each strike's hit is scaled down so that
 * together they take what was there. The results are recorded powers in seat order, each power's
 * strikes by id. See docs/rules.md.
 */
import { at } from "../at";
import { airspaceOf } from "../geo/maps";
import { planRouteMemo } from "../geo/route-memo";
import type { RoutePlan } from "../geo/plan-route";
import { powersOf, factionsOf } from "../scenario/ids-of";
import type { AssetId, PowerId, ZoneId } from "../ids";
import type { StrikeOrder } from "../orders";
import { nextUint32, seedRng } from "../rng";
import { getScenario } from "../scenario";
import type { AssetSetup, WeaponSetup, ZoneSetup } from "../scenario/types";
import type { MatchState } from "../state";
import { engageInArea, recordAreaDefence } from "./area-defence";
import type { AreaEncounter } from "./area-defence";
import { Observers } from "./observers";
import { changeTrack, emit, round1 } from "./record";
import { basingHost, holdsBasing, ownerOf, rightsFor } from "./rights";
import type { TreatyContext, TreatyMoment } from "./rights";
import { launchCost } from "./charges";
import { aimUnits, recordImpact } from "./strike-impact";
import type { Hits, Landing } from "./strike-impact";
import { enterNoFlyZones, recordNoFlyZones } from "./strike-nfz";
import type { NfzEncounter } from "./strike-nfz";
import { crossAirspaces, recordPassages } from "./strike-passage";
import type { Flight, Passage } from "./strike-passage";

/** A strike as it will launch, or why it will not. */
export interface Planned {
  power: PowerId;
  order: StrikeOrder;
  asset: AssetSetup;
  zone: ZoneSetup;
  weapon: WeaponSetup;
  /** Why it does not launch, or null. */
  aborted: "basing" | "stock" | "range" | null;
  units: number;
  route: RoutePlan | null;
}

/** What launching depends on: the treaties and the platforms' stock (a seat's view has its own). */
export type LaunchContext = TreatyContext & { assets: Record<AssetId, { stock: number | null }> };

/** Units a platform can launch this turn, all its strikes together: its stock, at most its capacity. */
export function unitsAvailable(state: LaunchContext, asset: AssetSetup): number {
  return Math.min(asset.capacity, state.assets[asset.id]?.stock ?? 0);
}

interface Flown {
  observers: Observers;
  passages: Passage[];
  area: AreaEncounter[];
  encounters: NfzEncounter[];
  landing: Landing;
  hit: Hits;
}

/** Each power's strikes in id order, so that neither the seat order nor the order of a power's strikes decides anything. */
function byId(orders: readonly StrikeOrder[]): StrikeOrder[] {
  return orders.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Which of a power's strikes launch, with how many units, in id order (a platform's stock and
 * capacity are shared by its strikes in id order). `moment`: "resolution" once the turn's agreed
 * treaties are in force, "orders" to foresee it before.
 */
export function launchesOf(state: LaunchContext, power: PowerId, strikes: readonly StrikeOrder[], moment: TreatyMoment): Planned[] {
  const scenario = getScenario(state.scenarioId);
  const planned: Planned[] = [];
  const used = new Map<string, number>();
  for (const order of byId(strikes)) {
    const asset = scenario.assets.find((a) => a.id === order.asset);
    const zone = scenario.zones.find((z) => z.id === order.zone);
    if (!asset || asset.owner !== power || !zone) continue;
    const weapon = scenario.weapons[asset.weapon]!;
    const plan: Planned = { power, order, asset, zone, weapon, aborted: null, units: 0, route: null };
    planned.push(plan);
    const host = basingHost(state, asset.hostCountry, power);
    if (host && !holdsBasing(state, host, power, moment)) {
      plan.aborted = "basing";
      continue;
    }
    const launched = used.get(asset.id) ?? 0;
    const units = Math.max(0, Math.min(order.units, unitsAvailable(state, asset) - launched));
    if (units === 0) {
      plan.aborted = "stock";
      continue;
    }
    const route = planRouteMemo({ grid: airspaceOf(scenario), origin: asset.lonLat, waypoints: order.waypoints, target: zone.lonLat, rangeKm: weapon.rangeKm, rightsIn: rightsFor(state, power, weapon.kind, moment) });
    if (!route.inRange) {
      plan.aborted = "range";
      continue;
    }
    used.set(asset.id, launched + units);
    plan.units = units;
    plan.route = route;
  }
  return planned;
}

function planStrikes(state: MatchState): Planned[] {
  return powersOf(state).flatMap((power) => launchesOf(state, power, state.orders[power]?.strikes ?? [], "resolution"));
}

/** One strike flown and aimed against the state before the turn's strikes, with its own generator. Changes nothing. */
function fly(state: MatchState, plan: Planned, base: string): Flown {
  const { power, order, zone, weapon, units } = plan;
  const rng = seedRng(`${base}|${power}|${order.id}`);
  const flight: Flight = { power, strikeId: order.id, weapon: weapon.kind };
  const observers = new Observers(powersOf(state), power, ownerOf(state, zone.country));
  const crossed = crossAirspaces(state, flight, plan.route!, units, observers, rng);
  const guarded = engageInArea(state, flight, plan.route!, crossed.survivors, observers, rng);
  const entered = enterNoFlyZones(state, flight, zone.id, guarded.survivors, observers, rng);
  const landing: Landing = { power, strikeId: order.id, zone, weapon, intended: order.faction, claim: order.claim, launched: units, landed: entered.survivors };
  const hit = aimUnits(state, landing, state.zones[zone.id]!.strength, rng);
  return { observers, passages: crossed.passages, area: guarded.encounters, encounters: entered.encounters, landing, hit };
}

/** Where the strikes together hit a faction harder than its strength, each strike's hit is scaled down (to 0.1 below). */
function combine(state: MatchState, flown: readonly Flown[]): void {
  const totals = new Map<ZoneId, Hits>();
  for (const f of flown) {
    const sum = totals.get(f.landing.zone.id) ?? {};
    for (const faction of factionsOf(state)) if (f.hit[faction]) sum[faction] = round1((sum[faction] ?? 0) + f.hit[faction]!);
    totals.set(f.landing.zone.id, sum);
  }
  for (const f of flown) {
    const strength = state.zones[f.landing.zone.id]!.strength;
    const sum = totals.get(f.landing.zone.id)!;
    for (const faction of factionsOf(state)) {
      const total = sum[faction] ?? 0;
      const mine = f.hit[faction];
      if (!mine || total <= at(strength, faction)) continue;
      f.hit[faction] = Math.floor((mine * at(strength, faction) * 10) / total + 1e-9) / 10;
    }
  }
}

/**
 * `seats`: the order in which strikes are worked out; any order gives the same result (the
 * property tests try them all).
 */
export function flyStrikes(state: MatchState, seats: readonly PowerId[] = powersOf(state)): void {
  const base = [nextUint32(state.rng), nextUint32(state.rng), nextUint32(state.rng), nextUint32(state.rng)].join(".");
  const planned = planStrikes(state);
  const flown = new Map<Planned, Flown>();
  for (const power of seats) for (const plan of planned) if (plan.power === power && !plan.aborted) flown.set(plan, fly(state, plan, base));
  combine(state, [...flown.values()]);
  const consentBonus = new Set<PowerId>();
  for (const plan of planned) {
    const result = flown.get(plan);
    if (result) record(state, plan, result, consentBonus);
    else emit(state, { kind: "strikeAborted", power: plan.power, strikeId: plan.order.id, asset: plan.asset.id, zone: plan.zone.id, reason: plan.aborted! }, [plan.power]);
  }
}

/**
 * A granted airspace earns the consent bonus when it is a partner's the strike flies through by
 * its rights: not the country its platform stands in (flying from a host's base over the host is
 * no partnership of overflight), and at least minIncursionKm inside.
 */
function throughPartnerWithConsent(state: MatchState, plan: Planned, passages: readonly Passage[]): boolean {
  const { minIncursionKm } = getScenario(state.scenarioId).airDefence;
  return passages.some((p) => p.granted && p.km >= minIncursionKm && p.country !== plan.asset.hostCountry);
}

function record(state: MatchState, plan: Planned, result: Flown, consentBonus: Set<PowerId>): void {
  const scenario = getScenario(state.scenarioId);
  const { power, order, asset, zone, weapon, units } = plan;
  const route = plan.route!;
  state.assets[asset.id]!.stock -= units;
  emit(state, { kind: "claim", power, strikeId: order.id, zone: zone.id, faction: order.claim, weapon: weapon.kind }, "all");
  changeTrack(state, power, "cost", launchCost(state.scenarioId, units), { code: "strike/launched", asset: asset.id, units, weapon: weapon.kind });

  const flight: Flight = { power, strikeId: order.id, weapon: weapon.kind };
  const granted = result.passages.filter((p) => p.granted).map((p) => p.country);
  const violated = result.passages.filter((p) => !p.granted).map((p) => p.country);
  emit(state, {
    kind: "strikeFlown", strikeId: order.id, power, asset: asset.id, zone: zone.id, weapon: weapon.kind, units,
    route: route.points.map(([lon, lat]) => [lon, lat] as [number, number]), lengthKm: Math.round(route.lengthKm), inRange: route.inRange,
    claim: order.claim, granted, violated, detectedOver: result.passages.filter((p) => p.detected).map((p) => p.country),
  }, result.observers.visibility());
  recordPassages(state, flight, result.passages);
  recordAreaDefence(state, flight, result.area);
  recordNoFlyZones(state, flight, zone.id, result.encounters);
  recordImpact(state, result.landing, result.hit);
  if (result.landing.landed > 0 && violated.length === 0 && throughPartnerWithConsent(state, plan, result.passages) && !consentBonus.has(power)) {
    consentBonus.add(power);
    changeTrack(state, power, "prestige", scenario.tracks.prestigeConsentBonus, { code: "strike/consent_bonus", zone: zone.id });
  }
}


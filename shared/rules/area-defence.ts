/**
 * Long-range air-defence batteries (the scenario's `areaDefence`, e.g. the S-400 at Hmeimim from
 * late November 2015). A battery in service guards its host country's airspace out to its
 * engagement radius: its owner sees every flight that comes that close over the host country
 * (unless the owner's posture is open), and while its owner's posture is engage it fires at each
 * unit of a strike that violates that airspace there (no rights from the host, at least
 * minIncursionKm inside), from any power but its owner and the host.
 */
import { at } from "../at";
import { airspaceAt } from "../geo/airspace";
import type { AirspaceGrid } from "../geo/airspace";
import { airspaceOf } from "../geo/maps";
import { distanceKm, greatCirclePoints } from "../geo/great-circle";
import type { RoutePlan } from "../geo/plan-route";
import type { CountryId, PowerId } from "../ids";
import { chance } from "../rng";
import type { RngState } from "../rng";
import { getScenario } from "../scenario";
import type { AreaDefenceSetup } from "../scenario/types";
import type { MatchState } from "../state";
import type { Observers } from "./observers";
import { ownerOf } from "./rights";
import type { Flight } from "./strike-passage";
import { recordLoss } from "./strike-losses";

export interface AreaEncounter {
  site: string;
  owner: PowerId;
  country: CountryId;
  units: number;
  intercepted: number;
}

/** Points sampled this far apart along the route when asking whether it comes within a radius. */
const SAMPLE_KM = 5;

/** The batteries in service this turn. */
export function areaDefenceInService(state: MatchState): AreaDefenceSetup[] {
  return getScenario(state.scenarioId).areaDefence.filter((site) => state.turn >= site.fromTurn);
}

/** Whether the route passes within the site's radius while over the site's host country. */
export function comesWithin(grid: AirspaceGrid, route: RoutePlan, site: AreaDefenceSetup): boolean {
  for (let i = 0; i + 1 < route.points.length; i++) {
    const a = route.points[i]!;
    const b = route.points[i + 1]!;
    const n = Math.max(1, Math.ceil(route.legsKm[i]! / SAMPLE_KM));
    const along = greatCirclePoints(a, b, n);
    for (let k = 0; k <= n; k++) {
      const p: [number, number] = [along[2 * k]!, along[2 * k + 1]!];
      if (distanceKm(p, site.lonLat) <= site.radiusKm && airspaceAt(grid, p) === site.hostCountry) return true;
    }
  }
  return false;
}

/**
 * Rolls each battery the strike comes within range of, with the strike's own generator, for the
 * units still flying, and adds the batteries' owners to the observers. Records nothing: see
 * recordAreaDefence.
 */
export function engageInArea(state: MatchState, flight: Flight, route: RoutePlan, units: number, observers: Observers, rng: RngState): { encounters: AreaEncounter[]; survivors: number } {
  const scenario = getScenario(state.scenarioId);
  const { minIncursionKm } = scenario.airDefence;
  const grid = airspaceOf(scenario);
  const encounters: AreaEncounter[] = [];
  let flying = units;
  for (const site of areaDefenceInService(state)) {
    if (flying <= 0) break;
    const posture = at(state.powers, site.owner).posture;
    if (posture === "open" || flight.power === site.owner || flight.power === ownerOf(state, site.hostCountry)) continue;
    if (!comesWithin(grid, route, site)) continue;
    observers.add(site.owner);
    if (posture !== "engage") continue;
    const km = route.airspaces.filter((a) => a.country === site.hostCountry && a.rights === "none").reduce((sum, a) => sum + a.km, 0);
    if (km < minIncursionKm) continue;
    let intercepted = 0;
    for (let unit = 0; unit < flying; unit++) if (chance(rng, site.intercept[flight.weapon])) intercepted++;
    encounters.push({ site: site.id, owner: site.owner, country: site.hostCountry, units: flying, intercepted });
    flying -= intercepted;
  }
  return { encounters, survivors: flying };
}

/** The batteries' interceptions: public, and for aircraft a shoot-down that raises escalation (strike-losses.ts). */
export function recordAreaDefence(state: MatchState, flight: Flight, encounters: readonly AreaEncounter[]): void {
  for (const e of encounters) {
    recordLoss(state, { power: flight.power, by: [e.owner], country: e.country, source: "defences", strikeId: flight.strikeId, treatyId: null, units: e.intercepted, weapon: flight.weapon });
  }
}

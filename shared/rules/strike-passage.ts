/**
 * A strike crossing other powers' and neutral countries' airspace: with rights the grantor only
 * watches it go by; without, a flight at least minIncursionKm inside is a violation, which the
 * country's air defence may detect (more surely the deeper it goes) and, when engaging,
 * intercept unit by unit.
 */
import type { RoutePlan } from "../geo/plan-route";
import type { CountryId, PowerId, WeaponKind } from "../ids";
import { chance } from "../rng";
import type { RngState } from "../rng";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { guardOf } from "./air-defence";
import { airspacesCrossed, isViolation } from "./incursion";
import type { Guard } from "./air-defence";
import { violationCharge } from "./charges";
import { raiseEscalation } from "./escalation";
import type { Observers } from "./observers";
import { changeTrack, emit } from "./record";
import { recordLoss } from "./strike-losses";

export interface Passage extends Guard {
  country: CountryId;
  granted: boolean;
  /** Km inside this airspace, all the route's passages through it together. */
  km: number;
  /** Units that entered this airspace. */
  units: number;
  detected: boolean;
  intercepted: number;
}

export interface Flight {
  power: PowerId;
  strikeId: string;
  weapon: WeaponKind;
}

/**
 * Rolls each airspace the route crosses (each country once, in route order) for the units still
 * flying, with the strike's own generator, and adds who observed the flight. Records nothing:
 * see recordPassages.
 */
export function crossAirspaces(state: MatchState, flight: Flight, route: RoutePlan, units: number, observers: Observers, rng: RngState): { passages: Passage[]; survivors: number } {
  const rules = getScenario(state.scenarioId).airDefence;
  const passages: Passage[] = [];
  let flying = units;
  for (const crossing of airspacesCrossed(route)) {
    const { country, granted, km } = crossing;
    if (flying <= 0) break;
    if (!granted && !isViolation(crossing, rules)) continue;
    const guard = guardOf(state, country);
    // Listed, not spread: see emit in record.ts.
    const passage: Passage = { owner: guard.owner, posture: guard.posture, defence: guard.defence, country, granted, km, units: flying, detected: false, intercepted: 0 };
    passages.push(passage);
    if (passage.granted) {
      observers.add(guard.owner);
      continue;
    }
    const depth = Math.min(1, km / rules.fullDetectionKm);
    const detect = rules.detect[guard.posture][flight.weapon] * guard.defence * depth;
    for (let unit = 0; unit < flying; unit++) if (chance(rng, detect)) passage.detected = true;
    if (!passage.detected) continue;
    observers.add(guard.owner);
    const intercept = rules.intercept[guard.posture][flight.weapon] * guard.defence;
    for (let unit = 0; unit < flying; unit++) if (chance(rng, intercept)) passage.intercepted++;
    flying -= passage.intercepted;
  }
  return { passages, survivors: flying };
}

/** The consequences of the passages: violations (a protest when detected), escalation, legitimacy, losses. */
export function recordPassages(state: MatchState, flight: Flight, passages: readonly Passage[]): void {
  for (const p of passages) {
    if (p.granted) continue;
    const charge = violationCharge(state.scenarioId, p.posture, p.detected);
    const { engaged } = charge;
    emit(state, { kind: "violation", power: flight.power, country: p.country, owner: p.owner, strikeId: flight.strikeId, weapon: flight.weapon, detected: p.detected, engaged, km: Math.round(p.km) }, p.detected ? "all" : [flight.power]);
    if (!p.detected) continue;
    const code = engaged ? "airspace/violated_engaged" : "airspace/violated";
    raiseEscalation(state, flight.power, p.owner, charge.escalation, { code, country: p.country, power: flight.power }, charge.incident);
    changeTrack(state, flight.power, "legitimacy", -charge.legitimacy, { code: "airspace/violated", country: p.country });
    recordLoss(state, { power: flight.power, by: p.owner ? [p.owner] : [], country: p.country, source: "defences", strikeId: flight.strikeId, treatyId: null, units: p.intercepted, weapon: flight.weapon });
  }
}

/**
 * A strike flying into a no-fly zone in force: unless its power is exempt or a sponsor, it
 * contests the zone, and the sponsors' patrols try to intercept each unit.
 */
import type { PowerId, ZoneId } from "../ids";
import { chance } from "../rng";
import type { RngState } from "../rng";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { termParties } from "../terms";
import { patrolsFlown } from "./air-defence";
import { raiseEscalation } from "./escalation";
import type { Observers } from "./observers";
import { emit } from "./record";
import type { Flight } from "./strike-passage";
import { recordLoss } from "./strike-losses";

export interface NfzEncounter {
  treatyId: string;
  /** The sponsors whose patrols flew this turn. */
  sponsors: PowerId[];
  units: number;
  intercepted: number;
}

/** The no-fly zones in force over a zone this turn, by treaty id. */
export function nfzOver(state: MatchState, zone: ZoneId): string[] {
  return state.nfzInForce.filter((id) => {
    const term = state.treaties.find((t) => t.id === id)?.term;
    return term?.kind === "nfz" && term.zones.includes(zone);
  });
}

/** Rolls the patrols of each no-fly zone the strike contests, with the strike's own generator; the sponsors observe it. Records nothing. */
export function enterNoFlyZones(state: MatchState, flight: Flight, zone: ZoneId, units: number, observers: Observers, rng: RngState): { encounters: NfzEncounter[]; survivors: number } {
  const rules = getScenario(state.scenarioId).nfz;
  const encounters: NfzEncounter[] = [];
  let flying = units;
  for (const treatyId of nfzOver(state, zone)) {
    if (flying <= 0) break;
    const treaty = state.treaties.find((t) => t.id === treatyId);
    if (!treaty || treaty.term.kind !== "nfz") continue;
    if (treaty.term.exempt.includes(flight.power) || termParties(treaty.term).includes(flight.power)) continue;
    const sponsors = patrolsFlown(state, treaty).map(([p]) => p);
    observers.add(...sponsors);
    const p = flight.weapon === "missile" ? rules.interceptMissile : rules.interceptAircraft;
    let intercepted = 0;
    for (let unit = 0; unit < flying; unit++) if (chance(rng, p)) intercepted++;
    encounters.push({ treatyId, sponsors, units: flying, intercepted });
    flying -= intercepted;
  }
  return { encounters, survivors: flying };
}

export function recordNoFlyZones(state: MatchState, flight: Flight, zone: ZoneId, encounters: readonly NfzEncounter[]): void {
  const scenario = getScenario(state.scenarioId);
  const zoneSetup = scenario.zones.find((z) => z.id === zone);
  for (const e of encounters) {
    emit(state, { kind: "nfzContested", power: flight.power, strikeId: flight.strikeId, treatyId: e.treatyId, zone }, "all");
    const sponsor = e.sponsors[0] ?? null;
    raiseEscalation(state, flight.power, sponsor, scenario.escalation.violationDetected, { code: "nfz/entered", power: flight.power, treaty: e.treatyId, zone });
    recordLoss(state, { power: flight.power, by: e.sponsors, country: zoneSetup?.country ?? null, source: "nfz", strikeId: flight.strikeId, treatyId: e.treatyId, units: e.intercepted, weapon: flight.weapon });
  }
}

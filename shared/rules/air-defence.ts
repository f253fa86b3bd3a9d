/**
 * Air defence postures, and the no-fly zones: patrols counted against each zone's threshold,
 * patrols fired on by a hostile country, broken patrol pledges.
 */
import { at } from "../at";
import { powersOf } from "../scenario/ids-of";
import type { CountryId, NeutralPolicy, Posture, PowerId } from "../ids";
import { countryOf, getScenario } from "../scenario";
import type { Orders } from "../orders";
import type { MatchState } from "../state";
import type { Treaty } from "../terms";
import { brokenPledgeCost, keepsPatrolPledge } from "./charges";
import { chance } from "../rng";
import { raiseEscalation } from "./escalation";
import { changeTrack, emit } from "./record";
import { recordLoss } from "./strike-losses";

/** Each power that sent orders this turn takes its ordered posture; the others keep theirs. */
export function applyPostures(state: MatchState): void {
  for (const power of powersOf(state)) {
    const orders = state.orders[power];
    if (orders) at(state.powers, power).posture = orders.posture;
  }
}

const POLICY_POSTURE: Readonly<Record<NeutralPolicy, Posture>> = { ignore: "open", protest: "watch", engage: "engage" };

export interface Guard {
  owner: PowerId | null;
  posture: Posture;
  /** Quality of the air defence, 0–1. */
  defence: number;
}

/** What guarding depends on: the scenario and each power's posture (a seat's view has both). */
export type GuardContext = Pick<MatchState, "scenarioId"> & { powers: Record<PowerId, { posture: Posture }> };

/** Who guards a country's airspace, how, and how well: a seat's posture, or a neutral's fixed policy. */
export function guardOf(state: GuardContext, country: CountryId): Guard {
  const setup = countryOf(state.scenarioId, country);
  if (!setup) return { owner: null, posture: "open", defence: 0 };
  if (setup.owner) return { owner: setup.owner, posture: at(state.powers, setup.owner).posture, defence: setup.defence };
  return { owner: null, posture: POLICY_POSTURE[setup.policy], defence: setup.defence };
}

type NfzTreaty = Treaty & { term: Extract<Treaty["term"], { kind: "nfz" }> };

function isNfz(treaty: Treaty): treaty is NfzTreaty {
  return treaty.term.kind === "nfz";
}

/** Patrol units each party ordered over a no-fly zone this turn, in seat order (zero-unit parties left out). */
export function patrolsFlown(state: MatchState, treaty: Treaty): [PowerId, number][] {
  const flown: [PowerId, number][] = [];
  for (const power of powersOf(state)) {
    if (!treaty.parties.includes(power)) continue;
    const units = patrolUnits(state.orders[power], treaty.id);
    if (units > 0) flown.push([power, units]);
  }
  return flown;
}

/** Patrol units a power's orders fly over a no-fly zone. */
export function patrolUnits(orders: Pick<Orders, "patrols"> | undefined, treatyId: string): number {
  return (orders?.patrols ?? []).filter((p) => p.treaty === treatyId).reduce((sum, p) => sum + p.units, 0);
}

export function updateNoFlyZones(state: MatchState): void {
  const scenario = getScenario(state.scenarioId);
  const inForce: string[] = [];
  for (const treaty of state.treaties) {
    if (treaty.status !== "active" || !isNfz(treaty)) continue;
    const flown = patrolsFlown(state, treaty);
    const total = flown.reduce((sum, [, units]) => sum + units, 0);
    const shotDown = fireOnPatrols(state, treaty, flown);
    const needed = scenario.nfz.patrolsPerZone * treaty.term.zones.length;
    const pledged = Object.values(treaty.term.pledges).reduce<number>((sum, units) => sum + (units ?? 0), 0);
    const holds = total - shotDown >= needed;
    if (holds) inForce.push(treaty.id);
    emit(state, { kind: "nfzStatus", treatyId: treaty.id, zones: [...treaty.term.zones], inForce: holds, pledged, flown: total, shotDown, needed }, "all");
    for (const power of powersOf(state)) {
      const pledge = treaty.term.pledges[power] ?? 0;
      const units = flown.find(([p]) => p === power)?.[1] ?? 0;
      if (keepsPatrolPledge(treaty.term, power, units)) continue;
      emit(state, { kind: "pledgeBroken", power, treatyId: treaty.id }, "all");
      changeTrack(state, power, "credibility", -brokenPledgeCost(state.scenarioId), { code: "nfz/patrols_short", units, launched: pledge, treaty: treaty.id });
    }
  }
  state.nfzInForce = inForce;
}

/**
 * A country whose owner is no party to the zone and whose posture is engage fires on every patrol
 * unit over it (once per unit per such country). Returns the patrol units shot down.
 */
function fireOnPatrols(state: MatchState, treaty: NfzTreaty, flown: readonly [PowerId, number][]): number {
  const scenario = getScenario(state.scenarioId);
  const countries: CountryId[] = [];
  for (const zoneId of treaty.term.zones) {
    const country = scenario.zones.find((z) => z.id === zoneId)?.country;
    if (country && !countries.includes(country)) countries.push(country);
  }
  const hostile: { country: CountryId; owner: PowerId; defence: number }[] = [];
  for (const country of countries) {
    const { owner, posture, defence } = guardOf(state, country);
    if (owner !== null && !treaty.parties.includes(owner) && posture === "engage") hostile.push({ country, owner, defence });
  }
  if (hostile.length === 0 || flown.length === 0) return 0;

  const losses = new Map<string, number>();
  for (const [power, units] of flown) {
    for (let unit = 0; unit < units; unit++) {
      const hit = hostile.find((h) => chance(state.rng, scenario.airDefence.intercept.engage.aircraft * h.defence));
      if (hit) losses.set(`${power}|${hit.country}`, (losses.get(`${power}|${hit.country}`) ?? 0) + 1);
    }
  }
  for (const owner of [...new Set(hostile.map((h) => h.owner))]) {
    raiseEscalation(state, owner, flown[0]![0], scenario.escalation.fireOnPatrol, { code: "nfz/fired_on_patrols", power: owner, treaty: treaty.id });
  }
  let shotDown = 0;
  for (const [power] of flown) {
    for (const { country, owner } of hostile) {
      const units = losses.get(`${power}|${country}`) ?? 0;
      if (units === 0) continue;
      shotDown += units;
      recordLoss(state, { power, by: [owner], country, source: "defences", strikeId: null, treatyId: treaty.id, units, weapon: "aircraft" });
    }
  }
  return shotDown;
}

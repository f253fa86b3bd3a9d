/**
 * Ground fighting (docs/rules.md, "Ground fighting"): in each zone, factions that are enemies
 * and both present fight. Each loses attrition × the strength of its enemies there × a random
 * factor in [0.75, 1.25]; all losses are worked out from the strengths before the fighting.
 * Then control: a faction with at least controlShare of the zone's strength takes it; otherwise
 * the controller keeps it while it has strength left, else nobody controls the zone.
 */
import { at } from "../at";
import { factionsOf } from "../scenario/ids-of";
import type { FactionId, ZoneId } from "../ids";
import { nextFloat } from "../rng";
import { getScenario } from "../scenario";
import type { Scenario } from "../scenario/types";
import type { MatchState, ZoneState } from "../state";
import { emit, round1 } from "./record";

/** The random factor on each loss is drawn from [1 − SPREAD, 1 + SPREAD]. */
export const LOSS_SPREAD = 0.25;

export function fightGround(state: MatchState): void {
  const scenario = getScenario(state.scenarioId);
  for (const setup of scenario.zones) {
    const zone = state.zones[setup.id];
    if (zone) fightIn(state, scenario, setup.id, zone);
  }
}

/** Enemies either way round: a faction fights any faction that counts it an enemy. */
export function areEnemies(scenario: Scenario, a: FactionId, b: FactionId): boolean {
  return at(scenario.factions, a).enemies.includes(b) || at(scenario.factions, b).enemies.includes(a);
}

function fightIn(state: MatchState, scenario: Scenario, id: ZoneId, zone: ZoneState): void {
  const present = factionsOf(state).filter((f) => at(zone.strength, f) > 0);
  const losses: Partial<Record<FactionId, number>> = {};
  for (const faction of present) {
    const enemyStrength = present.filter((e) => areEnemies(scenario, faction, e)).reduce((sum, e) => sum + at(zone.strength, e), 0);
    if (enemyStrength === 0) continue;
    const factor = 1 - LOSS_SPREAD + 2 * LOSS_SPREAD * nextFloat(state.rng);
    const loss = Math.min(at(zone.strength, faction), round1(scenario.combat.attrition * enemyStrength * factor));
    if (loss > 0) losses[faction] = loss;
  }
  for (const [faction, loss] of Object.entries(losses) as [FactionId, number][]) {
    zone.strength[faction] = round1(Math.max(0, at(zone.strength, faction) - loss));
  }
  const previous = zone.control;
  zone.control = controllerOf(zone, scenario.combat.controlShare);
  if (Object.keys(losses).length > 0 || zone.control !== previous) {
    emit(state, { kind: "fighting", zone: id, losses, control: zone.control, previous }, "all");
  }
}

/**
 * Who controls a zone given its strengths. Among factions at or above the share, the controller
 * keeps it if it is one of them, else the strongest takes it (ties: the first in the scenario's
 * faction order, which is the order of the zone's strength record: shared/setup.ts).
 */
export function controllerOf(zone: ZoneState, controlShare: number): FactionId | null {
  const factions = Object.keys(zone.strength);
  const strength = (f: FactionId) => at(zone.strength, f) ?? 0;
  const total = round1(factions.reduce((sum, f) => sum + strength(f), 0));
  if (total <= 0) return null;
  // Strengths are kept to one decimal: compare at that precision, not in binary fractions.
  const dominant = factions.filter((f) => strength(f) > 0 && strength(f) >= controlShare * total - 1e-9);
  if (zone.control && dominant.includes(zone.control)) return zone.control;
  const strongest = dominant.reduce<FactionId | null>((best, f) => (best === null || strength(f) > strength(best) ? f : best), null);
  if (strongest) return strongest;
  return zone.control && strength(zone.control) > 0 ? zone.control : null;
}

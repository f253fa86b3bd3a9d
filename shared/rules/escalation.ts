/**
 * Escalation is a clash between powers (docs/rules.md, "Escalation and open war"). Only what one
 * power does to another raises it: a country without a seat, whose policy is fixed, never does.
 * Each raise names the power that drove it; between one pair of powers a turn adds at most
 * pairCapPerTurn, and a power's detected violations of airspace that was only watched (protests)
 * add at most violationDetected a turn, whoever it violated. At open war the driver pays most.
 */
import { at } from "../at";
import type { Cause, EscalationIncident } from "../events";
import { powersOf } from "../scenario/ids-of";
import type { PowerId } from "../ids";
import type { MatchState } from "../state";
import { escalationAllowed } from "./charges";
import { changeEscalation, round1 } from "./record";

function samePair(a: PowerId, b: PowerId, c: PowerId, d: PowerId): boolean {
  return (a === c && b === d) || (a === d && b === c);
}

/** Raised already this turn under the same cap as a raise by `driver` against `against`. */
export function usedThisTurn(state: Pick<MatchState, "log" | "turn">, driver: PowerId, against: PowerId, incident: EscalationIncident): number {
  let used = 0;
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i]!;
    if (e.turn < state.turn) break;
    if (e.kind !== "escalation" || e.turn !== state.turn || !e.by || !e.against || e.delta <= 0 || e.incident !== incident) continue;
    if (incident === "protest" ? e.by === driver : samePair(e.by, e.against, driver, against)) used += e.delta;
  }
  return round1(used);
}

/** `driver` raises escalation against `against` (null: a country without a seat, which raises none). */
export function raiseEscalation(state: MatchState, driver: PowerId, against: PowerId | null, delta: number, cause: Cause, incident: EscalationIncident = "clash"): void {
  if (against === null || against === driver || delta <= 0) return;
  const allowed = escalationAllowed(state.scenarioId, driver, against, delta, incident, usedThisTurn(state, driver, against, incident));
  if (allowed <= 0) return;
  changeEscalation(state, allowed, cause, { by: driver, against, incident });
}

/** Escalation each power drove over the match (raises only; cards and injects drive none). */
export function escalationDriven(state: Pick<MatchState, "log" | "scenarioId">): Record<PowerId, number> {
  const driven = Object.fromEntries(powersOf(state).map((p) => [p, 0])) as Record<PowerId, number>;
  for (const e of state.log) if (e.kind === "escalation" && e.by && e.delta > 0) driven[e.by] = round1((driven[e.by] ?? 0) + e.delta);
  return driven;
}

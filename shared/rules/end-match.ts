/** The end of a match: objectives scored; in open war, reduced, and nothing for whoever drove it. */
import { at } from "../at";
import { powersOf } from "../scenario/ids-of";
import type { PowerId } from "../ids";
import type { MatchEndReason } from "../events";
import type { MatchState } from "../state";
import { getScenario } from "../scenario";
import { escalationDriven } from "./escalation";
import { emit } from "./record";
import { scoreMatch } from "./scoring";

/**
 * Open war: every power keeps openWarShare of its points (rounded down), except the power or
 * powers that drove the most escalation over the match, which score nothing.
 */
export function openWarScores(state: MatchState): Record<PowerId, number> {
  const share = getScenario(state.scenarioId).escalation.openWarShare;
  const totals = scoreMatch(state).totals;
  const driven = escalationDriven(state);
  const most = Math.max(...powersOf(state).map((p) => at(driven, p)));
  const scores = {} as Record<PowerId, number>;
  for (const power of powersOf(state)) scores[power] = most > 0 && driven[power] === most ? 0 : Math.floor(at(totals, power) * share);
  return scores;
}

export function endMatch(state: MatchState, reason: MatchEndReason): void {
  if (state.status === "ended") return;
  const scores = reason === "openWar" ? openWarScores(state) : scoreMatch(state).totals;
  state.status = "ended";
  state.ending = { reason, turn: state.turn, scores };
  emit(state, { kind: "matchEnded", reason, scores }, "all");
}

/** Escalation at its top is open war: the match ends at once. */
export function endIfOpenWar(state: MatchState): void {
  if (state.escalation >= getScenario(state.scenarioId).escalation.max) endMatch(state, "openWar");
}

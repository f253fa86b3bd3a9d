/** The end of a match: objectives scored, or nobody scores in open war. */
import { POWERS } from "../ids";
import type { PowerId } from "../ids";
import type { MatchEndReason } from "../events";
import type { MatchState } from "../state";
import { getScenario } from "../scenario";
import { emit } from "./record";
import { scoreMatch } from "./scoring";

export function endMatch(state: MatchState, reason: MatchEndReason): void {
  if (state.status === "ended") return;
  const scores = reason === "openWar" ? (Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>) : scoreMatch(state).totals;
  state.status = "ended";
  state.ending = { reason, turn: state.turn, scores };
  emit(state, { kind: "matchEnded", reason, scores }, "all");
}

/** Escalation at its top is open war: the match ends at once, a loss for all. */
export function endIfOpenWar(state: MatchState): void {
  if (state.escalation >= getScenario(state.scenarioId).escalation.max) endMatch(state, "openWar");
}

/** Replays a stored command log from a starting state; throws if a command no longer applies. */
import { apply, getScenario } from "../../shared";
import { errorText } from "../../shared/catalog";
import type { MatchState } from "../../shared";
import type { LoggedCommand } from "./types";

/** The state after the log, and the state as its current phase began. */
export function replayLog(start: MatchState, commands: readonly LoggedCommand[], what: string): { state: MatchState; phaseStart: MatchState } {
  let state = start;
  let phaseStart = state;
  for (const entry of commands) {
    const result = apply(state, entry.actor, entry.command);
    if (!result.ok) throw new Error(`${what}: command ${entry.seq} no longer applies (${result.error.code}: ${errorText(result.error, getScenario(start.scenarioId))})`);
    if (result.value.state.turn !== state.turn || result.value.state.phase !== state.phase) phaseStart = result.value.state;
    state = result.value.state;
  }
  return { state, phaseStart };
}

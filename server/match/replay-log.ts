/** Replays a stored command log from a starting state; throws if a command no longer applies. */
import { apply } from "../../shared";
import type { MatchState } from "../../shared";
import type { LoggedCommand } from "./types";

/** The state after the log, and the state as its current phase began. */
export function replayLog(start: MatchState, commands: readonly LoggedCommand[], what: string): { state: MatchState; phaseStart: MatchState } {
  let state = start;
  let phaseStart = state;
  for (const entry of commands) {
    const result = apply(state, entry.actor, entry.command);
    if (!result.ok) throw new Error(`${what}: command ${entry.seq} no longer applies (${result.error.code}: ${result.error.message})`);
    if (result.value.state.turn !== state.turn || result.value.state.phase !== state.phase) phaseStart = result.value.state;
    state = result.value.state;
  }
  return { state, phaseStart };
}

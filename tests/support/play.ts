/** Helpers for tests that drive the rules: commands stamped with the current turn and phase. */
import { apply, createMatch } from "../../shared";
import type { Actor, Applied, MatchState, RuleError } from "../../shared";

export function newMatch(seed = "test-seed", turns?: number): MatchState {
  return createMatch({ scenarioId: "caspian-salvo", seed, ...(turns ? { turns } : {}) });
}

export function stamp(state: MatchState): { turn: number; phase: MatchState["phase"] } {
  return { turn: state.turn, phase: state.phase };
}

/** Applies a command that must succeed; fails the test with the rule's message otherwise. */
export function must(state: MatchState, actor: Actor, command: Record<string, unknown>): Applied {
  const result = apply(state, actor, { ...stamp(state), ...command });
  if (!result.ok) throw new Error(`${JSON.stringify(result.error)}`);
  return result.value;
}

/** Applies a command that must be refused; returns the error. */
export function refused(state: MatchState, actor: Actor, command: Record<string, unknown>): RuleError {
  const result = apply(state, actor, { ...stamp(state), ...command });
  if (result.ok) throw new Error(`expected ${JSON.stringify(command)} to be refused`);
  return result.error;
}

export function advance(state: MatchState): MatchState {
  return must(state, "system", { type: "advance" }).state;
}

/** Advances until the match is at the given phase (of this or a later turn). */
export function advanceTo(state: MatchState, phase: MatchState["phase"]): MatchState {
  let s = advance(state);
  while (s.phase !== phase && s.status === "running") s = advance(s);
  return s;
}

/** The turn's phase machine: briefing, diplomacy, orders, resolution, report, then the next turn or the end. */
import type { Phase } from "./ids";
import type { MatchState } from "./state";
import { expireOpenProposals } from "./rules/diplomacy";
import { endMatch } from "./rules/end-match";
import { emit } from "./rules/record";
import { resolveTurn } from "./rules/resolve";
import { beginTurn } from "./rules/turn-start";

function enter(state: MatchState, phase: Phase): void {
  state.phase = phase;
  for (const power of Object.values(state.powers)) power.ready = false;
  emit(state, { kind: "phase", phase }, "all");
}

/** Moves the match on by one phase. Leaving orders resolves the turn and lands in the report. */
export function advancePhase(state: MatchState): void {
  switch (state.phase) {
    case "briefing":
      enter(state, "diplomacy");
      return;
    case "diplomacy":
      enter(state, "orders");
      return;
    case "orders":
    case "resolution":
      enter(state, "resolution");
      resolveTurn(state);
      enter(state, "report");
      return;
    case "report":
      expireOpenProposals(state);
      if (state.turn >= state.turns) {
        endMatch(state, "turns");
        return;
      }
      state.turn += 1;
      beginTurn(state, { resupply: true });
      return;
  }
}

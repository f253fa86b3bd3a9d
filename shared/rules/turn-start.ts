/** The start of a turn: resupply, treaties that run out, and the briefing's scheduled events. */
import { at } from "../at";
import { powersOf } from "../scenario/ids-of";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { applyEffect } from "./effects";
import { endIfOpenWar } from "./end-match";
import { emit } from "./record";

export function beginTurn(state: MatchState, options: { resupply: boolean }): void {
  const scenario = getScenario(state.scenarioId);
  state.phase = "briefing";
  state.orders = {};
  for (const power of powersOf(state)) at(state.powers, power).ready = false;
  emit(state, { kind: "phase", phase: "briefing" }, "all");

  if (options.resupply) {
    for (const asset of scenario.assets) {
      const held = state.assets[asset.id]!;
      const units = Math.min(asset.resupply, Math.max(0, asset.stock - held.stock));
      if (units <= 0) continue;
      held.stock += units;
      emit(state, { kind: "resupply", power: asset.owner, asset: asset.id, units }, [asset.owner]);
    }
  }

  for (const treaty of state.treaties) {
    if ((treaty.status === "active" || treaty.status === "agreed") && treaty.untilTurn < state.turn) {
      treaty.status = "expired";
      treaty.endedTurn = state.turn;
      emit(state, { kind: "treaty", treatyId: treaty.id, term: treaty.term, parties: treaty.parties, status: "expired", by: null }, "all");
    }
  }

  for (const card of scenario.events) {
    if (card.turn !== state.turn) continue;
    emit(state, { kind: "card", cardId: card.id, headline: card.headline, text: card.text, effects: [...card.effects], injected: false, to: null }, "all");
    for (const effect of card.effects) applyEffect(state, effect, { code: "card", card: card.id });
  }
  endIfOpenWar(state);
}

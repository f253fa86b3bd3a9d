/**
 * The end of resolution (docs/rules.md, "Tracks"): a power whose cost is above the quagmire line
 * loses prestige and legitimacy; escalation falls after a turn without a shoot-down (unless it
 * has reached the top, where open war follows).
 * Influence does not drift: it moves only by grants, overt support and event cards.
 */
import { at } from "../at";
import { powersOf } from "../scenario/ids-of";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { changeEscalation, changeTrack } from "./record";

export function settleTurnTracks(state: MatchState): void {
  const scenario = getScenario(state.scenarioId);
  const { quagmireLine, quagmirePrestigeLoss, quagmireLegitimacyLoss } = scenario.tracks;
  for (const power of powersOf(state)) {
    if (at(state.powers, power).tracks.cost <= quagmireLine) continue;
    changeTrack(state, power, "prestige", -quagmirePrestigeLoss, { code: "quagmire" });
    changeTrack(state, power, "legitimacy", -quagmireLegitimacyLoss, { code: "quagmire" });
  }
  // At the top there is no cooling off: open war is declared at the end of this resolution.
  const atTop = state.escalation >= scenario.escalation.max;
  if (!atTop && !hadShootDown(state, state.turn)) changeEscalation(state, -scenario.escalation.decayPerQuietTurn, { code: "quiet_turn" });
}

/** Whether a power shot down any aircraft during the given turn (a country without a seat's shoot-downs raise nothing, and cool nothing off). */
export function hadShootDown(state: MatchState, turn: number): boolean {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i]!;
    if (e.turn < turn) break;
    if (e.turn === turn && e.kind === "shootDown" && e.units > 0 && e.by.length > 0) return true;
  }
  return false;
}

/**
 * Units brought down, whoever brought them down: an interception (public), and for aircraft a
 * shoot-down, a clash between the flyer and the powers responsible, which raises escalation.
 */
import type { Cause, EventBody } from "../events";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { raiseEscalation } from "./escalation";
import { changeTrack, emit, round1 } from "./record";

export type Loss = Omit<Extract<EventBody, { kind: "interception" }>, "kind">;

export function recordLoss(state: MatchState, loss: Loss): void {
  if (loss.units <= 0) return;
  const scenario = getScenario(state.scenarioId);
  // Over international airspace: no country in the cause.
  const over = loss.country === null ? {} : { country: loss.country };
  const nfz = loss.source === "nfz";
  emit(state, { kind: "interception", ...loss, by: [...loss.by] }, "all");
  changeTrack(state, loss.power, "prestige", -scenario.tracks.prestigeLostPerInterceptedUnit * loss.units, { code: "interception/lost", units: loss.units, weapon: loss.weapon, ...over, ...(nfz ? { nfz } : {}) });
  if (loss.weapon !== "aircraft") return;
  const { power, by, country, strikeId, treatyId, units } = loss;
  emit(state, { kind: "shootDown", power, by: [...by], country, strikeId, treatyId, units }, "all");
  // A country without a seat (no shooter) raises no escalation. A strike's loss is driven by its
  // flyer (it flew in without rights, or into a no-fly zone); a patrol's by whoever fired on it.
  const share = round1((scenario.escalation.shootDown * units) / Math.max(1, by.length));
  for (const shooter of by) {
    const cause: Cause = { code: "interception/shot_down", power: shooter, units, ...over, ...(nfz ? { nfz } : {}) };
    if (strikeId !== null) raiseEscalation(state, power, shooter, share, cause);
    else raiseEscalation(state, shooter, power, share, cause);
  }
}

/**
 * Units brought down, whoever brought them down: an interception (public), and for aircraft a
 * shoot-down, a clash between the flyer and the powers responsible, which raises escalation.
 */
import type { EventBody } from "../events";
import type { CountryId, PowerId, WeaponKind } from "../ids";
import { getScenario } from "../scenario";
import type { Scenario } from "../scenario/types";
import type { MatchState } from "../state";
import { raiseEscalation } from "./escalation";
import { changeTrack, emit, round1 } from "./record";

export type Loss = Omit<Extract<EventBody, { kind: "interception" }>, "kind">;

export function countryName(scenario: Scenario, country: CountryId | null): string {
  if (country === null) return "international airspace";
  return scenario.countries.find((c) => c.id === country)?.name ?? country;
}

export function unitsOf(units: number, weapon: WeaponKind): string {
  if (weapon === "missile") return units === 1 ? "1 missile" : `${units} missiles`;
  return units === 1 ? "1 aircraft" : `${units} aircraft`;
}

export function recordLoss(state: MatchState, loss: Loss): void {
  if (loss.units <= 0) return;
  const scenario = getScenario(state.scenarioId);
  const flyer = scenario.powers[loss.power].name;
  const where = countryName(scenario, loss.country);
  const nfz = loss.source === "nfz";
  emit(state, { kind: "interception", ...loss, by: [...loss.by] }, "all");
  changeTrack(state, loss.power, "prestige", -scenario.tracks.prestigeLostPerInterceptedUnit * loss.units, `${unitsOf(loss.units, loss.weapon)} brought down ${nfz ? "by no-fly-zone patrols " : ""}over ${where}`);
  if (loss.weapon !== "aircraft") return;
  const { power, by, country, strikeId, treatyId, units } = loss;
  emit(state, { kind: "shootDown", power, by: [...by], country, strikeId, treatyId, units }, "all");
  // A country without a seat (no shooter) raises no escalation. A strike's loss is driven by its
  // flyer (it flew in without rights, or into a no-fly zone); a patrol's by whoever fired on it.
  const reason = `${by.map((p: PowerId) => scenario.powers[p].name).join(" and ")} shot down ${unitsOf(units, "aircraft")} of ${flyer} ${nfz ? "enforcing a no-fly zone " : ""}over ${where}`;
  const share = round1((scenario.escalation.shootDown * units) / Math.max(1, by.length));
  for (const shooter of by) {
    if (strikeId !== null) raiseEscalation(state, power, shooter, share, reason);
    else raiseEscalation(state, shooter, power, share, reason);
  }
}

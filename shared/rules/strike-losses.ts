/**
 * Units brought down, whoever brought them down: an interception (public), and for aircraft a
 * shoot-down, a clash between the flyer and the powers responsible, which raises escalation.
 */
import type { EventBody } from "../events";
import type { CountryId, PowerId, WeaponKind } from "../ids";
import { getScenario } from "../scenario";
import type { Scenario } from "../scenario/types";
import type { MatchState } from "../state";
import { changeEscalation, changeTrack, emit } from "./record";

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
  const shooters = by.length > 0 ? by.map((p: PowerId) => scenario.powers[p].name).join(" and ") : where;
  changeEscalation(state, scenario.escalation.shootDown * units, `${shooters} shot down ${unitsOf(units, "aircraft")} of ${flyer} ${nfz ? "enforcing a no-fly zone " : ""}over ${where}`);
}

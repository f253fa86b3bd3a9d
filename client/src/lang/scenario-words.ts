/**
 * A scenario's prose in the screen's language (shared/scenario/texts.ts): its date, summary,
 * briefs, objectives and cards; names stay as the scenario gives them.
 */
import type { PowerId } from "../../../shared/ids";
import { cardIn, objectiveIn, textsIn } from "../../../shared/scenario/texts";
import type { Scenario } from "../../../shared/scenario/types";
import { language } from "./language";

export function scenarioDate(scenario: Scenario): string {
  return textsIn(scenario, language())?.date ?? scenario.date;
}

export function scenarioSummary(scenario: Scenario): string {
  return textsIn(scenario, language())?.summary ?? scenario.summary;
}

export function powerBrief(scenario: Scenario, power: PowerId): string {
  return textsIn(scenario, language())?.briefs?.[power] ?? scenario.powers[power]?.brief ?? "";
}

export function presetLabel(scenario: Scenario, preset: { id: string; label: string }): string {
  return textsIn(scenario, language())?.presets?.[preset.id] ?? preset.label;
}

/** An objective's text; `english` is what the view or archive carries (the scenario's own words). */
export function objectiveText(scenario: Scenario, id: string, english: string): string {
  return objectiveIn(scenario, language(), id, english);
}

export function cardWords(scenario: Scenario, cardId: string | null, english: { headline: string; text: string }): { headline: string; text: string } {
  return cardIn(scenario, language(), cardId, english);
}

/**
 * A shipped scenario in brief, as `GET /api/scenarios` lists it for a picker: enough to tell
 * scenarios apart and to offer their seats.
 */
import type { PowerId } from "../ids";
import type { PowerSetup, Scenario } from "./types";

export type ScenarioPowerSummary = { id: PowerId } & Pick<PowerSetup, "name" | "short" | "color">;

export type ScenarioSummary = Pick<Scenario, "id" | "name" | "date" | "summary" | "defaultTurns" | "lessonTurns"> & {
  /** In seat order. */
  powers: ScenarioPowerSummary[];
};

export function summaryOf(s: Scenario): ScenarioSummary {
  return {
    id: s.id,
    name: s.name,
    date: s.date,
    summary: s.summary,
    defaultTurns: s.defaultTurns,
    lessonTurns: s.lessonTurns,
    powers: Object.entries(s.powers).map(([id, p]) => ({ id, name: p.name, short: p.short, color: p.color })),
  };
}

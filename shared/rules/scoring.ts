/**
 * Victory points at the end of the match: each power scores the points of its public objectives
 * that are met, plus its one secret objective if met. Open war scores nothing (see end-match.ts).
 */
import { at } from "../at";
import { powersOf } from "../scenario/ids-of";
import type { PowerId } from "../ids";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { objectiveMet } from "./objectives";

export interface ObjectiveResult {
  id: string;
  met: boolean;
  /** What the objective is worth; it counts towards the total only when met. */
  points: number;
  secret: boolean;
}

export interface MatchScores {
  totals: Record<PowerId, number>;
  /** Each power's public objectives, in the scenario's order, then its secret one. */
  details: Record<PowerId, ObjectiveResult[]>;
}

export function scoreMatch(state: MatchState): MatchScores {
  const scenario = getScenario(state.scenarioId);
  const totals = {} as Record<PowerId, number>;
  const details = {} as Record<PowerId, ObjectiveResult[]>;
  for (const power of powersOf(state)) {
    const ids = [...at(scenario.powers, power).publicObjectives, at(state.powers, power).secretObjective];
    const results: ObjectiveResult[] = [];
    for (const id of ids) {
      const objective = scenario.objectives.find((o) => o.id === id && o.power === power);
      if (!objective) continue;
      results.push({ id, met: objectiveMet(state, power, objective.test), points: objective.points, secret: objective.secret });
    }
    details[power] = results;
    totals[power] = results.reduce((sum, r) => sum + (r.met ? r.points : 0), 0);
  }
  return { totals, details };
}

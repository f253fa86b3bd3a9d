/**
 * Where one power's objectives stand now, as the end-of-match scoring would judge them on the
 * current state (objectiveMet, the function scoreMatch uses). "lost" is an objective that can no
 * longer be met: the match is over, or its test forbids something that has already happened
 * (a clash, a violation, a no-fly zone), which the log keeps for good.
 */
import { at } from "../at";
import type { PowerId } from "../ids";
import { getScenario } from "../scenario";
import type { ObjectiveTest } from "../scenario/types";
import type { MatchState } from "../state";
import { objectiveMet } from "./objectives";

export const OBJECTIVE_STANDINGS = ["met", "notYet", "lost"] as const;
export type ObjectiveStanding = (typeof OBJECTIVE_STANDINGS)[number];

export interface ObjectiveStatus {
  id: string;
  text: string;
  points: number;
  secret: boolean;
  standing: ObjectiveStanding;
}

/** Tests that, once failed, stay failed: each forbids an event, and events stay in the log. */
function failsForGood(test: ObjectiveTest): boolean {
  switch (test.kind) {
    case "noClash":
    case "airspaceRespected":
    case "noDetectedViolationOwn":
      return true;
    case "nfz":
      return !test.ever;
    default:
      return false;
  }
}

/** A test already failed for good: a plain one that fails for good, or an "all" with such a part. */
function failedForGood(state: MatchState, power: PowerId, test: ObjectiveTest): boolean {
  if (test.kind === "all") return test.tests.some((t) => failedForGood(state, power, t));
  return failsForGood(test) && !objectiveMet(state, power, test);
}

/** The power's public objectives in the scenario's order, then its secret one (as scoreMatch lists them). */
export function objectiveStatuses(state: MatchState, power: PowerId): ObjectiveStatus[] {
  const scenario = getScenario(state.scenarioId);
  const ids = [...at(scenario.powers, power).publicObjectives, at(state.powers, power).secretObjective];
  const statuses: ObjectiveStatus[] = [];
  for (const id of ids) {
    const objective = scenario.objectives.find((o) => o.id === id && o.power === power);
    if (!objective) continue;
    const met = objectiveMet(state, power, objective.test);
    const standing: ObjectiveStanding = met ? "met" : state.status === "ended" || failedForGood(state, power, objective.test) ? "lost" : "notYet";
    statuses.push({ id, text: objective.text, points: objective.points, secret: objective.secret, standing });
  }
  return statuses;
}

/**
 * How the powers stand, as far as a seat can tell: the points of each power's public objectives
 * met on the seat's view (secret ones are unknown, its own included for fairness). A power that
 * leads the field clearly is the one the others turn against.
 */
import { at } from "../at";
import type { PowerId } from "../ids";
import { powersOf } from "../scenario/ids-of";
import { objectiveMet } from "../rules/objectives";
import type { Scenario } from "../scenario/types";
import type { MatchView } from "../view";

export function publicScores(view: MatchView, scenario: Scenario): Record<PowerId, number> {
  const scores = {} as Record<PowerId, number>;
  for (const power of powersOf(view)) {
    let sum = 0;
    for (const id of at(scenario.powers, power).publicObjectives) {
      const objective = scenario.objectives.find((o) => o.id === id && o.power === power);
      if (objective && objectiveMet(view, power, objective.test)) sum += objective.points;
    }
    scores[power] = sum;
  }
  return scores;
}

/** A rival at least `lead` points ahead of every other power, the seat's own included; none before the match is under way. */
export function clearLeader(view: MatchView, scenario: Scenario, me: PowerId, lead: number): PowerId | null {
  if (view.turn < 3) return null;
  const scores = publicScores(view, scenario);
  const ranked = [...powersOf(view)].sort((a, b) => at(scores, b) - at(scores, a));
  const [first, second] = [ranked[0]!, ranked[1]!];
  return first !== me && at(scores, first) - at(scores, second) >= lead ? first : null;
}

/** The scenarios a match can be created from. */
import { caspianSalvo } from "./caspian-salvo";
import type { Scenario } from "./types";

export const SCENARIOS: Readonly<Record<string, Scenario>> = { [caspianSalvo.id]: caspianSalvo };

export const DEFAULT_SCENARIO_ID = caspianSalvo.id;

export function getScenario(id: string): Scenario {
  const scenario = SCENARIOS[id];
  if (!scenario) throw new Error(`unknown scenario ${id}`);
  return scenario;
}

export function hasScenario(id: string): boolean {
  return Object.hasOwn(SCENARIOS, id);
}

/** The scenarios a match can be created from. */
import { caspianSalvo } from "./caspian-salvo";
import type { CountrySetup, Scenario } from "./types";

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

const countryIndexes = new Map<string, ReadonlyMap<string, CountrySetup>>();

/** A country of the scenario by id, from an index built once (the rules ask this on every route). */
export function countryOf(scenarioId: string, country: string): CountrySetup | undefined {
  let index = countryIndexes.get(scenarioId);
  if (!index) {
    index = new Map(getScenario(scenarioId).countries.map((c) => [c.id, c]));
    countryIndexes.set(scenarioId, index);
  }
  return index.get(country);
}

/** The scenarios a match can be created from. */
import { caspianSalvo } from "./caspian-salvo";
import { gulf2019 } from "./gulf-2019";
import type { CountrySetup, Scenario } from "./types";

/** The shipped scenarios; a teacher's own (./file.ts) are registered beside them. */
export const SCENARIOS: Readonly<Record<string, Scenario>> = { [caspianSalvo.id]: caspianSalvo, [gulf2019.id]: gulf2019 };
const registered = new Map<string, Scenario>(Object.entries(SCENARIOS));

export const DEFAULT_SCENARIO_ID = caspianSalvo.id;

export function getScenario(id: string): Scenario {
  const scenario = registered.get(id);
  if (!scenario) throw new Error(`unknown scenario ${id}`);
  return scenario;
}

export function hasScenario(id: string): boolean {
  return registered.has(id);
}

export function isShippedScenario(id: string): boolean {
  return Object.hasOwn(SCENARIOS, id);
}

/**
 * Makes a custom scenario known to the rules under its id. Its id is derived from its content
 * (customScenarioId), so registering the same file twice is the same scenario.
 */
export function registerScenario(scenario: Scenario): void {
  if (isShippedScenario(scenario.id)) throw new Error(`${scenario.id} is a shipped scenario`);
  registered.set(scenario.id, scenario);
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

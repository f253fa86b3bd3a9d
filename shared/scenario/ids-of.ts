/**
 * The powers and factions of a match come from its scenario, never from a global list: a
 * scenario with other powers plays through the same rules. Lists keep the scenario's key
 * order, which is the seat order (turn order of resolution, the order of the log).
 */
import type { FactionId, PowerId } from "../ids";
import { getScenario } from "./index";
import type { Scenario } from "./types";

const powerLists = new WeakMap<Scenario, readonly PowerId[]>();
const factionLists = new WeakMap<Scenario, readonly FactionId[]>();

/** The scenario's powers, in seat order. */
export function powerIds(scenario: Scenario): readonly PowerId[] {
  let list = powerLists.get(scenario);
  if (!list) {
    list = Object.freeze(Object.keys(scenario.powers) as PowerId[]);
    powerLists.set(scenario, list);
  }
  return list;
}

/** The scenario's factions (the sides without a seat), in its order. */
export function factionIds(scenario: Scenario): readonly FactionId[] {
  let list = factionLists.get(scenario);
  if (!list) {
    list = Object.freeze(Object.keys(scenario.factions) as FactionId[]);
    factionLists.set(scenario, list);
  }
  return list;
}

/** Anything that names its scenario: a match state, a seat's view, a stored match. */
export interface OfScenario {
  readonly scenarioId: string;
}

/** The powers of the match (or view) `of`, in seat order. */
export function powersOf(of: OfScenario): readonly PowerId[] {
  return powerIds(getScenario(of.scenarioId));
}

/** The factions of the match (or view) `of`. */
export function factionsOf(of: OfScenario): readonly FactionId[] {
  return factionIds(getScenario(of.scenarioId));
}

/** Whether `value` is a power of the match (or view) `of`. */
export function isPowerOf(of: OfScenario, value: unknown): value is PowerId {
  return typeof value === "string" && Object.hasOwn(getScenario(of.scenarioId).powers, value);
}

/** Whether `value` is a faction of the match (or view) `of`. */
export function isFactionOf(of: OfScenario, value: unknown): value is FactionId {
  return typeof value === "string" && Object.hasOwn(getScenario(of.scenarioId).factions, value);
}

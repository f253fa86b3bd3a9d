/**
 * Ids that arrive from outside are data, never property names: each is checked against the
 * scenario's own id sets before it indexes a record, and records are read by own property only,
 * so that "__proto__" or "constructor" can never reach Object.prototype.
 */
import { getScenario } from "../scenario";

interface IdSets {
  zones: ReadonlySet<string>;
  assets: ReadonlySet<string>;
  influenceCountries: ReadonlySet<string>;
  cards: ReadonlySet<string>;
}

const sets = new Map<string, IdSets>();

function idSets(scenarioId: string): IdSets {
  let known = sets.get(scenarioId);
  if (!known) {
    const scenario = getScenario(scenarioId);
    known = {
      zones: new Set(scenario.zones.map((z) => z.id)),
      assets: new Set(scenario.assets.map((a) => a.id)),
      influenceCountries: new Set(scenario.influenceCountries),
      cards: new Set(scenario.events.map((c) => c.id)),
    };
    sets.set(scenarioId, known);
  }
  return known;
}

export function isZoneId(scenarioId: string, id: string): boolean {
  return idSets(scenarioId).zones.has(id);
}

export function isAssetId(scenarioId: string, id: string): boolean {
  return idSets(scenarioId).assets.has(id);
}

/** A country where influence is tracked. */
export function isInfluenceCountry(scenarioId: string, id: string): boolean {
  return idSets(scenarioId).influenceCountries.has(id);
}

export function isCardId(scenarioId: string, id: string): boolean {
  return idSets(scenarioId).cards.has(id);
}

/** The record's own entry for `key`, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const RESERVED = new Set<string>([...Object.getOwnPropertyNames(Object.prototype), "prototype"]);

/**
 * Names an object has without being given them ("__proto__", "constructor", "toString"…): refused
 * as ids a power chooses itself (strike ids), which the client and the reports key records by.
 */
export function isReservedName(id: string): boolean {
  return RESERVED.has(id);
}

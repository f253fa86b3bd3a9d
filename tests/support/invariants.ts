/** What must hold of every match state, whatever was sent. */
import { at } from "../../shared/at";
import { CASPIAN_POWERS, CASPIAN_FACTIONS } from "./caspian";
import { expect } from "vitest";
import { getScenario, TRACKS } from "../../shared";
import type { MatchState } from "../../shared";

export function expectInvariants(state: MatchState): void {
  const scenario = getScenario(state.scenarioId);
  const { min, max } = scenario.tracks;
  expect(state.turn).toBeGreaterThanOrEqual(1);
  expect(state.turn).toBeLessThanOrEqual(state.turns);
  expect(state.escalation).toBeGreaterThanOrEqual(0);
  expect(state.escalation).toBeLessThanOrEqual(scenario.escalation.max);
  for (const power of CASPIAN_POWERS) {
    for (const track of TRACKS) {
      const value = at(state.powers, power).tracks[track];
      expect(value).toBeGreaterThanOrEqual(min);
      expect(value).toBeLessThanOrEqual(max);
    }
    for (const value of Object.values(at(state.powers, power).influence)) {
      expect(value).toBeGreaterThanOrEqual(min);
      expect(value).toBeLessThanOrEqual(max);
    }
  }
  for (const [id, asset] of Object.entries(state.assets)) {
    expect(asset.stock, `stock of ${id}`).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(asset.stock)).toBe(true);
  }
  for (const [id, zone] of Object.entries(state.zones)) {
    expect(zone.civilians, `civilians in ${id}`).toBeGreaterThanOrEqual(0);
    for (const faction of CASPIAN_FACTIONS) {
      expect(zone.strength[faction], `${faction} in ${id}`).toBeGreaterThanOrEqual(0);
      expect(zone.strength[faction], `${faction} in ${id}`).toBeLessThanOrEqual(100);
    }
  }
  for (let i = 1; i < state.log.length; i++) expect(state.log[i]!.seq).toBe(state.log[i - 1]!.seq + 1);
  expect(state.nextSeq).toBe((state.log.at(-1)?.seq ?? 0) + 1);
  const ids = new Set(state.treaties.map((t) => t.id));
  expect(ids.size).toBe(state.treaties.length);
  expect(() => JSON.parse(JSON.stringify(state))).not.toThrow();
}

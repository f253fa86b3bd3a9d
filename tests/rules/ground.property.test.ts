/** Ground fighting on random zones: losses within the published bounds, control by the published rule. */
import { CASPIAN_FACTIONS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import type { FactionId, MatchState, ZoneState } from "../../shared";
import { areEnemies, controllerOf, fightGround, LOSS_SPREAD } from "../../shared/rules/ground";
import { round1 } from "../../shared/rules/record";
import { newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");
const { attrition, controlShare } = scenario.combat;

/** Strengths kept to one decimal, as the rules keep them; about a third of them absent. */
const strength = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }).map((n) => n / 10));
const zoneState: fc.Arbitrary<ZoneState> = fc.record({
  civilians: fc.constant(100),
  strength: fc.record(Object.fromEntries(CASPIAN_FACTIONS.map((f) => [f, strength])) as Record<FactionId, fc.Arbitrary<number>>),
  control: fc.constantFrom<FactionId | null>(null, ...CASPIAN_FACTIONS),
});

function fightOne(zone: ZoneState, seed: string): { before: ZoneState; after: ZoneState; state: MatchState } {
  const state = newMatch(seed);
  const id = scenario.zones[0]!.id;
  for (const other of Object.keys(state.zones)) state.zones[other] = { civilians: 0, strength: Object.fromEntries(CASPIAN_FACTIONS.map((f) => [f, 0])) as Record<FactionId, number>, control: null };
  state.zones[id] = structuredClone(zone);
  fightGround(state);
  return { before: zone, after: state.zones[id]!, state };
}

describe("ground fighting", () => {
  it("takes from each faction attrition × its enemies' strength × a factor in [0.75, 1.25], never below zero", () => {
    fc.assert(
      fc.property(zoneState, fc.string({ maxLength: 6 }), (zone, seed) => {
        const { before, after } = fightOne(zone, seed);
        for (const f of CASPIAN_FACTIONS) {
          const enemies = CASPIAN_FACTIONS.filter((e) => before.strength[e]! > 0 && areEnemies(scenario, f, e)).reduce((sum, e) => sum + before.strength[e]!, 0);
          const loss = round1(before.strength[f]! - after.strength[f]!);
          expect(after.strength[f]).toBeGreaterThanOrEqual(0);
          if (before.strength[f] === 0 || enemies === 0) {
            expect(loss, f).toBe(0);
            continue;
          }
          const low = Math.min(before.strength[f]!, round1(attrition * enemies * (1 - LOSS_SPREAD)));
          const high = Math.min(before.strength[f]!, round1(attrition * enemies * (1 + LOSS_SPREAD)));
          expect(loss, f).toBeGreaterThanOrEqual(low - 0.1 - 1e-9);
          expect(loss, f).toBeLessThanOrEqual(high + 0.1 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives control by the published rule, and a second look changes nothing", () => {
    fc.assert(
      fc.property(zoneState, fc.string({ maxLength: 6 }), (zone, seed) => {
        const { before, after } = fightOne(zone, seed);
        const total = CASPIAN_FACTIONS.reduce((sum, f) => sum + after.strength[f]!, 0);
        const dominant = CASPIAN_FACTIONS.filter((f) => after.strength[f]! > 0 && after.strength[f]! >= controlShare * total - 1e-9);
        if (dominant.length > 0) {
          expect(dominant).toContain(after.control);
          if (before.control && dominant.includes(before.control)) expect(after.control).toBe(before.control);
        } else if (before.control && after.strength[before.control]! > 0) {
          expect(after.control).toBe(before.control);
        } else {
          expect(after.control).toBeNull();
        }
        expect(controllerOf(after, controlShare)).toBe(after.control);
      }),
      { numRuns: 300 },
    );
  });

  it("reports every zone where something changed, and only those, in public", () => {
    fc.assert(
      fc.property(zoneState, fc.string({ maxLength: 6 }), (zone, seed) => {
        const { before, after, state } = fightOne(zone, seed);
        const events = state.log.filter((e) => e.kind === "fighting");
        const changed = CASPIAN_FACTIONS.some((f) => before.strength[f] !== after.strength[f]) || before.control !== after.control;
        expect(events.length).toBe(changed ? 1 : 0);
        for (const e of events) {
          expect(e.visibleTo).toBe("all");
          if (e.kind === "fighting") {
            expect(e.previous).toBe(before.control);
            expect(e.control).toBe(after.control);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is the same for the same seed", () => {
    fc.assert(
      fc.property(zoneState, fc.string({ maxLength: 6 }), (zone, seed) => {
        expect(fightOne(zone, seed).after).toEqual(fightOne(zone, seed).after);
      }),
      { numRuns: 50 },
    );
  });
});

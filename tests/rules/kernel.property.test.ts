import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, createMatch, hashOf } from "../../shared";
import type { MatchState } from "../../shared";
import { errorText } from "../../shared/catalog";
import { step } from "../support/arbitrary";
import type { Step } from "../support/arbitrary";
import { expectInvariants } from "../support/invariants";

function play(seed: string, steps: readonly Step[]): { state: MatchState; accepted: number } {
  let state = createMatch({ scenarioId: "caspian-salvo", seed, turns: 4 });
  let accepted = 0;
  for (const s of steps) {
    const stampOf = s.current ? { turn: state.turn, phase: state.phase } : s.stale;
    const before = hashOf(state);
    const result = apply(state, s.actor, { ...s.body, ...stampOf });
    if (result.ok) {
      state = result.value.state;
      accepted++;
    } else {
      expect(result.error.code).toMatch(/^[a-z]+\/[a-z_]+$/);
      expect(errorText(result.error)).not.toMatch(/undefined|NaN|\[object/);
      expect(hashOf(state)).toBe(before);
    }
  }
  return { state, accepted };
}

describe("any sequence of commands", () => {
  it("never throws and keeps every invariant", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(step, { maxLength: 60 }), (seed, steps) => {
        const { state } = play(seed, steps);
        expectInvariants(state);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same hash for the same seed and commands", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(step, { maxLength: 40 }), (seed, steps) => {
        expect(hashOf(play(seed, steps).state)).toBe(hashOf(play(seed, steps).state));
      }),
      { numRuns: 60 },
    );
  });

  it("gives different hashes for different seeds", () => {
    expect(hashOf(createMatch({ scenarioId: "caspian-salvo", seed: "a" }))).not.toBe(hashOf(createMatch({ scenarioId: "caspian-salvo", seed: "b" })));
  });
});

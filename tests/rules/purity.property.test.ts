/**
 * `apply` never mutates the state it is given, accepted command or not: every state is deep-frozen
 * before the next command (so a write into it, or into anything a new state shares with it,
 * throws), and its JSON is compared before and after.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, createMatch, viewForSeat } from "../../shared";
import type { Actor, MatchState } from "../../shared";
import { BOT_LEVELS, botCommands } from "../../shared/bots";
import { step } from "../support/arbitrary";

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

/** Applies a command to a frozen state, checks the state did not change, and returns the next state (frozen). */
function applyFrozen(state: MatchState, actor: Actor, command: unknown): MatchState {
  const before = JSON.stringify(state);
  const result = apply(state, actor, command);
  expect(JSON.stringify(state) === before).toBe(true);
  return result.ok ? deepFreeze(result.value.state) : state;
}

describe("apply is pure", () => {
  it("leaves the input state untouched through whole bot matches", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.constantFrom(...BOT_LEVELS), (seed, level) => {
        let state = deepFreeze(createMatch({ scenarioId: "caspian-salvo", seed, turns: 3 }));
        for (let guard = 0; state.status === "running" && guard < 100; guard++) {
          if (state.phase !== "resolution") {
            for (const power of CASPIAN_POWERS) {
              for (const command of botCommands(viewForSeat(state, power), power, level)) state = applyFrozen(state, power, command);
            }
          }
          state = applyFrozen(state, "system", { type: "advance", turn: state.turn, phase: state.phase });
        }
        expect(state.status).toBe("ended");
      }),
      { numRuns: 6 },
    );
  });

  it("leaves the input state untouched under random commands", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(step, { maxLength: 60 }), (seed, steps) => {
        let state = deepFreeze(createMatch({ scenarioId: "caspian-salvo", seed, turns: 4 }));
        for (const s of steps) {
          const stampOf = s.current ? { turn: state.turn, phase: state.phase } : s.stale;
          state = applyFrozen(state, s.actor, { ...s.body, ...stampOf });
        }
      }),
      { numRuns: 60 },
    );
  });
});

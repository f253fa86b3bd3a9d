/** Bots are pure: the same view gives the same commands, the same seed the same match. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { apply, createMatch, hashOf, viewForSeat } from "../../shared";
import type { MatchState } from "../../shared";
import { botCommands, playBotMatch } from "../../shared/bots";
import { uniformLevels } from "../../scripts/simulate-core";

function toDiplomacy(): MatchState {
  const state = createMatch({ scenarioId: "caspian-salvo", seed: "det" });
  const next = apply(state, "system", { type: "advance", turn: state.turn, phase: state.phase });
  if (!next.ok) throw new Error(JSON.stringify(next.error));
  return next.value.state;
}

describe("bot determinism", () => {
  it("gives the same commands for the same view", () => {
    const state = toDiplomacy();
    for (const power of CASPIAN_POWERS) {
      const view = viewForSeat(state, power);
      expect(botCommands(view, power, "normal")).toEqual(botCommands(structuredClone(view), power, "normal"));
    }
  });

  it("stamps every command with the view's turn and phase", () => {
    const state = toDiplomacy();
    for (const power of CASPIAN_POWERS) {
      for (const command of botCommands(viewForSeat(state, power), power, "hard")) {
        expect(command).toMatchObject({ turn: state.turn, phase: state.phase });
      }
    }
  });

  it("plays the same match from the same seed (same match hash), another from another seed", () => {
    const a = playBotMatch({ seed: "same", levels: uniformLevels("normal"), turns: 5 });
    const b = playBotMatch({ seed: "same", levels: uniformLevels("normal"), turns: 5 });
    const c = playBotMatch({ seed: "other", levels: uniformLevels("normal"), turns: 5 });
    expect(hashOf(a.state)).toBe(hashOf(b.state));
    expect(hashOf(a.state)).not.toBe(hashOf(c.state));
  });

  it("sends nothing once the match is over or while it resolves", () => {
    const ended = playBotMatch({ seed: "over", levels: uniformLevels("easy"), turns: 2 }).state;
    expect(ended.status).toBe("ended");
    for (const power of CASPIAN_POWERS) expect(botCommands(viewForSeat(ended, power), power, "hard")).toEqual([]);
  });
});

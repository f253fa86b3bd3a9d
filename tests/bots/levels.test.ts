/**
 * A harder bot plays better than an easier one: the same seeds, one power hard or easy (the others
 * normal), and the power's score compared match by match over 40 matches of 8 turns, every power in turn.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import type { PowerId } from "../../shared";
import { playBotMatch } from "../../shared/bots";
import type { BotLevel } from "../../shared/bots";
import { uniformLevels } from "../../scripts/simulate-core";

function scoreAs(seed: string, power: PowerId, level: BotLevel): number {
  const { state } = playBotMatch({ seed, levels: { ...uniformLevels("normal"), [power]: level }, turns: 8 });
  return state.ending?.scores[power] ?? 0;
}

describe("bot levels", () => {
  it("a hard bot outscores an easy one in the same seat more often than not", () => {
    let better = 0;
    let worse = 0;
    for (let i = 0; i < 20; i++) {
      const power = CASPIAN_POWERS[i % CASPIAN_POWERS.length]!;
      const hard = scoreAs(`levels-${i}`, power, "hard");
      const easy = scoreAs(`levels-${i}`, power, "easy");
      if (hard > easy) better++;
      if (hard < easy) worse++;
    }
    expect(better).toBeGreaterThan(worse);
    expect(better).toBeGreaterThanOrEqual(10);
    // 40 whole matches: about 10 s on an idle core, several times that on a shared machine.
  }, 180_000);
});

/** A bot's turn (one call) takes well under 50 ms. */
import { describe, expect, it } from "vitest";
import { botCommands, playBotMatch } from "../../shared/bots";
import { uniformLevels } from "../../scripts/simulate-core";

describe("bot speed", () => {
  it("decides in a few milliseconds (hard bots, a whole match)", () => {
    playBotMatch({ seed: "warm-up", levels: uniformLevels("hard"), turns: 2 });
    const times: number[] = [];
    playBotMatch({
      seed: "speed",
      levels: uniformLevels("hard"),
      bot: (view, power, level) => {
        const start = performance.now();
        const commands = botCommands(view, power, level);
        times.push(performance.now() - start);
        return commands;
      },
    });
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const p95 = times[Math.floor(times.length * 0.95)]!;
    expect(mean).toBeLessThan(10);
    expect(p95).toBeLessThan(50);
  });
});

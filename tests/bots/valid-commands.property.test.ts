/**
 * Bots never send an invalid command: whole bot-only matches, every seat at some level, played
 * through `apply`, and every command a bot sends is accepted.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commandSchema } from "../../shared";
import type { PowerId } from "../../shared";
import { BOT_LEVELS, botCommands, playBotMatch } from "../../shared/bots";
import type { BotLevel } from "../../shared/bots";
import { expectInvariants } from "../support/invariants";

const level = fc.constantFrom(...BOT_LEVELS);
const levels = fc.record(Object.fromEntries(CASPIAN_POWERS.map((p) => [p, level])) as Record<PowerId, fc.Arbitrary<BotLevel>>);

describe("bots", () => {
  it("send only commands that apply accepts, at every level, over whole matches", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), levels, fc.integer({ min: 3, max: 8 }), (seed, levels, turns) => {
        const shapes: unknown[] = [];
        const result = playBotMatch({
          seed,
          levels,
          turns,
          bot: (view, power, lvl) => {
            const commands = botCommands(view, power, lvl);
            shapes.push(...commands);
            return commands;
          },
        });
        expect(result.refused, JSON.stringify(result.refused[0])).toEqual([]);
        expect(result.state.status).toBe("ended");
        for (const command of shapes) expect(commandSchema.safeParse(command).success).toBe(true);
        expectInvariants(result.state);
      }),
      { numRuns: 10 },
    );
  });

  it("play every level at every seat without a refusal", () => {
    for (const lvl of BOT_LEVELS) {
      const result = playBotMatch({ seed: `all-${lvl}`, levels: Object.fromEntries(CASPIAN_POWERS.map((p) => [p, lvl])) as Record<PowerId, BotLevel> });
      expect(result.refused).toEqual([]);
      expect(result.sent).toBeGreaterThan(CASPIAN_POWERS.length * 3);
    }
  });
});

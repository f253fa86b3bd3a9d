/** The scenario's class-period presets: each leaves at least 5 minutes to join and 10 to debrief, and fits its period at the longest. */
import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../../shared";

describe("lesson presets", () => {
  for (const scenario of Object.values(SCENARIOS)) {
    it(`${scenario.id}: a 45-minute default and a 60-minute lesson, each fitting its period`, () => {
      expect(scenario.lessonPresets.map((p) => p.periodMinutes)).toEqual([45, 60]);
      for (const p of scenario.lessonPresets) {
        const t = p.timers;
        const play = (p.turns * (t.briefing + t.diplomacy + t.orders + t.report)) / 60;
        expect(p.joinMinutes).toBeGreaterThanOrEqual(5);
        expect(p.debriefMinutes).toBeGreaterThanOrEqual(10);
        expect(p.joinMinutes + play + p.debriefMinutes, p.id).toBeLessThanOrEqual(p.periodMinutes);
        // Long enough to negotiate and plan at all.
        expect(t.diplomacy).toBeGreaterThanOrEqual(120);
        expect(t.orders).toBeGreaterThanOrEqual(60);
      }
    });
  }
});

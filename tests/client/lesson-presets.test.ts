/** The scenario's class-period presets: each leaves at least 5 minutes to join and 10 to debrief, and fits its period at the longest. */
import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../../shared";
import { lessonTimeline } from "../../client/src/model/lesson-timeline";

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

describe("lesson timelines on the teacher's page", () => {
  const [p45, p60] = SCENARIOS["caspian-salvo"]!.lessonPresets;
  it("adds the practice turn's minutes and says when a period no longer fits, with the turns that would", () => {
    expect(lessonTimeline(p45!, 6, p45!.timers, false)).toEqual({ text: "5 min to join + 30 min of play + 10 min of debrief = 45 minutes", fits: true, turnsThatFit: 6 });
    expect(lessonTimeline(p45!, 6, p45!.timers, true)).toEqual({ text: "5 min to join + 5 min of practice + 30 min of play + 10 min of debrief = 50 minutes", fits: false, turnsThatFit: 5 });
    expect(lessonTimeline(p45!, 5, p45!.timers, true)).toMatchObject({ text: "5 min to join + 5 min of practice + 25 min of play + 10 min of debrief = 45 minutes", fits: true });
    expect(lessonTimeline(p60!, 6, p60!.timers, false)).toMatchObject({ text: "5 min to join + 45 min of play + 10 min of debrief = 60 minutes", fits: true });
    expect(lessonTimeline(p60!, 6, p60!.timers, true)).toEqual({ text: "5 min to join + 7½ min of practice + 45 min of play + 10 min of debrief = 67½ minutes", fits: false, turnsThatFit: 5 });
    expect(lessonTimeline(p60!, 5, p60!.timers, true)).toMatchObject({ text: "5 min to join + 7½ min of practice + 37½ min of play + 10 min of debrief = 60 minutes", fits: true });
  });
});

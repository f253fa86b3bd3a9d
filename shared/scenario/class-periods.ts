/**
 * How a scenario fits a class period and an online match, the same for every shipped scenario of
 * ten turns: the timers of a lesson and of an online match, and the class-period presets.
 */
import type { Scenario } from "./types";

export const CLASS_PERIODS: Pick<Scenario, "lessonTurns" | "timers" | "lessonPresets"> = {
  // 6 turns of at most 7.5 minutes (the lesson timers below) = 45 minutes of play at most,
  // less when every team is ready early: with joining and the debrief, one class period.
  lessonTurns: 6,
  timers: {
    lesson: { briefing: 30, diplomacy: 240, orders: 120, report: 60 },
    online: { briefing: 60, diplomacy: 600, orders: 300, report: 120 },
  },
  // 5 minutes to join + 6 turns of at most 5 (or 7½) minutes + 10 minutes of debrief.
  lessonPresets: [
    { id: "lesson45", label: "45-minute lesson", periodMinutes: 45, joinMinutes: 5, debriefMinutes: 10, turns: 6, timers: { briefing: 20, diplomacy: 150, orders: 90, report: 40 } },
    { id: "lesson60", label: "60-minute lesson", periodMinutes: 60, joinMinutes: 5, debriefMinutes: 10, turns: 6, timers: { briefing: 30, diplomacy: 240, orders: 120, report: 60 } },
  ],
};

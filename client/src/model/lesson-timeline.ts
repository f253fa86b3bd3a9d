/**
 * A lesson's timeline on the teacher's page: the longest its play can take with its timers (a
 * phase ends early when every team is ready), with or without a practice turn on the same timers.
 */
import type { LessonPreset } from "../../../shared/scenario/types";
import { ui } from "../lang/ui";

type Timers = { briefing: number; diplomacy: number; orders: number; report: number };

/** "2½ min", "45 min". */
export function minutes(seconds: number): string {
  const m = seconds / 60;
  return `${Number.isInteger(m) ? m : m.toFixed(1).replace(".5", "½")} min`;
}

/** Longest a match can take with these timers (phases end early when every team is ready). */
export function lessonMinutes(turns: number, timers: Timers): number {
  return Math.round((turns * turnSeconds(timers)) / 60);
}

export function turnSeconds(timers: Timers): number {
  return timers.briefing + timers.diplomacy + timers.orders + timers.report;
}

/**
 * A class-period preset's timeline with these turns (and a practice turn on the same timers):
 * "5 min to join + 5 min of practice + 30 min of play + 10 min of debrief = 50 minutes", whether
 * it fits the period, and if not the most turns that would. The words are the page's language's.
 */
export function lessonTimeline(p: LessonPreset, turns: number, timers: Timers, practice: boolean): { text: string; fits: boolean; turnsThatFit: number } {
  const turn = turnSeconds(timers) / 60;
  const practiceMin = practice ? turn : 0;
  const total = p.joinMinutes + practiceMin + turns * turn + p.debriefMinutes;
  const fits = total <= p.periodMinutes;
  const turnsThatFit = Math.max(0, Math.floor((p.periodMinutes - p.joinMinutes - p.debriefMinutes - practiceMin) / turn));
  const text = ui().classroom.setup.timeline(p.joinMinutes, practice ? minutes(practiceMin * 60) : null, minutes(turns * turn * 60), p.debriefMinutes, minutes(total * 60).replace(" min", ""));
  return { text, fits, turnsThatFit };
}


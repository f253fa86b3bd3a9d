/**
 * The practice turn a lesson may play before turn 1: one whole turn (briefing to report) on the
 * lesson's timers, from the scenario's start, in a state of its own marked `practice`. When it
 * ends the match starts over from `createMatch` with the same seed, so the real match is exactly
 * what it would have been without it. Its commands and chat are kept apart (the store's
 * `practice` row): never in the match's log, archive, exports or debrief.
 */
import { createMatch } from "../../shared";
import type { MatchState } from "../../shared";
import { seedRng } from "../../shared/rng";
import { replayLog } from "./replay-log";
import type { ChatMessage, LoggedCommand, MatchRecord } from "./types";

export interface PracticeRecord {
  /** The practice's accepted commands, numbered apart from the match's. */
  commands: LoggedCommand[];
  /** Its chat (numbered before the match's, each marked `practice`). */
  chat: ChatMessage[];
  /** When the real match began; null while the practice is played. */
  endedAt: number | null;
}

export const NEW_PRACTICE: PracticeRecord = { commands: [], chat: [], endedAt: null };

/** The match's first turn as it will begin, marked as practice, with dice of its own. */
export function practiceStart(record: MatchRecord): MatchState {
  const start = realStart(record);
  // Same start, same secret objectives; other draws, so the practice tells nobody how turn 1's strikes fall.
  return { ...start, rng: seedRng(`${record.seed}/practice`), practice: true };
}

/** The real match's start: what it is with or without a practice. */
export function realStart(record: MatchRecord): MatchState {
  return createMatch({ scenarioId: record.settings.scenarioId, seed: record.seed, turns: record.settings.turns });
}

/** The practice turn is over once the rules would leave it (the next turn, or the end). */
export function practiceOver(state: MatchState): boolean {
  return state.turn > 1 || state.status === "ended";
}

/** Replays a stored practice: its state, and the state as its current phase began. */
export function replayPractice(record: MatchRecord, practice: PracticeRecord): { state: MatchState; phaseStart: MatchState } {
  return replayLog(practiceStart(record), practice.commands, `match ${record.id}: the practice turn`);
}

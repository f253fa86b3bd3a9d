/** What a match is made of on the server, beyond the rules' state. */
import type { Actor, Phase, PowerId } from "../../shared";
import type { ScenarioFile } from "../../shared/scenario/file";
import type { Author, ReadyRule } from "../../shared/team-draft";

// The bots' levels are the rules' own (shared/bots).
import type { BotLevel } from "../../shared/bots";
export { BOT_LEVELS } from "../../shared/bots";
export type { BotLevel };

export const TIMER_PROFILES = ["lesson", "online", "custom"] as const;
export type TimerProfile = (typeof TIMER_PROFILES)[number];

/** Seconds per timed phase (resolution is instant). */
export interface PhaseSeconds {
  briefing: number;
  diplomacy: number;
  orders: number;
  report: number;
}

/** Chosen at creation; never changes. */
export interface MatchSettings {
  name: string;
  visibility: "public" | "private";
  scenarioId: string;
  turns: number;
  timerProfile: TimerProfile;
  timers: PhaseSeconds;
  /** Seats reserved for bots (closed to humans), with their level. */
  bots: Partial<Record<PowerId, BotLevel>>;
  /** Level of the bot that plays an open seat while no human holds it, or an absent player's seat. */
  botLevel: BotLevel;
  /** A facilitator key was issued; the match waits for the facilitator to start it. */
  facilitator: boolean;
  /** Several players may hold one seat (classroom teams). */
  teams: boolean;
  /** Most players one seat may hold with teams (TEAM_CAP when unset: matches stored before it existed). */
  teamCap?: number;
  /** How a team decides it is ready (the facilitator's choice; "any" when unset). */
  readyRule?: ReadyRule;
  /** Each team's captain (member id), for the "captain" rule. */
  captains?: Partial<Record<PowerId, string>>;
  /** No new students may join (those holding a seat come back as before). */
  locked?: boolean;
  /** Students wait to be assigned: only the facilitator gives out powers. */
  assignOnly?: boolean;
  /** The lesson plays a practice turn before turn 1 (./practice.ts). */
  practice?: boolean;
  /** A teacher's own scenario (shared/scenario/file.ts), checked at creation; `scenarioId` is its id. */
  scenarioFile?: ScenarioFile;
  /** Hashes of the device ids of students the facilitator removed (kept out until readmitted). */
  banned?: string[];
}

/** Default largest team per power; the facilitator can change it. */
export const TEAM_CAP = 8;

/** Everything needed to rebuild a match, with its command log. */
export interface MatchRecord {
  id: string;
  createdAt: number;
  seed: string;
  code: string;
  settings: MatchSettings;
  facilitatorKeyHash: string | null;
}

/** A seat holder, known by the hash of the seat key the server gave them. */
export interface Member {
  keyHash: string;
  power: PowerId;
  name: string;
}

/** An accepted command, as stored. */
export interface LoggedCommand {
  seq: number;
  actor: Actor;
  command: Record<string, unknown>;
  at: number;
  /** The student who sent it (null: a bot, the clock, the facilitator, or a command stored before students were recorded). */
  by?: CommandAuthor | null;
}

/** Who sent a command; for a team's orders, each member's part of the draft. */
export interface CommandAuthor extends Author {
  parts?: { id: string; name: string; edits: number }[];
}

export type { ChatMessage } from "../../shared/chat";

/** The phase clock as persisted, so a restarted server resumes it. */
export interface ClockRecord {
  turn: number;
  phase: Phase;
  /** Epoch ms at which the phase ends, when running. */
  deadline: number | null;
  /** Time left when paused. */
  remainingMs: number | null;
  facilitatorPaused: boolean;
}

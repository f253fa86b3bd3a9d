/** Rows of the match tables as both stores read them (the same columns in SQLite and PostgreSQL), and what they become. */
import type { Actor, PowerId } from "../../shared";
import { restoreScenario } from "../../shared/scenario/file";
import type { PracticeRecord } from "../match/practice";
import type { TeamRecord } from "../match/team-desk";
import type { ChatMessage, ClockRecord, CommandAuthor, LoggedCommand, MatchRecord, MatchSettings, Member } from "../match/types";
import type { FacilitatedMatchRow, MatchHeader, MatchStatus } from "./store";

export interface MatchRow {
  id: string;
  created_at: number;
  name: string;
  turns: number;
  seed: string;
  options: string;
  code: string;
  facilitator_key_hash: string | null;
  status: string;
  clock: string | null;
  finished_at: number | null;
}

/** The columns a header is read from (HEADER_COLUMNS). */
export interface HeaderRow {
  id: string;
  name: string;
  status: string;
  facilitator_key_hash: string | null;
  final_hash: string | null;
}

export const HEADER_COLUMNS = "id, name, status, facilitator_key_hash, final_hash";

export interface MemberRow {
  key_hash: string;
  power: string;
  name: string;
}

export interface CommandRow {
  seq: number;
  actor: string;
  command: string;
  at: number;
  by: string | null;
}

/** The columns commands are read from (`by` is a keyword in SQL, hence quoted). */
export const COMMAND_COLUMNS = `seq, actor, command, at, "by"`;

export interface TeamRow {
  power: string;
  team: string;
}

export interface ChatRow {
  seq: number;
  at: number;
  sender: string;
  name: string;
  recipients: string | null;
  text: string;
  turn: number;
  phase: string;
  by: string | null;
}

/** Stored settings, their teacher's scenario (if any) registered again, as after a restart. */
function withScenario(settings: MatchSettings): MatchSettings {
  if (settings.scenarioFile) restoreScenario(settings.scenarioFile);
  return settings;
}

export function statusOf(status: string): MatchStatus {
  return status === "ended" || status === "abandoned" ? status : "running";
}

export function clockOf(clock: string | null): ClockRecord | null {
  return clock ? (JSON.parse(clock) as ClockRecord) : null;
}

export function headerOf(row: HeaderRow): MatchHeader {
  return { id: row.id, name: row.name, status: statusOf(row.status), facilitatorKeyHash: row.facilitator_key_hash, finalHash: row.final_hash };
}

export function recordOf(row: MatchRow): MatchRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    seed: row.seed,
    code: row.code,
    settings: withScenario(JSON.parse(row.options) as MatchSettings),
    facilitatorKeyHash: row.facilitator_key_hash,
  };
}

/** A facilitator's match as listed; a row whose settings or clock cannot be parsed is listed with why, not dropped. */
export function facilitatedOf(row: MatchRow): FacilitatedMatchRow {
  const listed = { id: row.id, createdAt: row.created_at, name: row.name, turns: row.turns, status: statusOf(row.status), finishedAt: row.finished_at, code: row.code };
  try {
    return { ...listed, settings: withScenario(JSON.parse(row.options) as MatchSettings), clock: clockOf(row.clock), unreadable: null };
  } catch (error) {
    return { ...listed, settings: null, clock: null, unreadable: `its stored settings or clock cannot be read (${(error as Error).message})` };
  }
}

export function memberOf(row: MemberRow): Member {
  return { keyHash: row.key_hash, power: row.power as PowerId, name: row.name };
}

export function commandOf(row: CommandRow): LoggedCommand {
  return { seq: row.seq, actor: row.actor as Actor, command: JSON.parse(row.command) as Record<string, unknown>, at: row.at, by: row.by ? (JSON.parse(row.by) as CommandAuthor) : null };
}

/** The columns of a command, in the order both stores insert them. */
export function commandColumns(matchId: string, entry: LoggedCommand): unknown[] {
  return [matchId, entry.seq, entry.actor, JSON.stringify(entry.command), entry.at, entry.by ? JSON.stringify(entry.by) : null];
}

export function teamsOf(rows: readonly TeamRow[]): Partial<Record<PowerId, TeamRecord>> {
  return Object.fromEntries(rows.map((r) => [r.power, JSON.parse(r.team) as TeamRecord]));
}

export function chatOf(row: ChatRow): ChatMessage {
  return {
    seq: row.seq,
    at: row.at,
    from: row.sender as ChatMessage["from"],
    name: row.name,
    to: row.recipients ? (JSON.parse(row.recipients) as PowerId[]) : null,
    text: row.text,
    turn: row.turn,
    phase: row.phase as ChatMessage["phase"],
    by: row.by ?? null,
  };
}

/** The columns of a chat message, in the order both stores insert them. */
export function chatColumns(matchId: string, m: ChatMessage): unknown[] {
  return [matchId, m.seq, m.at, m.from, m.name, m.to ? JSON.stringify(m.to) : null, m.text, m.turn, m.phase, m.by ?? null];
}

export function practiceOf(row: { practice: string } | undefined): PracticeRecord | null {
  return row ? (JSON.parse(row.practice) as PracticeRecord) : null;
}

/**
 * What the server keeps of its matches: setup, seat holders, the append-only command log,
 * chat, the clock, the finished match's archive, and which process hosts each running match.
 * Two implementations: SQLite (one machine, the default) and PostgreSQL (DATABASE_URL, shared
 * by several processes).
 *
 * Writes return `Written`: nothing when the write is already committed (SQLite writes
 * synchronously, and throws if it cannot), or a promise that settles when it is committed
 * (PostgreSQL). A match's writes are committed in the order they were made.
 */
import type { PowerId } from "../../shared";
import type { PracticeRecord } from "../match/practice";
import type { TeamRecord } from "../match/team-desk";
import type { ChatMessage, ClockRecord, LoggedCommand, MatchRecord, MatchSettings, Member } from "../match/types";

export type Written = void | Promise<void>;

/** A team's desk, written in the same transaction as the command its readiness made. */
export interface TeamWrite {
  power: PowerId;
  team: TeamRecord;
}

export interface MatchStore {
  /** A new match, hosted by `owner` until its lease (epoch ms) runs out. */
  createMatch(record: MatchRecord, owner: string, leaseUntil: number): Written;
  addMember(matchId: string, member: Member, at: number): Written;
  /**
   * Appends a command to the log, only while `owner` still hosts the match: a process that lost
   * its lease cannot write (the write fails with StoreFenced). With `team`, that team's desk is
   * written in the same transaction: both or neither.
   */
  appendCommand(matchId: string, entry: LoggedCommand, owner: string, team?: TeamWrite): Written;
  appendChat(matchId: string, message: ChatMessage): Written;
  /** The facilitator moved a seat holder to another power. */
  moveMember(matchId: string, keyHash: string, power: PowerId): Written;
  /** The facilitator renamed a seat holder. */
  renameMember(matchId: string, keyHash: string, name: string): Written;
  /** The facilitator removed a seat holder (its key opens nothing any more). */
  removeMember(matchId: string, keyHash: string): Written;
  /** Settings the facilitator changed during the match (seats reserved for bots). */
  saveSettings(matchId: string, settings: MatchSettings): Written;
  saveClock(matchId: string, clock: ClockRecord): Written;
  /** A team's shared orders draft and who of it is ready (one row per power, replaced). */
  saveTeam(matchId: string, power: PowerId, team: TeamRecord): Written;
  /**
   * The practice turn before turn 1 (server/match/practice.ts): its log and chat, replaced whole,
   * only while `owner` hosts the match (StoreFenced otherwise).
   */
  savePractice(matchId: string, practice: PracticeRecord, owner: string): Written;
  /** The practice is over (`practice.endedAt` set): saved, and the teams' desks, the practice's, deleted in the same transaction. */
  endPractice(matchId: string, practice: PracticeRecord, owner: string): Written;
  /** Marks the match finished and stores its archive, in one transaction. */
  finish(matchId: string, finalHash: string, archive: unknown, at: number): Written;
  /** Closes a running match nobody played for too long: it is neither restored nor archived. */
  abandon(matchId: string, at: number): Written;

  get(matchId: string): Promise<StoredMatch | null>;
  /** What a match is and how it stands, without loading its log. */
  header(matchId: string): Promise<MatchHeader | null>;
  archive(matchId: string): Promise<unknown | null>;
  chat(matchId: string): Promise<ChatMessage[]>;
  /** Matches created with a facilitator key (by its hash), newest first. */
  byFacilitator(keyHash: string): Promise<FacilitatedMatchRow[]>;
  /** The running match with this join code (already normalised), if any. */
  matchIdByCode(code: string): Promise<string | null>;
  codeInUse(code: string): Promise<boolean>;
  idInUse(id: string): Promise<boolean>;

  /**
   * Takes every running match that `owner` already hosts, that nobody hosts, or whose host's
   * lease ran out before `now`; extends their lease to `leaseUntil`. Returns their ids.
   */
  claim(owner: string, now: number, leaseUntil: number): Promise<string[]>;
  /** Extends the lease of the running matches `owner` hosts; returns their ids. */
  renew(owner: string, leaseUntil: number): Promise<string[]>;
  /** Gives up hosting a match (a clean shutdown), so another process may take it at once. */
  release(owner: string, matchIds: string[]): Promise<void>;

  close(): Promise<void>;
}

/** A write refused because this process no longer hosts the match. */
export class StoreFenced extends Error {
  constructor(matchId: string, owner: string) {
    super(`match ${matchId} is no longer hosted by ${owner}`);
    this.name = "StoreFenced";
  }
}

/** Running, finished (with an archive), or closed unfinished because nobody played it. */
export type MatchStatus = "running" | "ended" | "abandoned";

export interface MatchHeader {
  id: string;
  name: string;
  status: MatchStatus;
  facilitatorKeyHash: string | null;
  /** Set once the match has ended. */
  finalHash: string | null;
}

export interface FacilitatedMatchRow {
  id: string;
  createdAt: number;
  name: string;
  turns: number;
  status: MatchStatus;
  finishedAt: number | null;
  code: string;
  /** Null when `unreadable`. */
  settings: MatchSettings | null;
  /** The last saved phase clock: where a running match stands, wherever it is hosted. */
  clock: ClockRecord | null;
  /** Why the row's settings or clock could not be parsed (the match is damaged), or null. */
  unreadable: string | null;
}

export interface StoredMatch {
  record: MatchRecord;
  status: MatchStatus;
  members: Member[];
  commands: LoggedCommand[];
  chat: ChatMessage[];
  clock: ClockRecord | null;
  teams: Partial<Record<PowerId, TeamRecord>>;
  /** The practice turn, if the match has one (played or being played). */
  practice: PracticeRecord | null;
}

/**
 * Persistence of matches: setup, seat holders, the append-only command log, chat, the clock
 * and the finished match's archive. Every write is synchronous and committed before the
 * server acknowledges anything.
 */
import type { Actor, PowerId } from "../../shared";
import type { ChatMessage, ClockRecord, LoggedCommand, MatchRecord, MatchSettings, Member } from "../match/types";
import type { Db } from "./db";

interface MatchRow {
  id: string;
  created_at: number;
  name: string;
  scenario_id: string;
  seed: string;
  turns: number;
  options: string;
  code: string;
  facilitator_key_hash: string | null;
  status: string;
  clock: string | null;
}

export class MatchStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insertMatch: db.prepare(
        `INSERT INTO matches (id, created_at, name, scenario_id, seed, turns, options, code, facilitator_key_hash, status)
         VALUES (@id, @createdAt, @name, @scenarioId, @seed, @turns, @options, @code, @facilitatorKeyHash, 'running')`,
      ),
      insertMember: db.prepare(`INSERT INTO members (match_id, key_hash, power, name, created_at) VALUES (?, ?, ?, ?, ?)`),
      insertCommand: db.prepare(`INSERT INTO commands (match_id, seq, actor, command, at) VALUES (?, ?, ?, ?, ?)`),
      insertChat: db.prepare(
        `INSERT INTO chat (match_id, seq, at, sender, name, recipients, text, turn, phase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      setClock: db.prepare(`UPDATE matches SET clock = ? WHERE id = ?`),
      finish: db.prepare(`UPDATE matches SET status = 'ended', finished_at = ?, final_hash = ? WHERE id = ?`),
      insertArchive: db.prepare(`INSERT OR REPLACE INTO archives (match_id, archive, created_at) VALUES (?, ?, ?)`),
      running: db.prepare(`SELECT * FROM matches WHERE status = 'running' ORDER BY created_at`),
      byId: db.prepare(`SELECT * FROM matches WHERE id = ?`),
      members: db.prepare(`SELECT key_hash, power, name FROM members WHERE match_id = ? ORDER BY created_at, rowid`),
      commands: db.prepare(`SELECT seq, actor, command, at FROM commands WHERE match_id = ? ORDER BY seq`),
      chat: db.prepare(`SELECT * FROM chat WHERE match_id = ? ORDER BY seq`),
      archive: db.prepare(`SELECT archive FROM archives WHERE match_id = ?`),
      codeInUse: db.prepare(`SELECT 1 FROM matches WHERE code = ? AND status = 'running' LIMIT 1`),
      idInUse: db.prepare(`SELECT 1 FROM matches WHERE id = ? LIMIT 1`),
      moveMember: db.prepare(`UPDATE members SET power = ? WHERE match_id = ? AND key_hash = ?`),
      removeMember: db.prepare(`DELETE FROM members WHERE match_id = ? AND key_hash = ?`),
      setOptions: db.prepare(`UPDATE matches SET options = ? WHERE id = ?`),
      byFacilitator: db.prepare(
        `SELECT id, created_at, name, turns, status, finished_at, code, options FROM matches WHERE facilitator_key_hash = ? ORDER BY created_at DESC LIMIT 200`,
      ),
    };
  }

  createMatch(record: MatchRecord): void {
    this.stmts.insertMatch.run({
      id: record.id,
      createdAt: record.createdAt,
      name: record.settings.name,
      scenarioId: record.settings.scenarioId,
      seed: record.seed,
      turns: record.settings.turns,
      options: JSON.stringify(record.settings),
      code: record.code,
      facilitatorKeyHash: record.facilitatorKeyHash,
    });
  }

  addMember(matchId: string, member: Member, at: number): void {
    this.stmts.insertMember.run(matchId, member.keyHash, member.power, member.name, at);
  }

  appendCommand(matchId: string, entry: LoggedCommand): void {
    this.stmts.insertCommand.run(matchId, entry.seq, entry.actor, JSON.stringify(entry.command), entry.at);
  }

  appendChat(matchId: string, m: ChatMessage): void {
    this.stmts.insertChat.run(matchId, m.seq, m.at, m.from, m.name, m.to ? JSON.stringify(m.to) : null, m.text, m.turn, m.phase);
  }

  /** The facilitator moved a seat holder to another power. */
  moveMember(matchId: string, keyHash: string, power: PowerId): void {
    this.stmts.moveMember.run(power, matchId, keyHash);
  }

  /** The facilitator removed a seat holder (its key opens nothing any more). */
  removeMember(matchId: string, keyHash: string): void {
    this.stmts.removeMember.run(matchId, keyHash);
  }

  /** Settings the facilitator changed during the match (seats reserved for bots). */
  saveSettings(matchId: string, settings: MatchSettings): void {
    this.stmts.setOptions.run(JSON.stringify(settings), matchId);
  }

  /** Matches created with a facilitator key (by its hash), newest first. */
  byFacilitator(keyHash: string): FacilitatedMatchRow[] {
    return (this.stmts.byFacilitator.all(keyHash) as { id: string; created_at: number; name: string; turns: number; status: string; finished_at: number | null; code: string; options: string }[]).map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      name: r.name,
      turns: r.turns,
      status: r.status === "ended" ? "ended" : "running",
      finishedAt: r.finished_at,
      code: r.code,
      settings: JSON.parse(r.options) as MatchSettings,
    }));
  }

  saveClock(matchId: string, clock: ClockRecord): void {
    this.stmts.setClock.run(JSON.stringify(clock), matchId);
  }

  /** Marks the match finished and stores its archive, in one transaction. */
  finish(matchId: string, finalHash: string, archive: unknown, at: number): void {
    this.db.transaction(() => {
      this.stmts.finish.run(at, finalHash, matchId);
      this.stmts.insertArchive.run(matchId, JSON.stringify(archive), at);
    })();
  }

  /** Every match not yet finished, with what it takes to replay it. */
  unfinished(): StoredMatch[] {
    return (this.stmts.running.all() as MatchRow[]).map((row) => this.load(row));
  }

  get(matchId: string): StoredMatch | null {
    const row = this.stmts.byId.get(matchId) as MatchRow | undefined;
    return row ? this.load(row) : null;
  }

  archive(matchId: string): unknown | null {
    const row = this.stmts.archive.get(matchId) as { archive: string } | undefined;
    return row ? (JSON.parse(row.archive) as unknown) : null;
  }

  chat(matchId: string): ChatMessage[] {
    return (this.stmts.chat.all(matchId) as Record<string, unknown>[]).map(chatFromRow);
  }

  codeInUse(code: string): boolean {
    return this.stmts.codeInUse.get(code) !== undefined;
  }

  idInUse(id: string): boolean {
    return this.stmts.idInUse.get(id) !== undefined;
  }

  private load(row: MatchRow): StoredMatch {
    const record: MatchRecord = {
      id: row.id,
      createdAt: row.created_at,
      seed: row.seed,
      code: row.code,
      settings: JSON.parse(row.options) as MatchSettings,
      facilitatorKeyHash: row.facilitator_key_hash,
    };
    const members = (this.stmts.members.all(row.id) as { key_hash: string; power: string; name: string }[]).map((m) => ({
      keyHash: m.key_hash,
      power: m.power as PowerId,
      name: m.name,
    }));
    const commands = (this.stmts.commands.all(row.id) as { seq: number; actor: string; command: string; at: number }[]).map((c) => ({
      seq: c.seq,
      actor: c.actor as Actor,
      command: JSON.parse(c.command) as Record<string, unknown>,
      at: c.at,
    }));
    return {
      record,
      status: row.status === "ended" ? "ended" : "running",
      members,
      commands,
      chat: this.chat(row.id),
      clock: row.clock ? (JSON.parse(row.clock) as ClockRecord) : null,
    };
  }
}

export interface FacilitatedMatchRow {
  id: string;
  createdAt: number;
  name: string;
  turns: number;
  status: "running" | "ended";
  finishedAt: number | null;
  code: string;
  settings: MatchSettings;
}

export interface StoredMatch {
  record: MatchRecord;
  status: "running" | "ended";
  members: Member[];
  commands: LoggedCommand[];
  chat: ChatMessage[];
  clock: ClockRecord | null;
}

function chatFromRow(r: Record<string, unknown>): ChatMessage {
  return {
    seq: r.seq as number,
    at: r.at as number,
    from: r.sender as ChatMessage["from"],
    name: r.name as string,
    to: r.recipients ? (JSON.parse(r.recipients as string) as PowerId[]) : null,
    text: r.text as string,
    turn: r.turn as number,
    phase: r.phase as ChatMessage["phase"],
  };
}

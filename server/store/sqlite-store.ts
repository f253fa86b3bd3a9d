/**
 * The match store in one SQLite file (server/store/db.ts), the default for one machine. Every
 * write is synchronous: committed (to the WAL) before the call returns, or it throws.
 */
import type { PowerId } from "../../shared";
import type { TeamRecord } from "../match/team-desk";
import type { ChatMessage, ClockRecord, LoggedCommand, MatchRecord, MatchSettings, Member } from "../match/types";
import type { Db } from "./db";
import { chatColumns, chatOf, clockOf, COMMAND_COLUMNS, commandColumns, commandOf, facilitatedOf, HEADER_COLUMNS, headerOf, memberOf, practiceOf, recordOf, statusOf, teamsOf } from "./rows";
import type { ChatRow, CommandRow, HeaderRow, MatchRow, MemberRow, TeamRow } from "./rows";
import { StoreFenced } from "./store";
import type { FacilitatedMatchRow, MatchHeader, MatchStore, StoredMatch, TeamWrite } from "./store";
import type { PracticeRecord } from "../match/practice";

export class SqliteMatchStore implements MatchStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insertMatch: db.prepare(
        `INSERT INTO matches (id, created_at, name, scenario_id, seed, turns, options, code, facilitator_key_hash, status, owner, lease_until)
         VALUES (@id, @createdAt, @name, @scenarioId, @seed, @turns, @options, @code, @facilitatorKeyHash, 'running', @owner, @leaseUntil)`,
      ),
      insertMember: db.prepare(`INSERT INTO members (match_id, key_hash, power, name, created_at) VALUES (?, ?, ?, ?, ?)`),
      insertCommand: db.prepare(
        `INSERT INTO commands (match_id, seq, actor, command, at, "by")
         SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM matches WHERE id = ? AND owner = ?)`,
      ),
      insertChat: db.prepare(
        `INSERT INTO chat (match_id, seq, at, sender, name, recipients, text, turn, phase, "by") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      saveTeam: db.prepare(`INSERT OR REPLACE INTO teams (match_id, power, team) VALUES (?, ?, ?)`),
      teams: db.prepare(`SELECT power, team FROM teams WHERE match_id = ?`),
      deleteTeams: db.prepare(`DELETE FROM teams WHERE match_id = ?`),
      savePractice: db.prepare(
        `INSERT OR REPLACE INTO practice (match_id, practice) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM matches WHERE id = ? AND owner = ?)`,
      ),
      practice: db.prepare(`SELECT practice FROM practice WHERE match_id = ?`),
      setClock: db.prepare(`UPDATE matches SET clock = ? WHERE id = ?`),
      finish: db.prepare(`UPDATE matches SET status = 'ended', finished_at = ?, final_hash = ? WHERE id = ?`),
      abandon: db.prepare(`UPDATE matches SET status = 'abandoned', finished_at = ? WHERE id = ? AND status = 'running'`),
      insertArchive: db.prepare(`INSERT OR REPLACE INTO archives (match_id, archive, created_at) VALUES (?, ?, ?)`),
      byId: db.prepare(`SELECT * FROM matches WHERE id = ?`),
      header: db.prepare(`SELECT ${HEADER_COLUMNS} FROM matches WHERE id = ?`),
      members: db.prepare(`SELECT key_hash, power, name FROM members WHERE match_id = ? ORDER BY created_at, rowid`),
      commands: db.prepare(`SELECT ${COMMAND_COLUMNS} FROM commands WHERE match_id = ? ORDER BY seq`),
      chat: db.prepare(`SELECT * FROM chat WHERE match_id = ? ORDER BY seq`),
      archive: db.prepare(`SELECT archive FROM archives WHERE match_id = ?`),
      byCode: db.prepare(`SELECT id FROM matches WHERE code = ? AND status = 'running' ORDER BY created_at DESC LIMIT 1`),
      idInUse: db.prepare(`SELECT 1 FROM matches WHERE id = ? LIMIT 1`),
      moveMember: db.prepare(`UPDATE members SET power = ? WHERE match_id = ? AND key_hash = ?`),
      renameMember: db.prepare(`UPDATE members SET name = ? WHERE match_id = ? AND key_hash = ?`),
      removeMember: db.prepare(`DELETE FROM members WHERE match_id = ? AND key_hash = ?`),
      setOptions: db.prepare(`UPDATE matches SET options = ? WHERE id = ?`),
      byFacilitator: db.prepare(
        `SELECT id, created_at, name, turns, status, finished_at, code, options, clock FROM matches WHERE facilitator_key_hash = ? ORDER BY created_at DESC LIMIT 200`,
      ),
      claim: db.prepare(
        `UPDATE matches SET owner = @owner, lease_until = @leaseUntil
         WHERE status = 'running' AND (owner IS NULL OR owner = @owner OR lease_until < @now) RETURNING id`,
      ),
      renew: db.prepare(`UPDATE matches SET lease_until = ? WHERE owner = ? AND status = 'running' RETURNING id`),
      release: db.prepare(`UPDATE matches SET owner = NULL, lease_until = 0 WHERE id = ? AND owner = ?`),
    };
  }

  createMatch(record: MatchRecord, owner: string, leaseUntil: number): void {
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
      owner,
      leaseUntil,
    });
  }

  addMember(matchId: string, member: Member, at: number): void {
    this.stmts.insertMember.run(matchId, member.keyHash, member.power, member.name, at);
  }

  appendCommand(matchId: string, entry: LoggedCommand, owner: string, team?: TeamWrite): void {
    const append = () => {
      const done = this.stmts.insertCommand.run(...commandColumns(matchId, entry), matchId, owner);
      if (done.changes === 0) throw new StoreFenced(matchId, owner);
    };
    if (!team) return append();
    this.db.transaction(() => {
      append();
      this.saveTeam(matchId, team.power, team.team);
    })();
  }

  savePractice(matchId: string, practice: PracticeRecord, owner: string): void {
    const done = this.stmts.savePractice.run(matchId, JSON.stringify(practice), matchId, owner);
    if (done.changes === 0) throw new StoreFenced(matchId, owner);
  }

  endPractice(matchId: string, practice: PracticeRecord, owner: string): void {
    this.db.transaction(() => {
      this.savePractice(matchId, practice, owner);
      this.stmts.deleteTeams.run(matchId);
    })();
  }

  appendChat(matchId: string, m: ChatMessage): void {
    this.stmts.insertChat.run(...chatColumns(matchId, m));
  }

  moveMember(matchId: string, keyHash: string, power: PowerId): void {
    this.stmts.moveMember.run(power, matchId, keyHash);
  }

  renameMember(matchId: string, keyHash: string, name: string): void {
    this.stmts.renameMember.run(name, matchId, keyHash);
  }

  removeMember(matchId: string, keyHash: string): void {
    this.stmts.removeMember.run(matchId, keyHash);
  }

  saveSettings(matchId: string, settings: MatchSettings): void {
    this.stmts.setOptions.run(JSON.stringify(settings), matchId);
  }

  saveClock(matchId: string, clock: ClockRecord): void {
    this.stmts.setClock.run(JSON.stringify(clock), matchId);
  }

  saveTeam(matchId: string, power: PowerId, team: TeamRecord): void {
    this.stmts.saveTeam.run(matchId, power, JSON.stringify(team));
  }

  finish(matchId: string, finalHash: string, archive: unknown, at: number): void {
    this.db.transaction(() => {
      this.stmts.finish.run(at, finalHash, matchId);
      this.stmts.insertArchive.run(matchId, JSON.stringify(archive), at);
    })();
  }

  abandon(matchId: string, at: number): void {
    this.stmts.abandon.run(at, matchId);
  }

  async byFacilitator(keyHash: string): Promise<FacilitatedMatchRow[]> {
    return (this.stmts.byFacilitator.all(keyHash) as MatchRow[]).map(facilitatedOf);
  }

  async get(matchId: string): Promise<StoredMatch | null> {
    const row = this.stmts.byId.get(matchId) as MatchRow | undefined;
    return row ? this.load(row) : null;
  }

  async header(matchId: string): Promise<MatchHeader | null> {
    const row = this.stmts.header.get(matchId) as HeaderRow | undefined;
    return row ? headerOf(row) : null;
  }

  async archive(matchId: string): Promise<unknown | null> {
    const row = this.stmts.archive.get(matchId) as { archive: string } | undefined;
    return row ? (JSON.parse(row.archive) as unknown) : null;
  }

  async chat(matchId: string): Promise<ChatMessage[]> {
    return this.chatOf(matchId);
  }

  async matchIdByCode(code: string): Promise<string | null> {
    return (this.stmts.byCode.get(code) as { id: string } | undefined)?.id ?? null;
  }

  async codeInUse(code: string): Promise<boolean> {
    return this.stmts.byCode.get(code) !== undefined;
  }

  async idInUse(id: string): Promise<boolean> {
    return this.stmts.idInUse.get(id) !== undefined;
  }

  async claim(owner: string, now: number, leaseUntil: number): Promise<string[]> {
    return (this.stmts.claim.all({ owner, now, leaseUntil }) as { id: string }[]).map((r) => r.id);
  }

  async renew(owner: string, leaseUntil: number): Promise<string[]> {
    return (this.stmts.renew.all(leaseUntil, owner) as { id: string }[]).map((r) => r.id);
  }

  async release(owner: string, matchIds: string[]): Promise<void> {
    this.db.transaction(() => {
      for (const id of matchIds) this.stmts.release.run(id, owner);
    })();
  }

  async close(): Promise<void> {
    // The database is closed by whoever opened it (server/app.ts, after its checkpointer).
  }

  private chatOf(matchId: string): ChatMessage[] {
    return (this.stmts.chat.all(matchId) as ChatRow[]).map(chatOf);
  }

  private load(row: MatchRow): StoredMatch {
    return {
      record: recordOf(row),
      status: statusOf(row.status),
      members: (this.stmts.members.all(row.id) as MemberRow[]).map(memberOf),
      commands: (this.stmts.commands.all(row.id) as CommandRow[]).map(commandOf),
      chat: this.chatOf(row.id),
      clock: clockOf(row.clock),
      teams: teamsOf(this.stmts.teams.all(row.id) as TeamRow[]),
      practice: practiceOf(this.stmts.practice.get(row.id) as { practice: string } | undefined),
    };
  }
}

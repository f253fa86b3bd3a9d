/**
 * MatchStore on PostgreSQL, shared by several server processes. Each process hosts the running
 * matches it holds a lease on (owner, lease_until); only the host may append to a match's log.
 *
 * Writes are queued per match, so a match's writes commit in the order they were made while
 * different matches write in parallel over the pool. Reads wait for the writes this store made
 * before them (of their match, or of all matches for reads across matches), so a caller reads
 * its own writes as it would from SQLite.
 */
import pg from "pg";
import type { Pool, PoolClient } from "pg";
import type { PowerId } from "../../shared";
import type { TeamRecord } from "../match/team-desk";
import type { ChatMessage, ClockRecord, LoggedCommand, MatchRecord, MatchSettings, Member } from "../match/types";
import { ensureSchema, transaction } from "./pg-schema";
import { chatColumns, chatOf, clockOf, COMMAND_COLUMNS, commandColumns, commandOf, facilitatedOf, HEADER_COLUMNS, headerOf, memberOf, practiceOf, recordOf, statusOf, teamsOf } from "./rows";
import type { ChatRow, CommandRow, HeaderRow, MatchRow, MemberRow, TeamRow } from "./rows";
import { StoreFenced } from "./store";
import type { FacilitatedMatchRow, MatchHeader, MatchStore, StoredMatch, TeamWrite } from "./store";
import type { PracticeRecord } from "../match/practice";

const INT8 = 20;
/** BIGINT (epoch ms) as numbers, for this pool only: pg reads them as strings by default. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The pool or one of its connections inside a transaction. */
type Queryable = Pool | PoolClient;

function upsertTeam(db: Queryable, matchId: string, power: PowerId, team: TeamRecord): Promise<unknown> {
  return db.query(`INSERT INTO teams (match_id, power, team) VALUES ($1, $2, $3) ON CONFLICT (match_id, power) DO UPDATE SET team = EXCLUDED.team`, [
    matchId,
    power,
    JSON.stringify(team),
  ]);
}

async function upsertPractice(db: Queryable, matchId: string, practice: PracticeRecord, owner: string): Promise<void> {
  const result = await db.query(
    `INSERT INTO practice (match_id, practice) SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM matches WHERE id = $1 AND owner = $3)
     ON CONFLICT (match_id) DO UPDATE SET practice = EXCLUDED.practice`,
    [matchId, JSON.stringify(practice), owner],
  );
  if (result.rowCount === 0) throw new StoreFenced(matchId, owner);
}

export interface PgStoreOptions {
  poolSize?: number;
}

export class PgMatchStore implements MatchStore {
  /** The last queued write of each match with writes in flight; never rejects. */
  private readonly tails = new Map<string, Promise<void>>();
  private closed = false;

  private constructor(private readonly pool: Pool) {}

  static async open(url: string, options: PgStoreOptions = {}): Promise<PgMatchStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
    try {
      await ensureSchema(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgMatchStore(pool);
  }

  createMatch(record: MatchRecord, owner: string, leaseUntil: number): Promise<void> {
    const s = record.settings;
    return this.write(record.id, () =>
      this.pool.query(
        `INSERT INTO matches (id, created_at, name, scenario_id, seed, turns, options, code, facilitator_key_hash, status, owner, lease_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'running', $10, $11)`,
        [record.id, record.createdAt, s.name, s.scenarioId, record.seed, s.turns, JSON.stringify(s), record.code, record.facilitatorKeyHash, owner, leaseUntil],
      ),
    );
  }

  addMember(matchId: string, member: Member, at: number): Promise<void> {
    return this.write(matchId, () =>
      this.pool.query(`INSERT INTO members (match_id, key_hash, power, name, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        matchId,
        member.keyHash,
        member.power,
        member.name,
        at,
      ]),
    );
  }

  appendCommand(matchId: string, entry: LoggedCommand, owner: string, team?: TeamWrite): Promise<void> {
    const append = async (db: Queryable) => {
      const result = await db.query(
        `INSERT INTO commands (match_id, seq, actor, command, at, "by")
         SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM matches WHERE id = $1 AND owner = $7)`,
        [...commandColumns(matchId, entry), owner],
      );
      if (result.rowCount === 0) throw new StoreFenced(matchId, owner);
    };
    if (!team) return this.write(matchId, () => append(this.pool));
    return this.write(matchId, () =>
      transaction(this.pool, async (db) => {
        await append(db);
        await upsertTeam(db, matchId, team.power, team.team);
      }),
    );
  }

  savePractice(matchId: string, practice: PracticeRecord, owner: string): Promise<void> {
    return this.write(matchId, () => upsertPractice(this.pool, matchId, practice, owner));
  }

  endPractice(matchId: string, practice: PracticeRecord, owner: string): Promise<void> {
    return this.write(matchId, () =>
      transaction(this.pool, async (db) => {
        await upsertPractice(db, matchId, practice, owner);
        await db.query(`DELETE FROM teams WHERE match_id = $1`, [matchId]);
      }),
    );
  }

  appendChat(matchId: string, m: ChatMessage): Promise<void> {
    return this.write(matchId, () =>
      this.pool.query(
        `INSERT INTO chat (match_id, seq, at, sender, name, recipients, text, turn, phase, "by") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        chatColumns(matchId, m),
      ),
    );
  }

  moveMember(matchId: string, keyHash: string, power: PowerId): Promise<void> {
    return this.write(matchId, () =>
      this.pool.query(`UPDATE members SET power = $1 WHERE match_id = $2 AND key_hash = $3`, [power, matchId, keyHash]),
    );
  }

  renameMember(matchId: string, keyHash: string, name: string): Promise<void> {
    return this.write(matchId, () => this.pool.query(`UPDATE members SET name = $1 WHERE match_id = $2 AND key_hash = $3`, [name, matchId, keyHash]));
  }

  removeMember(matchId: string, keyHash: string): Promise<void> {
    return this.write(matchId, () => this.pool.query(`DELETE FROM members WHERE match_id = $1 AND key_hash = $2`, [matchId, keyHash]));
  }

  saveSettings(matchId: string, settings: MatchSettings): Promise<void> {
    return this.write(matchId, () => this.pool.query(`UPDATE matches SET options = $1 WHERE id = $2`, [JSON.stringify(settings), matchId]));
  }

  saveClock(matchId: string, clock: ClockRecord): Promise<void> {
    return this.write(matchId, () => this.pool.query(`UPDATE matches SET clock = $1 WHERE id = $2`, [JSON.stringify(clock), matchId]));
  }

  saveTeam(matchId: string, power: PowerId, team: TeamRecord): Promise<void> {
    return this.write(matchId, () => upsertTeam(this.pool, matchId, power, team));
  }

  finish(matchId: string, finalHash: string, archive: unknown, at: number): Promise<void> {
    return this.write(matchId, () =>
      transaction(this.pool, async (db) => {
        await db.query(`UPDATE matches SET status = 'ended', finished_at = $1, final_hash = $2 WHERE id = $3`, [at, finalHash, matchId]);
        await db.query(
          `INSERT INTO archives (match_id, archive, created_at) VALUES ($1, $2, $3)
           ON CONFLICT (match_id) DO UPDATE SET archive = EXCLUDED.archive, created_at = EXCLUDED.created_at`,
          [matchId, JSON.stringify(archive), at],
        );
      }),
    );
  }

  abandon(matchId: string, at: number): Promise<void> {
    return this.write(matchId, () =>
      this.pool.query(`UPDATE matches SET status = 'abandoned', finished_at = $1 WHERE id = $2 AND status = 'running'`, [at, matchId]),
    );
  }

  async get(matchId: string): Promise<StoredMatch | null> {
    await this.settled(matchId);
    const { rows } = await this.pool.query<MatchRow>(`SELECT * FROM matches WHERE id = $1`, [matchId]);
    const row = rows[0];
    if (!row) return null;
    const [members, commands, chat, teams, practice] = await Promise.all([
      this.pool.query<MemberRow>(`SELECT key_hash, power, name FROM members WHERE match_id = $1 ORDER BY created_at, id`, [matchId]),
      this.pool.query<CommandRow>(`SELECT ${COMMAND_COLUMNS} FROM commands WHERE match_id = $1 ORDER BY seq`, [matchId]),
      this.readChat(matchId),
      this.pool.query<TeamRow>(`SELECT power, team FROM teams WHERE match_id = $1`, [matchId]),
      this.pool.query<{ practice: string }>(`SELECT practice FROM practice WHERE match_id = $1`, [matchId]),
    ]);
    return {
      record: recordOf(row),
      status: statusOf(row.status),
      members: members.rows.map(memberOf),
      commands: commands.rows.map(commandOf),
      chat,
      clock: clockOf(row.clock),
      teams: teamsOf(teams.rows),
      practice: practiceOf(practice.rows[0]),
    };
  }

  async header(matchId: string): Promise<MatchHeader | null> {
    await this.settled(matchId);
    const { rows } = await this.pool.query<HeaderRow>(`SELECT ${HEADER_COLUMNS} FROM matches WHERE id = $1`, [matchId]);
    return rows[0] ? headerOf(rows[0]) : null;
  }

  async archive(matchId: string): Promise<unknown | null> {
    await this.settled(matchId);
    const { rows } = await this.pool.query<{ archive: string }>(`SELECT archive FROM archives WHERE match_id = $1`, [matchId]);
    return rows[0] ? (JSON.parse(rows[0].archive) as unknown) : null;
  }

  async chat(matchId: string): Promise<ChatMessage[]> {
    await this.settled(matchId);
    return this.readChat(matchId);
  }

  async byFacilitator(keyHash: string): Promise<FacilitatedMatchRow[]> {
    await this.settled();
    const { rows } = await this.pool.query<MatchRow>(
      `SELECT id, created_at, name, turns, status, finished_at, code, options, clock
       FROM matches WHERE facilitator_key_hash = $1 ORDER BY created_at DESC LIMIT 200`,
      [keyHash],
    );
    return rows.map(facilitatedOf);
  }

  async matchIdByCode(code: string): Promise<string | null> {
    await this.settled();
    const { rows } = await this.pool.query<{ id: string }>(`SELECT id FROM matches WHERE code = $1 AND status = 'running' LIMIT 1`, [code]);
    return rows[0]?.id ?? null;
  }

  async codeInUse(code: string): Promise<boolean> {
    return (await this.matchIdByCode(code)) !== null;
  }

  async idInUse(id: string): Promise<boolean> {
    await this.settled();
    const { rowCount } = await this.pool.query(`SELECT 1 FROM matches WHERE id = $1`, [id]);
    return (rowCount ?? 0) > 0;
  }

  async claim(owner: string, now: number, leaseUntil: number): Promise<string[]> {
    await this.settled();
    return this.lease(owner, leaseUntil, `status = 'running' AND (owner IS NULL OR owner = $1 OR lease_until < $3)`, [now]);
  }

  async renew(owner: string, leaseUntil: number): Promise<string[]> {
    await this.settled();
    return this.lease(owner, leaseUntil, `status = 'running' AND owner = $1`, []);
  }

  async release(owner: string, matchIds: string[]): Promise<void> {
    if (matchIds.length === 0) return;
    await this.settled();
    await this.pool.query(`UPDATE matches SET owner = NULL, lease_until = 0 WHERE owner = $1 AND id = ANY($2::text[])`, [owner, matchIds]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.settled();
    await this.pool.end();
  }

  /**
   * Sets owner ($1) and lease ($2) on the rows matching `where`. The rows are locked in id order
   * so that concurrent claims and renewals cannot deadlock; a claim that waits on a row another
   * process just took re-checks `where` against the new row and skips it.
   */
  private async lease(owner: string, leaseUntil: number, where: string, params: unknown[]): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH taken AS (SELECT id FROM matches WHERE ${where} ORDER BY id FOR UPDATE)
       UPDATE matches SET owner = $1, lease_until = $2 FROM taken WHERE matches.id = taken.id RETURNING matches.id`,
      [owner, leaseUntil, ...params],
    );
    return rows.map((r) => r.id).sort();
  }

  private async readChat(matchId: string): Promise<ChatMessage[]> {
    const { rows } = await this.pool.query<ChatRow>(`SELECT seq, at, sender, name, recipients, text, turn, phase, "by" FROM chat WHERE match_id = $1 ORDER BY seq`, [matchId]);
    return rows.map(chatOf);
  }

  /** Queues `work` after the match's earlier writes; the returned promise settles when it is committed. */
  private write(matchId: string, work: () => Promise<unknown>): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the match store is closed"));
    const previous = this.tails.get(matchId) ?? Promise.resolve();
    const done = previous.then(work).then(() => undefined);
    const tail = done.catch(() => undefined);
    this.tails.set(matchId, tail);
    void tail.then(() => {
      if (this.tails.get(matchId) === tail) this.tails.delete(matchId);
    });
    return done;
  }

  /** Waits for the writes already queued, of one match or of all. */
  private async settled(matchId?: string): Promise<void> {
    if (matchId !== undefined) await this.tails.get(matchId);
    else await Promise.all(this.tails.values());
  }
}

/**
 * The PostgreSQL tables: those of the SQLite file (db.ts), plus which process hosts each
 * running match (owner, lease_until). Epoch ms are BIGINT; JSON is kept as TEXT, as in SQLite,
 * so it reads back exactly as written.
 */
import type { Pool, PoolClient } from "pg";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  name TEXT NOT NULL,
  scenario_id TEXT NOT NULL,
  seed TEXT NOT NULL,
  turns INTEGER NOT NULL,
  options TEXT NOT NULL,
  code TEXT NOT NULL,
  facilitator_key_hash TEXT,
  status TEXT NOT NULL,
  clock TEXT,
  finished_at BIGINT,
  final_hash TEXT,
  owner TEXT,
  lease_until BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS matches_status ON matches(status);
CREATE INDEX IF NOT EXISTS matches_facilitator ON matches(facilitator_key_hash);
CREATE INDEX IF NOT EXISTS matches_code ON matches(code);
CREATE INDEX IF NOT EXISTS matches_owner ON matches(owner);
CREATE TABLE IF NOT EXISTS members (
  id BIGSERIAL,
  match_id TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  power TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (match_id, key_hash)
);
CREATE TABLE IF NOT EXISTS commands (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  actor TEXT NOT NULL,
  command TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (match_id, seq)
);
CREATE TABLE IF NOT EXISTS chat (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  sender TEXT NOT NULL,
  name TEXT NOT NULL,
  recipients TEXT,
  text TEXT NOT NULL,
  turn INTEGER NOT NULL,
  phase TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
);
ALTER TABLE commands ADD COLUMN IF NOT EXISTS "by" TEXT;
ALTER TABLE chat ADD COLUMN IF NOT EXISTS "by" TEXT;
CREATE TABLE IF NOT EXISTS teams (
  match_id TEXT NOT NULL,
  power TEXT NOT NULL,
  team TEXT NOT NULL,
  PRIMARY KEY (match_id, power)
);
CREATE TABLE IF NOT EXISTS practice (
  match_id TEXT PRIMARY KEY,
  practice TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS archives (
  match_id TEXT PRIMARY KEY,
  archive TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
`;

/** Any fixed number, the same in every process: names the lock that serialises schema creation. */
const SCHEMA_LOCK = 0x0f11_6147;

/**
 * Creates the tables if missing. Concurrent CREATE TABLE IF NOT EXISTS can still collide in the
 * catalog (duplicate key in pg_type) when several processes start at once, hence the lock.
 */
export function ensureSchema(pool: Pool): Promise<void> {
  return transaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK]);
    await client.query(SCHEMA);
  });
}

/** Runs `work` in one transaction on a pooled connection; rolls back if it throws. */
export async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    const broken = await client.query("ROLLBACK").then(() => false, () => true);
    // A connection that cannot even roll back is discarded rather than reused.
    client.release(broken);
    throw error;
  }
}

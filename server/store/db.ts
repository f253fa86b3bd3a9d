/** The SQLite file under DATA_DIR: opened once per server, schema created on first use. */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  scenario_id TEXT NOT NULL,
  seed TEXT NOT NULL,
  turns INTEGER NOT NULL,
  options TEXT NOT NULL,
  code TEXT NOT NULL,
  facilitator_key_hash TEXT,
  status TEXT NOT NULL,
  clock TEXT,
  finished_at INTEGER,
  final_hash TEXT,
  owner TEXT,
  lease_until INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS matches_status ON matches(status);
CREATE INDEX IF NOT EXISTS matches_code ON matches(code);
CREATE INDEX IF NOT EXISTS matches_facilitator ON matches(facilitator_key_hash);
CREATE TABLE IF NOT EXISTS members (
  match_id TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  power TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (match_id, key_hash)
);
CREATE TABLE IF NOT EXISTS commands (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  actor TEXT NOT NULL,
  command TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (match_id, seq)
);
CREATE TABLE IF NOT EXISTS chat (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  sender TEXT NOT NULL,
  name TEXT NOT NULL,
  recipients TEXT,
  text TEXT NOT NULL,
  turn INTEGER NOT NULL,
  phase TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
);
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
  created_at INTEGER NOT NULL
);
`;

/**
 * Opens (or creates) the database file, in WAL mode. A committed write survives kill -9 either
 * way; with `sync: "full"` it also survives power loss, at the cost of an fsync per write.
 */
export function openDb(dataDir: string, sync: "normal" | "full" = "normal", file = "overflight.sqlite"): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, file));
  db.pragma("journal_mode = WAL");
  db.pragma(sync === "full" ? "synchronous = FULL" : "synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);
  addHostingColumns(db);
  addAuthorColumns(db);
  return db;
}

/** Files written before matches had a hosting process get its columns (nobody hosts their matches yet). */
function addHostingColumns(db: Db): void {
  const columns = new Set((db.prepare(`PRAGMA table_info(matches)`).all() as { name: string }[]).map((c) => c.name));
  if (!columns.has("owner")) db.exec(`ALTER TABLE matches ADD COLUMN owner TEXT`);
  if (!columns.has("lease_until")) db.exec(`ALTER TABLE matches ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0`);
}

/** Files written before commands and chat named their student get the column (old rows: null). */
function addAuthorColumns(db: Db): void {
  for (const table of ["commands", "chat"]) {
    const columns = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
    if (!columns.has("by")) db.exec(`ALTER TABLE ${table} ADD COLUMN "by" TEXT`);
  }
}

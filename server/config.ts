/** Server settings, from the environment or from a test. */
import { resolve } from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** The built client, served if present. */
  distDir: string;
  /** Seconds a seat's holders may be away before a bot plays it. */
  absentGraceSeconds: number;
  /** Seconds a dropped client may take to reconnect to the same session. */
  reconnectSeconds: number;
  /** A restored phase clock gets at least this many seconds. */
  restoreGraceSeconds: number;
  /** Chat: messages allowed at once, then one per interval. */
  chatBurst: number;
  chatIntervalMs: number;
  /** Rules commands per seat: this many at once, then one per interval (a person never needs more). */
  commandBurst: number;
  commandIntervalMs: number;
  /** Above this many messages a second, a client is disconnected (flood protection). */
  maxMessagesPerSecond: number;
  /** Failed guesses per address (unknown join codes, wrong seat or facilitator keys): this many, then one per interval. */
  guessBurst: number;
  guessIntervalMs: number;
  /** New matches per address: this many at once, then one per interval (0: no limit). */
  createBurst: number;
  createIntervalMs: number;
  /** Largest body of a matchmaking request (create and join options), bytes. */
  maxJoinBodyBytes: number;
  /** Take the client's address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /**
   * SQLite durability. "normal" (WAL, synchronous=NORMAL): every command is written to the WAL
   * before it is applied, so a crashed or killed process loses nothing; a power loss or OS
   * crash may lose the last moments. "full": an fsync per write (survives power loss), but each
   * write blocks the event loop for the disk's sync time (0.25 ms here, far more on a busy disk).
   */
  dbSync: "normal" | "full";
  /** Print warnings (bot refusals, storage errors). */
  verbose: boolean;
  /** PostgreSQL instead of the SQLite file: match logs and archives shared by several processes. */
  databaseUrl: string | null;
  /** Redis for Colyseus's presence and room listing: several processes serve the same matches. */
  redisUrl: string | null;
  /** How clients reach this process directly (host:port, or host/path behind a proxy); needed with Redis. */
  publicAddress: string | null;
  /** A secret for the operator's tools: with it (Authorization: Bearer), /api/matches/:id gives the live hash. */
  operatorToken: string | null;
  /** A process hosts its matches under a lease it renews; if it dies, another takes them this long after. */
  leaseSeconds: number;
  /** A match without a facilitator that nobody has joined for this long is closed for good. */
  abandonSeconds: number;
  /**
   * Other origins of this deployment (e.g. the page on one host, the server on another): pages
   * from them may call this server (CORS), and a page served here may talk to them (`?server=`).
   * Empty: a page talks only to the origin that served it, and no other origin may call in.
   */
  allowedOrigins: string[];
  /** The facilitator's archive (GET /api/archive): requests per address, this many at once, then one per interval. */
  archiveBurst: number;
  archiveIntervalMs: number;
  /** Open connections (HTTP and WebSocket) per address; beyond it a new one is refused (0: no cap). */
  maxConnectionsPerAddress: number;
  /** A connection that has not sent a whole request's headers after this long is closed (ms). */
  headersTimeoutMs: number;
  /** An HTTP connection with nothing happening on it for this long is closed (ms; a WebSocket is kept alive by its pings). */
  idleTimeoutMs: number;
  /** Connected spectators per match (students waiting for a seat count as spectators). */
  maxSpectatorsPerMatch: number;
}

export const DEFAULT_CONFIG: ServerConfig = {
  port: 2567,
  host: "127.0.0.1",
  dataDir: "./data",
  distDir: "./dist",
  absentGraceSeconds: 60,
  reconnectSeconds: 60,
  restoreGraceSeconds: 30,
  chatBurst: 5,
  chatIntervalMs: 2000,
  commandBurst: 30,
  commandIntervalMs: 200,
  maxMessagesPerSecond: 40,
  guessBurst: 20,
  guessIntervalMs: 3000,
  createBurst: 20,
  createIntervalMs: 60_000,
  maxJoinBodyBytes: 64 * 1024, // a teacher's scenario file rides in the create options (at most 48 KB)
  trustProxy: false,
  dbSync: "normal",
  verbose: true,
  databaseUrl: null,
  redisUrl: null,
  publicAddress: null,
  operatorToken: null,
  leaseSeconds: 15,
  abandonSeconds: 24 * 3600,
  allowedOrigins: [],
  archiveBurst: 10,
  archiveIntervalMs: 3000,
  maxConnectionsPerAddress: 500,
  headersTimeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  maxSpectatorsPerMatch: 100,
};

function num(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${value}`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    port: num(env.PORT, DEFAULT_CONFIG.port),
    host: env.HOST || DEFAULT_CONFIG.host,
    dataDir: resolve(env.DATA_DIR || DEFAULT_CONFIG.dataDir),
    distDir: resolve(env.DIST_DIR || DEFAULT_CONFIG.distDir),
    absentGraceSeconds: num(env.ABSENT_GRACE_SECONDS, DEFAULT_CONFIG.absentGraceSeconds),
    reconnectSeconds: num(env.RECONNECT_SECONDS, DEFAULT_CONFIG.reconnectSeconds),
    restoreGraceSeconds: num(env.RESTORE_GRACE_SECONDS, DEFAULT_CONFIG.restoreGraceSeconds),
    dbSync: env.DB_SYNC === "full" ? "full" : DEFAULT_CONFIG.dbSync,
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    createBurst: num(env.CREATE_BURST, DEFAULT_CONFIG.createBurst),
    createIntervalMs: num(env.CREATE_INTERVAL_SECONDS, DEFAULT_CONFIG.createIntervalMs / 1000) * 1000,
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    publicAddress: env.PUBLIC_ADDRESS || null,
    operatorToken: env.OPERATOR_TOKEN || null,
    leaseSeconds: num(env.LEASE_SECONDS, DEFAULT_CONFIG.leaseSeconds),
    abandonSeconds: num(env.ABANDON_HOURS, DEFAULT_CONFIG.abandonSeconds / 3600) * 3600,
    allowedOrigins: originsFrom(env.ALLOWED_ORIGINS),
    maxConnectionsPerAddress: num(env.MAX_CONNECTIONS_PER_ADDRESS, DEFAULT_CONFIG.maxConnectionsPerAddress),
    maxSpectatorsPerMatch: num(env.MAX_SPECTATORS_PER_MATCH, DEFAULT_CONFIG.maxSpectatorsPerMatch),
  };
}

/** "https://a.example, https://b.example/" as origins ("https://a.example"); refuses anything that is not one. */
export function originsFrom(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
    .map((v) => {
      let url: URL;
      try {
        url = new URL(v);
      } catch {
        throw new Error(`ALLOWED_ORIGINS: not an origin: ${v} (write it as https://host or https://host:port)`);
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`ALLOWED_ORIGINS: not an http(s) origin: ${v}`);
      return url.origin;
    });
}

/**
 * Several processes need a shared store and each its own address; refused at startup, with
 * what to set, rather than found out when a player's join goes to the wrong place.
 */
export function checkConfig(config: ServerConfig): void {
  if (config.redisUrl && !config.databaseUrl) {
    throw new Error("REDIS_URL is set but DATABASE_URL is not: several processes must share their matches in PostgreSQL (set DATABASE_URL=postgres://…).");
  }
  if (config.redisUrl && !config.publicAddress) {
    throw new Error("REDIS_URL is set but PUBLIC_ADDRESS is not: give each process the address clients reach it at (e.g. PUBLIC_ADDRESS=10.0.0.5:2567 or game.example.org/p1).");
  }
  if (config.leaseSeconds < 1) throw new Error(`LEASE_SECONDS must be at least 1 (it is ${config.leaseSeconds}).`);
}

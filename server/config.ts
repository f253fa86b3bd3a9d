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
  /** Above this many messages a second, a client is disconnected (flood protection). */
  maxMessagesPerSecond: number;
  /** Print warnings (bot refusals, storage errors). */
  verbose: boolean;
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
  maxMessagesPerSecond: 40,
  verbose: true,
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
  };
}

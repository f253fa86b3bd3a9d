/** What the rooms and the HTTP routes share: the store, the running matches, the settings. */
import type { ServerConfig } from "./config";
import type { AttemptLimiter } from "./http/guard";
import type { BotFn } from "./match/bots";
import type { MatchRegistry } from "./match/registry";
import type { SessionDeps } from "./match/session";
import type { StoreHealth } from "./store/health";
import type { MatchStore } from "./store/store";

export interface Services {
  config: ServerConfig;
  store: MatchStore;
  /** The matches this process runs. */
  registry: MatchRegistry;
  bots: BotFn;
  /** This process's name in the store's leases (its public address, or "local" when it runs alone). */
  owner: string;
  /** A per-process secret that marks room creations made by the server itself. */
  internalToken: string;
  /** Failed guesses (join codes, keys) per address. */
  guesses: AttemptLimiter;
  /** New matches per address (null: no limit). */
  creations: AttemptLimiter | null;
  sessionDeps: SessionDeps;
  /** Matches that could not be restored, and whether writes are failing (for /health). */
  health: StoreHealth;
}

export function sessionDepsFor(config: ServerConfig, store: MatchStore, bots: BotFn, owner: string): SessionDeps {
  return {
    store,
    owner,
    leaseMs: config.leaseSeconds * 1000,
    bots,
    now: () => Date.now(),
    absentGraceMs: config.absentGraceSeconds * 1000,
    restoreGraceMs: config.restoreGraceSeconds * 1000,
    warn: config.verbose ? (message) => console.warn(`[overflight] ${message}`) : undefined,
  };
}

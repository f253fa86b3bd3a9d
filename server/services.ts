/** What the rooms and the HTTP routes share: the store, the running matches, the settings. */
import type { ServerConfig } from "./config";
import type { AttemptLimiter } from "./http/guard";
import type { BotFn } from "./match/bots";
import type { MatchRegistry } from "./match/registry";
import type { SessionDeps } from "./match/session";
import type { MatchStore } from "./store/match-store";

export interface Services {
  config: ServerConfig;
  store: MatchStore;
  registry: MatchRegistry;
  bots: BotFn;
  /** A per-process secret that marks room creations made by the server itself. */
  internalToken: string;
  /** Failed guesses (join codes, keys) per address. */
  guesses: AttemptLimiter;
  sessionDeps(registry: MatchRegistry): SessionDeps;
}

export function sessionDepsFor(config: ServerConfig, store: MatchStore, bots: BotFn, registry: MatchRegistry): SessionDeps {
  return {
    store,
    bots,
    now: () => Date.now(),
    absentGraceMs: config.absentGraceSeconds * 1000,
    restoreGraceMs: config.restoreGraceSeconds * 1000,
    codeTaken: (code) => registry.codeTaken(code),
    warn: config.verbose ? (message) => console.warn(`[overflight] ${message}`) : undefined,
  };
}

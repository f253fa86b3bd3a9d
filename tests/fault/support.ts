/** Helpers of the fault tests: playing clients, and checks of a live match on the server. */
import { CASPIAN_POWERS } from "../support/caspian";
import { expect } from "vitest";
import type { Client } from "@colyseus/sdk";
import { apply, createMatch, hashOf } from "../../shared";
import type { PowerId } from "../../shared";
import type { MatchSession } from "../../server/match/session";
import { LoadStats, Player } from "../../scripts/loadtest-client";
import type { PlayerOptions } from "../../scripts/loadtest-client";
import { expectInvariants } from "../support/invariants";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Well-behaved players (the load test's): each plays its seat with the bots' moves, on its own view. */
export async function seatPlayers(
  client: () => Client,
  matchId: string,
  powers: readonly PowerId[],
  options: Partial<PlayerOptions> = {},
): Promise<{ players: Player[]; stats: LoadStats }> {
  const stats = new LoadStats();
  stats.window = "steady";
  const players = powers.map((p) => new Player(p, stats, { level: "normal", thinkMs: [20, 120], chatChance: 0.3, timeoutMs: 10_000, ...options }));
  for (const player of players) await player.start(client(), { matchId });
  return { players, stats };
}

/** The match state replayed from the session's command log: the same hash, or something changed outside it. */
export function replayedHash(session: MatchSession): string {
  let state = createMatch({ scenarioId: session.settings.scenarioId, seed: session.record.seed, turns: session.settings.turns });
  for (const entry of session.commands) {
    const result = apply(state, entry.actor, entry.command);
    if (!result.ok) throw new Error(`command ${entry.seq} does not replay: ${result.error.code}`);
    state = result.value.state;
  }
  return hashOf(state);
}

/** Invariants of the rules hold on the server's state, and the state is its command log replayed. */
export function expectSoundMatch(session: MatchSession): void {
  expectInvariants(session.state);
  expect(replayedHash(session)).toBe(session.hash());
}

/** Ids of proposals and treaties a power is not a party to (what an attacker would like to touch). */
export function othersIds(session: MatchSession, power: PowerId | "spectator"): { proposals: string[]; treaties: string[] } {
  const state = session.state;
  const outside = (parties: readonly string[]) => !parties.includes(power);
  return {
    proposals: state.proposals.filter((p) => outside(p.parties)).map((p) => p.id),
    treaties: state.treaties.filter((t) => outside(t.parties)).map((t) => t.id),
  };
}

export const ALL_POWERS = CASPIAN_POWERS;

export { freePort } from "../../scripts/backing-services";

export { bootServer, kill9 } from "../../scripts/server-process";

/** Helpers of the fault tests: playing clients, and checks of a live match on the server. */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { join as joinPath } from "node:path";
import { expect } from "vitest";
import type { Client } from "@colyseus/sdk";
import { apply, createMatch, hashOf, POWERS } from "../../shared";
import type { PowerId } from "../../shared";
import type { MatchSession } from "../../server/match/session";
import { LoadStats, Player } from "../../scripts/loadtest-client";
import type { PlayerOptions } from "../../scripts/loadtest-client";
import { expectInvariants } from "../support/invariants";
import { httpJson, waitFor } from "../server/harness";

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

export const ALL_POWERS = POWERS;

export { freePort } from "../../scripts/backing-services";

/** The real entry point (server/main.ts) as a child process; resolves once it is healthy. */
export async function bootServer(port: number, dataDir: string, env: Record<string, string> = {}, startTimeoutMs = 30_000): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: joinPath(import.meta.dirname, "../.."),
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DIST_DIR: joinPath(dataDir, "no-dist"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  await waitFor(() => output.includes(`http://127.0.0.1:${port}/`) || proc.exitCode !== null, startTimeoutMs, "server start");
  if (proc.exitCode !== null) throw new Error(`server exited: ${output}`);
  const health = await httpJson<{ ok: boolean }>(port, "/health");
  if (!health.body.ok) throw new Error(`server not healthy: ${JSON.stringify(health.body)}`);
  return proc;
}

/** kill -9, and wait until the process is gone. */
export async function kill9(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGKILL");
  await exited;
}

/**
 * kill -9 of the real server process (server/main.ts as a child) with matches in flight, then a
 * restart on the same data directory. Three matches are held in diplomacy, orders and report of
 * their first turn when the server is killed: each comes back with the same hash, phase and turn;
 * new SDK clients rejoin every seat with their seat keys and play the turn to its end. Then the
 * server is killed again in the middle of play, at no chosen moment: everything any client had
 * been shown is still there after the restart, and play goes on.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { LoadStats, Player as SeatPlayer } from "../../scripts/loadtest-client";
import type { Player, Planner } from "../../scripts/loadtest-client";
import { waitFor } from "../server/harness";
import { bootServer, freePort, kill9, seatPlayers, sleep } from "./support";
import { OPERATOR_ENV, operatorSummary } from "../support/operator";

const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-crash-"));
let child: ChildProcess | null = null;
const everyone: Player[] = [];

afterAll(async () => {
  for (const p of everyone) p.stop();
  if (child) await kill9(child);
  await Promise.all(everyone.map((p) => p.leave()));
  rmSync(dataDir, { recursive: true, force: true });
});

interface Summary {
  id: string;
  hash: string;
  phase: string;
  turn: number;
  status: string;
}

/** The live hash: the test checks that nothing at all was lost, hidden commands included. */
const summary = (port: number, id: string) => operatorSummary<Summary>(port, id);
const stateOf = (p: Player) => p.room.state as unknown as { turn: number; phase: string; status: string };

/** The players' own commands, without saying ready while `hold` says so (the match waits in that phase). */
const holding = (hold: () => boolean, phase: string): Planner => (commands, { view }) =>
  commands.filter((c) => !(hold() && view.turn === 1 && view.phase === phase && c.type === "ready")).map((body) => ({ kind: "command", body }));

/** Six new clients take their seats back with their keys, and play. */
async function rejoin(url: string, id: string, keys: Map<string, string>): Promise<Player[]> {
  const stats = new LoadStats();
  const players = CASPIAN_POWERS.map((p) => new SeatPlayer(p, stats, { level: "normal", thinkMs: [20, 100], chatChance: 0.2, timeoutMs: 10_000 }));
  await Promise.all(players.map((p) => p.start(new Client(url), { matchId: id, seatKey: keys.get(p.power)! })));
  everyone.push(...players);
  return players;
}

/** Everything a client had seen is, unchanged, at the start of what its successor sees. */
function expectKept(before: { power: string; log: Player["log"] }[], after: Player[]): void {
  for (const old of before) {
    const now = after.find((p) => p.power === old.power)!;
    expect(now.log.length, `${old.power} has its events back`).toBeGreaterThanOrEqual(old.log.length);
    expect(JSON.stringify(now.log.slice(0, old.log.length))).toBe(JSON.stringify(old.log));
  }
}

describe("kill -9", () => {
  it("in diplomacy, orders and report: every match comes back as it was, and its players finish the turn", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = await bootServer(port, dataDir, OPERATOR_ENV);

    // Three matches, each held in one phase of turn 1 (its players do everything but say ready).
    let hold = true;
    const timers = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
    const matches = await Promise.all(
      (["diplomacy", "orders", "report"] as const).map(async (phase) => {
        const host = new SeatPlayer("russia", new LoadStats(), { level: "normal", thinkMs: [20, 100], chatChance: 0.3, timeoutMs: 10_000, plan: holding(() => hold, phase) });
        await host.start(new Client(url), { create: { match: { visibility: "private", timers, name: `Crash ${phase}` } } });
        const rest = await seatPlayers(() => new Client(url), host.room.roomId, CASPIAN_POWERS.filter((p) => p !== "russia"), { plan: holding(() => hold, phase), chatChance: 0.3 });
        const players = [host, ...rest.players];
        everyone.push(...players);
        return { phase, id: host.room.roomId, players };
      }),
    );
    for (const m of matches) await waitFor(() => stateOf(m.players[0]!).turn === 1 && stateOf(m.players[0]!).phase === m.phase, 30_000, `match held in ${m.phase}`);
    // Quiet: nobody is acting, and the hash holds still.
    const before = new Map<string, Summary>();
    for (const m of matches) {
      let last = "";
      for (let stable = 0; stable < 2; ) {
        await sleep(300);
        const s = await summary(port, m.id);
        stable = s.hash === last && m.players.every((p) => !p.busy) ? stable + 1 : 0;
        last = s.hash;
        before.set(m.id, s);
      }
      expect(before.get(m.id)).toMatchObject({ phase: m.phase, turn: 1, status: "running" });
    }

    for (const p of everyone) p.stop();
    await kill9(child);
    child = await bootServer(port, dataDir, OPERATOR_ENV);

    // Restored before anyone is back: same hash, phase and turn.
    for (const m of matches) expect(await summary(port, m.id)).toEqual(before.get(m.id));

    // Everyone back with their keys: what they had seen is there; they finish the turn.
    hold = false;
    const back = await Promise.all(matches.map(async (m) => ({ ...m, players: await rejoin(url, m.id, new Map(m.players.map((p) => [p.power, p.seatKey]))) })));
    for (const m of back) {
      await waitFor(() => m.players.every((p) => p.log.length > 0), 10_000, "views back");
      expectKept(matches.find((x) => x.id === m.id)!.players, m.players);
    }
    for (const m of back) await waitFor(() => stateOf(m.players[0]!).turn >= 2, 60_000, `match ${m.phase} finishes its turn`);

    // Again, in the middle of play: whatever a client was shown survives.
    await sleep(200 + Math.random() * 800);
    for (const p of everyone) p.stop();
    const seen = back.map((m) => ({ ...m, players: m.players.map((p) => ({ power: p.power, log: [...p.log] })) }));
    const keys = back.map((m) => new Map(m.players.map((p) => [p.power, p.seatKey])));
    await kill9(child);
    child = await bootServer(port, dataDir, OPERATOR_ENV);
    const again = await Promise.all(back.map(async (m, i) => ({ ...m, players: await rejoin(url, m.id, keys[i]!) })));
    for (const [i, m] of again.entries()) {
      await waitFor(() => m.players.every((p) => p.log.length >= seen[i]!.players.find((s) => s.power === p.power)!.log.length), 10_000, "views back");
      expectKept(seen[i]!.players, m.players);
    }
    const turns = again.map((m) => stateOf(m.players[0]!).turn);
    for (const [i, m] of again.entries()) await waitFor(() => stateOf(m.players[0]!).turn > turns[i]!, 60_000, `match ${m.phase} plays on`);
  }, 180_000);
});

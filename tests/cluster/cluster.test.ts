/**
 * Two real server processes (server/main.ts) sharing Redis and PostgreSQL, both started by the
 * test on loopback. A match created through process A is joined through process B and played;
 * the match list, join codes and the facilitator's archive answer the same on both; then the
 * process hosting the match is killed with -9 and the other restores it, with the same hash,
 * and its players come back through the survivor and play on.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { LoadStats, Player } from "../../scripts/loadtest-client";
import type { Planner } from "../../scripts/loadtest-client";
import { httpJson, waitFor } from "../server/harness";
import { startPostgres, startRedis } from "../../scripts/backing-services";
import type { Backing } from "../../scripts/backing-services";
import { bootServer, freePort, kill9, sleep } from "../fault/support";
import { OPERATOR_ENV, operatorSummary } from "../support/operator";
import { ROOM_NAME, SERVER_MESSAGES } from "../../shared/protocol";

interface Node {
  name: string;
  port: number;
  url: string;
  proc: ChildProcess;
}

const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-cluster-"));
let redis: Backing;
let postgres: Backing;
const nodes: Node[] = [];
const everyone: Player[] = [];

async function startNode(name: string, port?: number): Promise<Node> {
  const p = port ?? (await freePort());
  const proc = await bootServer(p, joinPath(dataDir, name), {
    REDIS_URL: redis.url,
    DATABASE_URL: postgres.url,
    PUBLIC_ADDRESS: `127.0.0.1:${p}`,
    LEASE_SECONDS: "2",
    RESTORE_GRACE_SECONDS: "5",
    ...OPERATOR_ENV,
  });
  return { name, port: p, url: `http://127.0.0.1:${p}`, proc };
}

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  nodes.push(await startNode("a"), await startNode("b"));
}, 60_000);

afterAll(async () => {
  for (const p of everyone) p.stop();
  await Promise.all(nodes.map((n) => kill9(n.proc)));
  await Promise.all(everyone.map((p) => p.leave().catch(() => undefined)));
  await Promise.all([redis?.stop(), postgres?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
});

interface Summary {
  id: string;
  hash: string | null;
  phase: string;
  turn: number;
  status: string;
}

/** With the live hash: the test checks that nothing at all was lost, hidden commands included. */
const summary = (node: Node, id: string) => operatorSummary<Summary>(node.port, id);
const roomsOn = async (node: Node) => (await httpJson<{ rooms: number }>(node.port, "/health")).body.rooms;
const stateOf = (p: Player) => p.room.state as unknown as { turn: number; phase: string; status: string };
const timers = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };

/** The players' own commands, without saying ready in diplomacy from turn `from` on (the match waits there). */
const holding = (from: number): Planner => (commands, { view }) =>
  commands.filter((c) => !(view.turn >= from && view.phase === "diplomacy" && c.type === "ready")).map((body) => ({ kind: "command", body }));

/** Waits until the match is held in diplomacy with nobody acting and its hash holding still; returns the hash. */
async function quietHash(node: Node, id: string, players: Player[]): Promise<string> {
  await waitFor(() => players.every((p) => stateOf(p).phase === "diplomacy"), 60_000, "held in diplomacy");
  let last = "";
  for (let stable = 0; stable < 2; ) {
    await sleep(300);
    const s = await summary(node, id);
    stable = s.hash === last && players.every((p) => !p.busy) ? stable + 1 : 0;
    last = s.hash ?? "";
  }
  return last;
}

function player(power: (typeof CASPIAN_POWERS)[number], plan?: Planner): Player {
  const p = new Player(power, new LoadStats(), { level: "normal", thinkMs: [20, 100], chatChance: 0.2, timeoutMs: 15_000, ...(plan ? { plan } : {}) });
  everyone.push(p);
  return p;
}

describe("two processes behind Redis and PostgreSQL", () => {
  let matchId = "";
  let host: Node;
  let players: Player[] = [];

  it("a match created through A is listed, found by its code and joined through B, and played", async () => {
    const [a, b] = nodes as [Node, Node];
    // Turn 1 is played; the match then waits in the diplomacy of turn 2.
    const creator = player("russia", holding(2));
    await creator.start(new Client(a.url), { create: { match: { visibility: "public", timers, name: "Two processes" } } });
    matchId = creator.room.roomId;
    await waitFor(() => creator.code !== "", 5000, "join code");

    // Process B knows the match: in its public list, by its join code, and its live hash.
    const listed = await httpJson<{ matches: { id: string; seatsFree: string[] }[] }>(b.port, "/api/matches");
    expect(listed.body.matches.find((m) => m.id === matchId)?.seatsFree).toHaveLength(5);
    expect((await httpJson<{ matchId: string }>(b.port, `/api/code/${creator.code}`)).body.matchId).toBe(matchId);

    // The other five join through B, wherever the match lives.
    const rest = CASPIAN_POWERS.filter((p) => p !== "russia").map((p) => player(p, holding(2)));
    await Promise.all(rest.map((p) => p.start(new Client(b.url), { matchId })));
    players = [creator, ...rest];
    const rooms = [await roomsOn(a), await roomsOn(b)];
    expect(rooms.sort()).toEqual([0, 1]);
    host = (await roomsOn(a)) === 1 ? a : b;

    await waitFor(() => players.every((p) => stateOf(p).turn >= 2), 60_000, "a turn played by clients of both processes");
    const hash = await quietHash(host, matchId, players);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await summary(a, matchId)).hash).toBe(hash);
    expect((await summary(b, matchId)).hash).toBe(hash);
  }, 120_000);

  it("the facilitator's archive and a lesson's join code work through either process", async () => {
    const [a, b] = nodes as [Node, Node];
    const teacher = new Client(a.url);
    const room = await teacher.create(ROOM_NAME, { match: { visibility: "private", timers, name: "Lesson across processes", facilitator: true } });
    const seat = await new Promise<{ code: string; facilitatorKey: string }>((resolve) => room.onMessage(SERVER_MESSAGES.seat, resolve));
    expect((await httpJson<{ matchId: string }>(b.port, `/api/code/${seat.code}`)).body.matchId).toBe(room.roomId);
    const archive = await httpJson<{ matches: { id: string; status: string; code: string | null }[] }>(b.port, `/api/archive?facilitatorKey=${seat.facilitatorKey}`);
    expect(archive.body.matches).toEqual([expect.objectContaining({ id: room.roomId, status: "running", code: seat.code })]);
    await room.leave();
  }, 30_000);

  it("kill -9 of the hosting process: the other restores the match with the same hash; its players come back and play on", async () => {
    const survivor = nodes.find((n) => n !== host)!;
    const before = await quietHash(host, matchId, players);
    const keys = new Map(players.map((p) => [p.power, p.seatKey]));
    for (const p of players) p.stop();
    await kill9(host.proc);

    // Within a lease or two the survivor hosts it, replayed from PostgreSQL to the same hash.
    const restoredAfter = Date.now();
    await waitFor(async () => (await summary(survivor, matchId)).hash !== null, 30_000, "the survivor hosts the match");
    console.log(`restored on the other process ${Date.now() - restoredAfter} ms after the kill (lease 2 s)`);
    expect(await summary(survivor, matchId)).toMatchObject({ hash: before, status: "running", phase: "diplomacy" });

    // The players come back through the survivor with their seat keys and finish the turn.
    const turn = stateOf(players[0]!).turn;
    const back = CASPIAN_POWERS.map((p) => player(p));
    await Promise.all(back.map((p) => p.start(new Client(survivor.url), { matchId, seatKey: keys.get(p.power)! })));
    await waitFor(() => back.every((p) => stateOf(p).turn > turn), 60_000, "play goes on after the restore");

    // The killed process comes back under its old address: it does not take the match back.
    const restarted = await startNode(host.name, host.port);
    nodes[nodes.indexOf(host)] = restarted;
    await sleep(2500);
    expect(await roomsOn(restarted)).toBe(0);
    expect(back.every((p) => p.room.connection.isOpen)).toBe(true);
  }, 180_000);
});

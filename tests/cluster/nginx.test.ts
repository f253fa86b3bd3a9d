/**
 * The nginx example of docs/deploy.md, run for real: nginx (Debian's package) with
 * docs/deploy/nginx.conf in front of two server processes that share Redis and PostgreSQL.
 * Six clients that know only nginx's address create and join a match and play a turn; each
 * WebSocket goes through the /p1/ or /p2/ location of the process that hosts the match.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { LoadStats, Player } from "../../scripts/loadtest-client";
import { httpJson, waitFor } from "../server/harness";
import { startNginxCluster } from "./nginx-cluster";
import type { NginxCluster } from "./nginx-cluster";

let cluster: NginxCluster;
const players: Player[] = [];

beforeAll(async () => {
  cluster = await startNginxCluster();
}, 60_000);

afterAll(async () => {
  for (const p of players) p.stop();
  await Promise.all(players.map((p) => p.leave().catch(() => undefined)));
  await cluster?.stop();
});

describe("the nginx example of docs/deploy.md", () => {
  it("carries matchmaking, the API and each match's WebSockets to the right process", async () => {
    const stats = new LoadStats();
    for (const power of CASPIAN_POWERS) players.push(new Player(power, stats, { level: "normal", thinkMs: [20, 80], chatChance: 0.3, timeoutMs: 15_000 }));
    const [first, ...rest] = players;
    await first!.start(new Client(cluster.url), { create: { match: { visibility: "private", name: "Behind nginx", timers: { briefing: 600, diplomacy: 600, orders: 600, report: 600 } } } });
    const id = first!.room.roomId;
    await Promise.all(rest.map((p) => p.start(new Client(cluster.url), { matchId: id })));

    // Every socket went through nginx, to the location of the process hosting the match.
    const host = await cluster.hostOf(id);
    expect(host).toBeGreaterThanOrEqual(0);
    const rooms = await Promise.all(cluster.ports.map(async (port) => (await httpJson<{ rooms: number }>(port, "/health")).body.rooms));
    expect(rooms[host]).toBe(1);
    expect(rooms[1 - host]).toBe(0);
    for (const p of players) {
      const socket = (p.room.connection.transport as unknown as { ws: { url: string } }).ws.url;
      expect(socket.startsWith(`ws://127.0.0.1:${cluster.front}/p${host + 1}/`)).toBe(true);
    }

    await waitFor(() => players.every((p) => (p.room.state as unknown as { turn: number }).turn >= 2), 60_000, "a turn played through nginx");
    const summary = await httpJson<{ id: string; hash: string }>(cluster.front, `/api/matches/${id}`);
    expect(summary.body).toMatchObject({ id, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(stats.failures.size).toBe(0);
  }, 90_000);
});

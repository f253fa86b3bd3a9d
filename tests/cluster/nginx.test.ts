/**
 * The nginx example of docs/deploy.md, run for real: nginx (Debian's package) with
 * docs/deploy/nginx.conf in front of two server processes that share Redis and PostgreSQL.
 * Six clients that know only nginx's address create and join a match and play a turn; each
 * WebSocket goes through the /p1/ or /p2/ location of the process that hosts the match.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { POWERS } from "../../shared";
import { freePort, startPostgres, startRedis } from "../../scripts/backing-services";
import type { Backing } from "../../scripts/backing-services";
import { LoadStats, Player } from "../../scripts/loadtest-client";
import { bootServer, kill9 } from "../fault/support";
import { httpJson, waitFor } from "../server/harness";

const docs = joinPath(import.meta.dirname, "../../docs/deploy");
const dir = mkdtempSync(joinPath(tmpdir(), "overflight-nginx-"));
let redis: Backing;
let postgres: Backing;
let nginx: ChildProcess | null = null;
const servers: ChildProcess[] = [];
const players: Player[] = [];
let front = 0;
const ports: number[] = [];

/** nginx's main file around the documented site, with the example's ports swapped for free ones. */
function configure(): string {
  const site = readFileSync(joinPath(docs, "nginx.conf"), "utf8")
    .replaceAll("127.0.0.1:2567", `127.0.0.1:${ports[0]}`)
    .replaceAll("127.0.0.1:2568", `127.0.0.1:${ports[1]}`)
    .replace("listen 80;", `listen 127.0.0.1:${front};`);
  expect(site).toContain(`listen 127.0.0.1:${front};`);
  writeFileSync(joinPath(dir, "overflight-site.conf"), site);
  copyFileSync(joinPath(docs, "overflight-proxy.conf"), joinPath(dir, "overflight-proxy.conf"));
  const main = [
    process.getuid?.() === 0 ? "user root;" : "",
    "daemon off;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    "events {}",
    "http {",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    "  include overflight-site.conf;",
    "}",
  ].join("\n");
  writeFileSync(joinPath(dir, "nginx.conf"), main);
  return joinPath(dir, "nginx.conf");
}

beforeAll(async () => {
  const binary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find(existsSync);
  if (!binary) throw new Error("nginx is not installed (apt-get install nginx)");
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  front = await freePort();
  ports.push(await freePort(), await freePort());
  for (const [i, port] of ports.entries()) {
    servers.push(
      await bootServer(port, joinPath(dir, `data-${i}`), {
        REDIS_URL: redis.url,
        DATABASE_URL: postgres.url,
        PUBLIC_ADDRESS: `127.0.0.1:${front}/p${i + 1}`,
        TRUST_PROXY: "1",
      }),
    );
  }
  const config = configure();
  nginx = spawn(binary, ["-p", dir, "-c", config], { stdio: ["ignore", "pipe", "pipe"] });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${front}/health`).catch(() => null))?.ok === true, 10_000, "nginx");
}, 60_000);

afterAll(async () => {
  for (const p of players) p.stop();
  await Promise.all(players.map((p) => p.leave().catch(() => undefined)));
  if (nginx && nginx.exitCode === null) nginx.kill("SIGQUIT");
  await Promise.all(servers.map(kill9));
  await Promise.all([redis?.stop(), postgres?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe("the nginx example of docs/deploy.md", () => {
  it("carries matchmaking, the API and each match's WebSockets to the right process", async () => {
    const url = `http://127.0.0.1:${front}`;
    const stats = new LoadStats();
    for (const power of POWERS) players.push(new Player(power, stats, { level: "normal", thinkMs: [20, 80], chatChance: 0.3, timeoutMs: 15_000 }));
    const [first, ...rest] = players;
    await first!.start(new Client(url), { create: { match: { visibility: "private", name: "Behind nginx", timers: { briefing: 600, diplomacy: 600, orders: 600, report: 600 } } } });
    const id = first!.room.roomId;
    await Promise.all(rest.map((p) => p.start(new Client(url), { matchId: id })));

    // Every socket went through nginx, to the location of the process hosting the match.
    const hosts = await Promise.all(ports.map(async (port) => (await httpJson<{ rooms: number }>(port, "/health")).body.rooms));
    const location = `/p${hosts.indexOf(1) + 1}/`;
    expect(hosts.sort()).toEqual([0, 1]);
    for (const p of players) {
      const socket = (p.room.connection.transport as unknown as { ws: { url: string } }).ws.url;
      expect(socket.startsWith(`ws://127.0.0.1:${front}${location}`)).toBe(true);
    }

    await waitFor(() => players.every((p) => (p.room.state as unknown as { turn: number }).turn >= 2), 60_000, "a turn played through nginx");
    const summary = await httpJson<{ id: string; hash: string }>(front, `/api/matches/${id}`);
    expect(summary.body).toMatchObject({ id, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(stats.failures.size).toBe(0);
  }, 90_000);
});

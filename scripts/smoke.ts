/**
 * npm run smoke [-- --json <file>]   (or: <any node> --import tsx scripts/smoke.ts)
 *
 * The product end to end on the Node that runs this script (.ci/run runs it on Node 22 and 26):
 * builds the client, starts the real server (server/main.ts, on this Node) serving it, and times
 * it to its first healthy answer; six SDK clients (the load test's players) play a two-turn
 * match; with the match held in diplomacy the server is killed with -9 and started again on the
 * same data: the match is back with the same hash, phase and turn before anyone rejoins; the
 * players come back with their seat keys and play it to its end; its report (the archive) has
 * the live final hash, and replays to it through the replay tool. Exits 1 on any failure.
 */
import { execFileSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@colyseus/sdk";
import type { MatchSummary } from "../server/match/session-types";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { powerIds } from "../shared/scenario/ids-of";

/** These runs play caspian-salvo matches. */
const POWERS = powerIds(caspianSalvo);
import type { PowerId } from "../shared";
import { freePort } from "./backing-services";
import { LoadStats, Player } from "./loadtest-client";
import type { Planner } from "./loadtest-client";
import { parseReplayFile, replayMatch } from "./replay-core";
import { bootServer, kill9 } from "./server-process";

/** What GET /api/matches/:id answers (of an ended match: its id, name, status and final hash). */
type Summary = Pick<MatchSummary, "id" | "phase" | "turn" | "status"> & { hash: string | null };

const root = join(import.meta.dirname, "..");
const jsonOut = process.argv.includes("--json") ? process.argv[process.argv.indexOf("--json") + 1] : undefined;
const dir = mkdtempSync(join(tmpdir(), "overflight-smoke-"));
const dist = join(dir, "dist");
const dataDir = join(dir, "data");
const players: Player[] = [];
let server: ChildProcess | null = null;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const step = (what: string) => console.log(`smoke: ${what}`);

async function until<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function get<T>(port: number, path: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function start(port: number): Promise<number> {
  const started = performance.now();
  server = await bootServer(port, dataDir, { DIST_DIR: dist });
  return Math.round(performance.now() - started);
}

/** Plays the bots' moves, except saying ready in turn 1's diplomacy while `hold()` says so. */
const holdingDiplomacy = (hold: () => boolean): Planner => (commands, { view }) =>
  commands.filter((c) => !(hold() && view.turn === 1 && view.phase === "diplomacy" && c.type === "ready")).map((body) => ({ kind: "command", body }));

function seat(power: PowerId, stats: LoadStats, plan?: Planner): Player {
  const player = new Player(power, stats, { level: "normal", thinkMs: [20, 100], chatChance: 0.3, timeoutMs: 10_000, ...(plan ? { plan } : {}) });
  players.push(player);
  return player;
}

const stateOf = (p: Player) => p.room.state as unknown as { turn: number; phase: string; status: string };

async function smoke(): Promise<Record<string, unknown>> {
  step(`Node ${process.versions.node}: building the client`);
  const builtAt = performance.now();
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--config", "client/vite.config.ts", "--outDir", dist, "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  const buildMs = Math.round(performance.now() - builtAt);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const firstHealthyMs = await start(port);
  step(`server healthy ${firstHealthyMs} ms after start`);
  const page = await fetch(url);
  const html = await page.text();
  if (!page.ok || !html.includes('<script type="module"')) throw new Error(`the server does not serve the built client: ${page.status} ${html.slice(0, 200)}`);

  let hold = true;
  const stats = new LoadStats();
  const host = seat("russia", stats, holdingDiplomacy(() => hold));
  const timers = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
  await host.start(new Client(url), { create: { match: { visibility: "private", timers, turns: 2, name: "Smoke" } } });
  const id = host.room.roomId;
  const rest = POWERS.filter((p) => p !== "russia").map((p) => seat(p, stats, holdingDiplomacy(() => hold)));
  for (const p of rest) await p.start(new Client(url), { matchId: id });
  const first = [host, ...rest];
  await until("the match held in diplomacy", () => stateOf(host).turn === 1 && stateOf(host).phase === "diplomacy");
  // Quiet: nobody is acting and the hash holds still.
  let before: Summary | null = null;
  for (let stable = 0; stable < 2; ) {
    await sleep(300);
    const now = await get<Summary>(port, `/api/matches/${id}`);
    stable = now.hash === before?.hash && first.every((p) => !p.busy) ? stable + 1 : 0;
    before = now;
  }
  step(`match ${id} held in turn 1 diplomacy, hash ${before!.hash}; kill -9`);

  for (const p of first) p.stop();
  await kill9(server!);
  const restoredHealthyMs = await start(port);
  const after = await get<Summary>(port, `/api/matches/${id}`);
  if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`restored as ${JSON.stringify(after)}, was ${JSON.stringify(before)}`);
  step(`restarted, healthy in ${restoredHealthyMs} ms: same hash, phase and turn`);

  hold = false;
  const back = first.map((p) => seat(p.power, stats));
  await Promise.all(back.map((p, i) => p.start(new Client(url), { matchId: id, seatKey: first[i]!.seatKey })));
  await until("the match's end", () => stateOf(back[0]!).status === "ended", 120_000);
  const ended = await until("the stored final hash", async () => {
    const s = await get<Summary>(port, `/api/matches/${id}`);
    return s.status === "ended" && s.hash ? s : undefined;
  });
  const report = await get<{ finalHash: string; commands: unknown[]; replay: unknown }>(port, `/api/matches/${id}/archive`);
  if (report.finalHash !== ended.hash) throw new Error(`the report's final hash ${report.finalHash} is not the match's ${ended.hash}`);
  const file = parseReplayFile(JSON.stringify(report.replay));
  if (!file.ok) throw new Error(`the report's replay file: ${file.error}`);
  const replayed = replayMatch(file.value).hash;
  if (replayed !== report.finalHash) throw new Error(`the report replays to ${replayed}, not ${report.finalHash}`);
  const failures = [...stats.failures];
  if (failures.length > 0) throw new Error(`client failures: ${JSON.stringify(failures)}`);
  step(`match ended, ${report.commands.length} commands; its report replays to its final hash ${report.finalHash}`);

  return { node: process.versions.node, buildMs, firstHealthyMs, restoredHealthyMs, matchId: id, commands: report.commands.length, finalHash: report.finalHash };
}

let code = 0;
try {
  const result = await smoke();
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2) + "\n");
  console.log(`smoke passed on Node ${result.node}: client built in ${result.buildMs} ms, first healthy ${result.firstHealthyMs} ms, restored in ${result.restoredHealthyMs} ms`);
} catch (error) {
  console.error(`smoke FAILED on Node ${process.versions.node} (its data is kept in ${dir}):`, error);
  code = 1;
} finally {
  for (const p of players) p.stop();
  await Promise.all(players.map((p) => p.leave()));
  if (server) await kill9(server);
  if (code === 0) rmSync(dir, { recursive: true, force: true });
}
process.exit(code);

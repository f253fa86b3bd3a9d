/**
 * npx tsx scripts/bench-takeover.ts [matches] [turns]
 *
 * How long a process takes to take over a dead process's matches. Plays N bot matches of T
 * turns into a PostgreSQL started here (scripts/backing-services.ts), as if a process had run
 * them and died (its leases run out), then starts a real server (server/main.ts) on that
 * database and times it from start to healthy (every match replayed from its log, its room
 * open), against the same server starting on an empty database.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { viewForSeat } from "../shared";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { powerIds } from "../shared/scenario/ids-of";

/** These runs play caspian-salvo matches. */
const POWERS = powerIds(caspianSalvo);
import { botCommands } from "../shared/bots/bot";
import { passiveBot } from "../server/match/bots";
import { MatchSession } from "../server/match/session";
import { PgMatchStore } from "../server/store/pg-store";
import { settingsFrom } from "../server/validate";
import { freePort, startPostgres } from "./backing-services";
import { loadScenarios } from "../shared/scenario/load";

// The rules look airspace up in the scenario maps, loaded once here.
await loadScenarios();

const matches = Number(process.argv[2] ?? 200);
const turns = Number(process.argv[3] ?? 3);

/** Seconds from spawning server/main.ts to its /health answering 200 (its matches restored). */
async function timeToHealthy(databaseUrl: string): Promise<{ ms: number; rooms: number }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "overflight-takeover-"));
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: join(import.meta.dirname, ".."),
    env: { ...process.env, PORT: String(port), DATA_DIR: dir, DIST_DIR: join(dir, "none"), DATABASE_URL: databaseUrl, RESTORE_GRACE_SECONDS: "600" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      const health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
      if (health?.status === 200) return { ms: performance.now() - started, rooms: ((await health.json()) as { rooms: number }).rooms };
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

const pg = await startPostgres();
try {
  const store = await PgMatchStore.open(pg.url);
  const settings = settingsFrom({ visibility: "private", turns: turns + 1, timers: { briefing: 600, diplomacy: 600, orders: 600, report: 600 } }, "Takeover");
  if (!settings.ok) throw new Error(JSON.stringify(settings.error));
  const deps = { store, owner: "dead", leaseMs: 60_000, bots: passiveBot, now: () => Date.now(), absentGraceMs: 60_000, restoreGraceMs: 30_000 };
  let commands = 0;
  const played = performance.now();
  for (let m = 0; m < matches; m++) {
    const { session } = await MatchSession.create({ ...settings.value, bots: {} }, deps);
    while (session.state.turn <= turns && session.state.status === "running") {
      const { turn, phase } = session.state;
      for (const power of POWERS) for (const command of botCommands(viewForSeat(session.state, power), power, "normal")) session.submit(power, command);
      session.submit("system", { type: "advance", turn, phase });
    }
    await session.committed();
    commands += session.commands.length;
    session.dispose();
  }
  console.log(`played ${matches} matches of ${turns} turns into PostgreSQL: ${commands} commands (${Math.round(commands / matches)} a match) in ${Math.round(performance.now() - played)} ms`);
  await store.close();

  const empty = await startPostgres();
  const baseline = await timeToHealthy(empty.url).finally(() => empty.stop());
  // The process that ran them is dead: its leases have run out.
  const expire = await PgMatchStore.open(pg.url);
  await expire.renew("dead", Date.now() - 1);
  await expire.close();
  const takeover = await timeToHealthy(pg.url);
  const extra = takeover.ms - baseline.ms;
  console.log(`server start, empty database: ${Math.round(baseline.ms)} ms`);
  console.log(`server start, taking over ${takeover.rooms} matches: ${Math.round(takeover.ms)} ms (${Math.round(extra)} ms more: ${(extra / matches).toFixed(1)} ms a match)`);
} finally {
  await pg.stop();
}

/**
 * The server's work per command, without sockets: a six-seat match played by the bots through a
 * real MatchSession (rules, SQLite log), its StateMirror (every viewer's view) and a schema
 * Encoder with one StateView per viewer, as a room sends a patch after each command. The total is
 * CPU time (it holds on a busy machine); its split into stages is in proportion to wall time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Encoder } from "@colyseus/schema";
import { openDb } from "../server/store/db";
import { SqliteMatchStore } from "../server/store/sqlite-store";
import { openBenchMatch, playBots } from "./bench-match";
import type { BenchStep } from "./bench-match";

export interface ServerBench {
  commands: number;
  turns: number;
  /** Microseconds of CPU per command, in all and per stage. */
  submitMicros: number;
  syncMicros: number;
  encodeMicros: number;
  totalMicros: number;
  /** Bytes of patch per command and viewer. */
  patchBytes: number;
}

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const now = () => performance.now() * 1000;

export async function benchServer(turns = 4, matches = 2): Promise<ServerBench> {
  // As server/app.ts: a late joiner's full state fits without growing the buffers.
  Encoder.BUFFER_SIZE = 512 * 1024;
  const dir = mkdtempSync(join(tmpdir(), "overflight-bench-"));
  const db = openDb(dir);
  const store = new SqliteMatchStore(db);
  const totals = { commands: 0, turns: 0, submit: 0, sync: 0, encode: 0, bytes: 0, views: 0, cpu: 0 };
  try {
    for (let m = 0; m < matches; m++) {
      const { session, mirror, encoder, views } = await openBenchMatch(store, turns);
      // The full state every client gets on joining, then patches only.
      encoder.encodeAll();
      for (const view of views) encoder.encodeAllView(view, 1, { offset: 1 });
      encoder.discardChanges();

      const step: BenchStep = (actor, command) => {
        const c0 = cpuMicros();
        const t0 = now();
        const result = session.submit(actor, command);
        const t1 = now();
        if (!result.ok) return;
        mirror.syncRules();
        const t2 = now();
        const it = { offset: 1 };
        encoder.encode(it);
        const shared = it.offset;
        for (const view of views) {
          const bytes = encoder.encodeView(view, shared, { offset: shared });
          totals.bytes += bytes.length;
          totals.views++;
        }
        encoder.discardChanges();
        const t3 = now();
        totals.cpu += cpuMicros() - c0;
        totals.commands++;
        totals.submit += t1 - t0;
        totals.sync += t2 - t1;
        totals.encode += t3 - t2;
      };
      totals.turns += playBots(session, turns, step);
      session.dispose();
    }
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const wall = totals.submit + totals.sync + totals.encode;
  const cpuPerCommand = totals.cpu / Math.max(1, totals.commands);
  const share = (x: number) => +((cpuPerCommand * x) / Math.max(1, wall)).toFixed(1);
  return {
    commands: totals.commands,
    turns: totals.turns,
    submitMicros: share(totals.submit),
    syncMicros: share(totals.sync),
    encodeMicros: share(totals.encode),
    totalMicros: +cpuPerCommand.toFixed(1),
    patchBytes: Math.round(totals.bytes / Math.max(1, totals.views)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await benchServer(Number(process.argv[2] ?? 4), Number(process.argv[3] ?? 2)));

/**
 * The wire without sockets: bot matches through a real MatchSession and StateMirror, one
 * StateView per viewer as a room holds them. Prints the heap a match's state holds, the bytes a
 * client gets to join (the type handshake and the state) and per turn (each viewer's patches).
 * NODE_OPTIONS=--expose-gc npx tsx scripts/bench-wire.ts [turns] [matches] (without the flag the heap figure
 * includes garbage).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Encoder, Reflection, StateView } from "@colyseus/schema";
import { POWERS, viewForSeat } from "../shared";
import type { Viewer } from "../shared";
import { botCommands } from "../shared/bots";
import { passiveBot } from "../server/match/bots";
import { MatchSession } from "../server/match/session";
import type { MatchSettings } from "../server/match/types";
import { StateMirror } from "../server/rooms/mirror";
import { openDb } from "../server/store/db";
import { SqliteMatchStore } from "../server/store/sqlite-store";

export interface WireBench {
  matches: number;
  turns: number;
  /** Heap held per match (session, mirror, encoder and views), KB, after the turns. */
  heapPerMatchKB: number;
  /** Bytes to join at the start: the type handshake, and the state (root plus the seat's slot). */
  handshakeBytes: number;
  joinStateBytes: number;
  /** Bytes to join after the last turn (a late joiner or a reconnection). */
  lateJoinStateBytes: number;
  /** Patch bytes per power's client per turn. */
  bytesPerClientPerTurn: number;
  patchBytesPerCommand: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

export async function benchWire(turns = 4, matches = 4): Promise<WireBench> {
  Encoder.BUFFER_SIZE = 512 * 1024;
  const dir = mkdtempSync(join(tmpdir(), "overflight-wire-"));
  const db = openDb(dir);
  const store = new SqliteMatchStore(db);
  const kept: unknown[] = [];
  const totals = { handshake: 0, join: 0, lateJoin: 0, turnBytes: 0, turns: 0, commands: 0, patchBytes: 0, views: 0 };
  const before = heap();
  try {
    for (let m = 0; m < matches; m++) {
      const settings: MatchSettings = {
        name: "bench", visibility: "private", scenarioId: "caspian-salvo", turns: turns + 1, timerProfile: "custom",
        timers: { briefing: 600, diplomacy: 600, orders: 600, report: 600 }, bots: {}, botLevel: "normal", facilitator: false, teams: false,
      };
      const { session } = await MatchSession.create(settings, { store, owner: "local", leaseMs: 60_000, bots: passiveBot, now: () => Date.now(), absentGraceMs: 60_000, restoreGraceMs: 30_000 });
      const mirror = new StateMirror(session);
      const encoder = new Encoder(mirror.state);
      const viewers: Viewer[] = [...POWERS, "spectator"];
      const views = viewers.map((v) => {
        const view = new StateView();
        mirror.watch(v, view);
        return view;
      });
      totals.handshake += Reflection.encode(encoder).length;
      const shared = { offset: 1 };
      encoder.encodeAll(shared);
      totals.join += encoder.encodeAllView(views[0]!, shared.offset, { ...shared }).length;
      encoder.discardChanges();
      let turnBytes = 0;
      const step = (actor: Parameters<MatchSession["submit"]>[0], command: Record<string, unknown>) => {
        if (!session.submit(actor, command).ok) return;
        mirror.syncRules();
        const it = { offset: 1 };
        encoder.encode(it);
        const sharedOffset = it.offset;
        views.forEach((view, i) => {
          const bytes = encoder.encodeView(view, sharedOffset, { offset: sharedOffset }).length;
          if (i < POWERS.length) turnBytes += bytes;
          totals.patchBytes += bytes;
          totals.views++;
        });
        encoder.discardChanges();
        totals.commands++;
      };
      for (let guard = 0; session.state.status === "running" && session.state.turn <= turns && guard < 300; guard++) {
        const state = session.state;
        if (state.phase !== "resolution") {
          const rounds = state.phase === "diplomacy" ? 2 : 1;
          for (let r = 0; r < rounds; r++) for (const p of POWERS) for (const c of botCommands(viewForSeat(session.state, p), p, "normal")) step(p, c);
        }
        const turn = session.state.turn;
        step("system", { type: "advance", turn: session.state.turn, phase: session.state.phase });
        if (session.state.turn !== turn) totals.turns++;
      }
      totals.turnBytes += turnBytes;
      const late = { offset: 1 };
      encoder.encodeAll(late);
      totals.lateJoin += encoder.encodeAllView(views[0]!, late.offset, { ...late }).length;
      kept.push({ session, mirror, encoder, views });
    }
    const after = heap();
    return {
      matches,
      turns: totals.turns,
      heapPerMatchKB: Math.round((after - before) / 1024 / matches),
      handshakeBytes: Math.round(totals.handshake / matches),
      joinStateBytes: Math.round(totals.join / matches),
      lateJoinStateBytes: Math.round(totals.lateJoin / matches),
      bytesPerClientPerTurn: Math.round(totals.turnBytes / Math.max(1, totals.turns * POWERS.length)),
      patchBytesPerCommand: Math.round(totals.patchBytes / Math.max(1, totals.views)),
    };
  } finally {
    for (const k of kept) (k as { session: MatchSession }).session.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await benchWire(Number(process.argv[2] ?? 4), Number(process.argv[3] ?? 4)));

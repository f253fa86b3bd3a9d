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
import { Encoder, Reflection } from "@colyseus/schema";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { powerIds } from "../shared/scenario/ids-of";

/** These runs play caspian-salvo matches. */
const POWERS = powerIds(caspianSalvo);
import type { MatchSession } from "../server/match/session";
import { openDb } from "../server/store/db";
import { SqliteMatchStore } from "../server/store/sqlite-store";
import { openBenchMatch, playBots } from "./bench-match";
import type { BenchStep } from "./bench-match";

export interface WireBench {
  matches: number;
  turns: number;
  /** Heap held per match (session, mirror, encoder and views), KB, after the turns. */
  heapPerMatchKB: number;
  /**
   * Bytes to join at the start: the type handshake (sent only to a client that does not bring the
   * state's types; the game's client does, client/src/net/open-room.ts), and the state (root plus
   * the seat's slot).
   */
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
      const { session, mirror, encoder, views } = await openBenchMatch(store, turns);
      totals.handshake += Reflection.encode(encoder).length;
      const shared = { offset: 1 };
      encoder.encodeAll(shared);
      totals.join += encoder.encodeAllView(views[0]!, shared.offset, { ...shared }).length;
      encoder.discardChanges();
      let turnBytes = 0;
      const step: BenchStep = (actor, command) => {
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
      totals.turns += playBots(session, turns, step);
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

/**
 * Crash recovery: the real entry point in a child process, killed with SIGKILL in the middle of a
 * match and started again on the same data directory. The match comes back with the same hash,
 * under the same id, and its players rejoin with their seat keys and play on.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import { chatOf, command, create, httpJson, join, viewOf, waitFor, waitPhase } from "./harness";
import { OPERATOR_ENV, operatorSummary } from "../support/operator";
import { bootServer } from "../fault/support";
import { MESSAGES } from "../../shared/protocol";

const STRIKE = "restartstrike1";
const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-restart-"));
let child: ChildProcess | null = null;
const rooms: Room[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
}

function boot(port: number): Promise<ChildProcess> {
  return bootServer(port, dataDir, { RESTORE_GRACE_SECONDS: "30", ...OPERATOR_ENV }, 20_000);
}

async function stableHash(port: number, id: string): Promise<string> {
  let last = "";
  for (;;) {
    const hash = (await operatorSummary<{ hash: string }>(port, id)).hash;
    if (hash === last) return hash;
    last = hash;
    await new Promise((r) => setTimeout(r, 250));
  }
}

afterAll(async () => {
  for (const room of rooms) if (room.connection.isOpen) await room.leave().catch(() => undefined);
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child!.once("exit", r));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("kill -9 and restart", () => {
  it("restores the match to the same hash and lets its players play on", async () => {
    const port = await freePort();
    child = await boot(port);
    const client = new Client(`http://127.0.0.1:${port}`);

    // Into the middle of a match: diplomacy done, Russia's orders in.
    const russia = await create(client, { match: { visibility: "private", timers: "online", name: "Crash test" }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    const seatKey = russia.got.seat!.seatKey!;
    const iran = await join(client, id, { power: "iran", name: "Bob" });
    const iranKey = iran.got.seat!.seatKey!;
    for (const r of [russia.room, iran.room]) {
      r.reconnection.enabled = false;
      rooms.push(r);
    }
    for (const r of [russia.room, iran.room]) expect(await command(r, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "diplomacy", 1);
    expect(
      await command(russia.room, { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 }], note: "corridor" }),
    ).toMatchObject({ ok: true });
    const proposal = await waitFor(() => viewOf(iran.room).proposals.find((p) => p.note === "corridor"));
    expect(await command(iran.room, { type: "accept", proposal: proposal.id })).toMatchObject({ ok: true });
    expect(await russia.room.request(MESSAGES.chat, { to: ["iran"], text: "see you over Iraq" })).toMatchObject({ ok: true });
    for (const r of [russia.room, iran.room]) expect(await command(r, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "orders", 1);
    const orders = {
      strikes: [{ id: STRIKE, asset: "caspian-flotilla", zone: "raqqa", faction: "isis", units: 6, waypoints: [[48.5, 35.5], [43.5, 34.0]], claim: "isis" }],
      support: [],
      posture: "watch",
      patrols: [],
      revoke: [],
    };
    expect(await command(russia.room, { type: "orders", orders })).toMatchObject({ ok: true });
    const before = await stableHash(port, id);
    const deadlineBefore = (russia.room.state as { deadline: number }).deadline;

    // kill -9.
    const exited = new Promise<NodeJS.Signals | null>((r) => child!.once("exit", (_code, signal) => r(signal)));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    // Restart on the same data: same match id, same hash, before anyone has rejoined.
    child = await boot(port);
    const restored = await operatorSummary<{ id: string; hash: string; phase: string; turn: number; status: string }>(port, id);
    expect(restored).toMatchObject({ id, hash: before, phase: "orders", turn: 1, status: "running" });

    // Rejoin with the seat keys on fresh clients; the orders, treaty and chat are there.
    const client2 = new Client(`http://127.0.0.1:${port}`);
    const russia2 = await join(client2, id, { seatKey });
    const iran2 = await join(client2, id, { seatKey: iranKey });
    rooms.push(russia2.room, iran2.room);
    expect(russia2.got.seat!.viewer).toBe("russia");
    const view = viewOf(russia2.room);
    expect(view.orders.russia?.strikes[0]?.id).toBe(STRIKE);
    expect(view.treaties.some((t) => t.proposalId === proposal.id)).toBe(true);
    expect(chatOf(russia2.room).map((m) => m.text)).toContain("see you over Iraq");
    // The phase clock resumed where it was (at least the restore grace left).
    const deadline = (russia2.room.state as { deadline: number }).deadline;
    expect(deadline).toBeGreaterThanOrEqual(Math.min(deadlineBefore, Date.now() + 25_000));

    // And play on: Iran's orders, both ready → resolution → report.
    expect(await command(iran2.room, { type: "orders", orders: { strikes: [], support: [], posture: "open", patrols: [], revoke: [] } })).toMatchObject({ ok: true });
    for (const r of [russia2.room, iran2.room]) expect(await command(r, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia2.room, "report", 1);
    await waitFor(() => viewOf(russia2.room).log.some((e) => e.kind === "strikeFlown" && e.strikeId === STRIKE), 3000, "the salvo flies");
    expect((await operatorSummary<{ hash: string }>(port, id)).hash).not.toBe(before);
  }, 60_000);
});

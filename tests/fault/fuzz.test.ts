/**
 * Fuzzing a live match. Five well-behaved SDK clients hold five seats; an attacker holds the
 * sixth, with several connections on its seat key and as spectators, and sends thousands of
 * hostile messages: junk payloads, wrong types, huge strings, unknown message types, control
 * commands, out-of-phase and stale commands, other seats' proposals and treaties, commands as
 * another power, bad chat and claims; then floods, an oversized frame and raw garbage frames.
 *
 * The server never crashes; every hostile message gets an error with the expected code (in
 * order, on its own connection), sent or requested; while only the attacker acts the match hash
 * does not move; the rules' invariants hold on the server's state, which is always its command
 * log replayed; and the well-behaved clients play on through a whole turn.
 *
 * FUZZ_MESSAGES (default 2400) sets how many hostile messages are sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { passiveBot } from "../../server/match/bots";
import type { MatchSession } from "../../server/match/session";
import { create, join, startServer, waitFor } from "../server/harness";
import type { Received, TestServer } from "../server/harness";
import { fuzzer } from "./fuzz-messages";
import type { Hostile } from "./fuzz-messages";
import { expectSoundMatch, othersIds, seatPlayers, sleep } from "./support";
import { MESSAGES } from "../../shared/protocol";

const HOSTILE = Number(process.env.FUZZ_MESSAGES ?? 2400);
/** One message every this many ms per connection: under the 40 a second that count as a flood. */
const PACE_MS = 32;

let server: TestServer;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onUncaught);
  // Commands are not rate limited here, so that hostile commands reach the rules (the limit has its own test).
  server = await startServer({ bots: passiveBot, commandBurst: 1_000_000, chatBurst: 3, chatIntervalMs: 1000 });
});
afterAll(async () => {
  process.off("uncaughtException", onUncaught);
  process.off("unhandledRejection", onUncaught);
  await server?.close();
});

interface Attacker {
  room: Room;
  got: Received;
  seat: "syria" | "spectator";
  /** Hostile messages sent with `send`, in order: each must bring one error. */
  sent: Hostile[];
  /** Requests answered with something other than a refusal with an expected code. */
  wrongReplies: string[];
}

/** The expected code, or (in a long run whose match has been played to its end) match/ended. */
function refusedAsExpected(hostile: Hostile, code: string): boolean {
  return hostile.expect.test(code) || (code === "match/ended" && hostile.type !== "chat" && !hostile.expect.test("message/unknown_type"));
}

async function attack(attackers: Attacker[], count: number, session: MatchSession, seed: string): Promise<void> {
  const perConnection = Math.ceil(count / attackers.length);
  await Promise.all(
    attackers.map(async (a, index) => {
      const fuzz = fuzzer(`${seed}-${index}`);
      for (let i = 0; i < perConnection && a.room.connection.isOpen; i++) {
        const ids = othersIds(session, a.seat);
        const hostile = fuzz.next({ seat: a.seat, turn: session.state.turn, phase: session.state.phase, othersProposals: ids.proposals, othersTreaties: ids.treaties });
        if (fuzz.chance(0.25)) {
          // The request form: the refusal comes back as the reply (an unknown type has no handler to reply).
          try {
            const reply = (await a.room.request(hostile.type as string, hostile.payload)) as { ok?: boolean; code?: string };
            if (reply?.ok !== false || !refusedAsExpected(hostile, String(reply.code))) a.wrongReplies.push(`${hostile.what}: ${JSON.stringify(reply).slice(0, 120)}`);
          } catch (error) {
            if (!hostile.expect.test("message/unknown_type") || !/no_handler|not registered|has no onMessage/.test(String((error as Error).message))) {
              a.wrongReplies.push(`${hostile.what}: rejected ${String(error).slice(0, 120)}`);
            }
          }
        } else {
          a.sent.push(hostile);
          a.room.send(hostile.type as string, hostile.payload);
        }
        await sleep(PACE_MS);
      }
    }),
  );
  // Every hostile message sent has had its error back, in order and with an expected code.
  for (const a of attackers) {
    await waitFor(() => a.got.errors.length >= a.sent.length, 15_000, `errors for ${a.sent.length} hostile messages`);
    if (a.got.errors.length !== a.sent.length) {
      const rows = a.got.errors.map((e, i) => `${i}: ${e.type} ${e.code} <- ${a.sent[i]?.what ?? "(none)"} ${String(a.sent[i]?.type ?? "").slice(0, 15)}`);
      expect.fail(`one error per hostile message on a ${a.seat} connection: ${a.got.errors.length} errors for ${a.sent.length} messages\n${rows.join("\n")}`);
    }
    const wrong = a.sent
      .map((h, i) => ({ h, error: a.got.errors[i]! }))
      .filter(({ h, error }) => !refusedAsExpected(h, error.code) || typeof error.message !== "string" || error.message.length === 0)
      .map(({ h, error }) => `${h.what} (${String(h.type).slice(0, 20)}): got ${error.code}, expected ${h.expect}`);
    expect(wrong).toEqual([]);
    expect(a.wrongReplies).toEqual([]);
  }
}

describe("a live match under fuzzing", () => {
  it("refuses every hostile message with an error code, stays sound, and the others play a whole turn", async () => {
    const timers = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
    const first = await create(server.client(), { match: { visibility: "private", timers, turns: 30, name: "Fuzz" }, power: "syria", name: "Mallory" });
    const id = first.room.roomId;
    const seatKey = first.got.seat!.seatKey!;
    const session = server.app.services.registry.get(id)!;
    const good = await seatPlayers(() => server.client(), id, ["russia", "usa", "iran", "iraq", "turkey"], { autoplay: false });

    const attackers: Attacker[] = [{ ...first, seat: "syria", sent: [], wrongReplies: [] }];
    for (let i = 0; i < 5; i++) attackers.push({ ...(await join(server.client(), id, { seatKey })), seat: "syria", sent: [], wrongReplies: [] });
    for (let i = 0; i < 3; i++) attackers.push({ ...(await join(server.client(), id, { spectator: true })), seat: "spectator", sent: [], wrongReplies: [] });

    // 1. Only the attacker acts: nothing it sends changes the match.
    const hashBefore = session.hash();
    await attack(attackers, HOSTILE / 2, session, "quiet");
    expect(session.hash()).toBe(hashBefore);
    expectSoundMatch(session);

    // 2. The others play while the attack goes on; the attacker's seat says ready now and then.
    for (const p of good.players) p.begin();
    let playing = true;
    const readying = (async () => {
      while (playing) {
        const s = session.state;
        await first.room.request(MESSAGES.command, { type: "ready", turn: s.turn, phase: s.phase, ready: true }).catch(() => undefined);
        await sleep(250);
      }
    })();
    for (const a of attackers) a.sent.length = a.got.errors.length = 0;
    await attack(attackers, HOSTILE / 2, session, "busy");
    await waitFor(() => session.state.turn >= 2 && session.state.phase !== "briefing", 60_000, "a whole turn played");
    playing = false;
    await readying;
    expectSoundMatch(session);
    expect(session.state.log.some((e) => e.kind === "phase" && e.phase === "report" && e.turn === 1)).toBe(true);
    // The well-behaved clients met only the refusals that racing the clock brings.
    const refusals = [...good.stats.refusals.keys()].filter((code) => !/^(command\/stale|phase\/not_now|proposal\/(closed|not_found|already_accepted))$/.test(code));
    expect(refusals).toEqual([]);
    expect(good.stats.failures.size, JSON.stringify([...good.stats.failures])).toBe(0);

    // 3. A flood: the flooding connection is dropped; nobody else is.
    const flooder = await join(server.client(), id, { spectator: true });
    flooder.room.reconnection.enabled = false;
    let floodClosed: number | null = null;
    flooder.room.onLeave((code) => (floodClosed = code));
    for (let i = 0; i < 200; i++) flooder.room.send("nonsense", { i });
    await waitFor(() => floodClosed !== null, 5000, "the flooder is disconnected");
    expect(flooder.got.errors.length).toBeLessThan(200);

    // 4. A frame over 64 KB closes that socket (WebSocket 1009), and only that one.
    const big = await join(server.client(), id, { spectator: true });
    big.room.reconnection.enabled = false;
    let bigClosed: number | null = null;
    big.room.onLeave((code) => (bigClosed = code));
    big.room.send(MESSAGES.chat, { to: "public", text: "z".repeat(70_000) });
    await waitFor(() => bigClosed !== null, 5000, "the oversized frame closes its socket");

    // 5. Raw frames that are not Colyseus messages: each is ignored, refused or closes its socket.
    const raw = await join(server.client(), id, { spectator: true });
    raw.room.reconnection.enabled = false;
    let rawClosed = false;
    raw.room.onLeave(() => (rawClosed = true));
    const ws = (raw.room.connection.transport as unknown as { ws: { send(data: Buffer | string): void } }).ws;
    const garbage = [[], [13], [14], [13, 0xc1], [13, 0xa1, 0x78, 0xd9], [14, 1, 0xa1, 0x78, 0xc1], [99, 1, 2, 3], [255, 255, 255], [13, 0xa7, 99, 111, 109, 109, 97, 110, 100, 0xdb, 0xff, 0xff, 0xff, 0x7f]];
    for (const frame of garbage) {
      if (rawClosed) break;
      ws.send(Buffer.from(frame));
      await sleep(40);
    }
    if (!rawClosed) ws.send("a text frame");
    // A type name the frame decoder cannot read (not ASCII) is the same: refused or disconnected.
    const odd = await join(server.client(), id, { spectator: true });
    odd.room.reconnection.enabled = false;
    let oddClosed = false;
    odd.room.onLeave(() => (oddClosed = true));
    for (const type of ["🚀", "chat\u0000", "\u202e", "é", "漢字"]) {
      if (oddClosed) break;
      odd.room.send(type, { x: 1 });
      await sleep(40);
    }
    await sleep(300);

    // Chat is stored and sent verbatim (as plain text, trimmed): markup and odd characters included;
    // control characters (NUL, escape, …) are refused with an error, not stored.
    for (const bad of ["a\u0000b", "\u001b[31mred", "bell\u0007"]) {
      expect(await good.players[0]!.room.request(MESSAGES.chat, { to: "public", text: bad })).toMatchObject({ ok: false, code: "chat/malformed" });
    }
    const text = "<b>bold</b> & <script>alert('x')</script> é漢字🚀 \u202e ${x} \\n\ttab\nline";
    expect(await good.players[0]!.room.request(MESSAGES.chat, { to: "public", text: `  ${text}  ` })).toMatchObject({ ok: true });
    expect(session.chatLog.at(-1)!.text).toBe(text);
    expect((await server.app.services.store.chat(id)).at(-1)!.text).toBe(text);

    // Still standing: health, the match, every well-behaved connection; nothing thrown anywhere.
    expect((await server.http<{ ok: boolean }>("/health")).body.ok).toBe(true);
    for (const p of good.players) expect(p.room.connection.isOpen).toBe(true);
    expect(first.room.connection.isOpen).toBe(true);
    expectSoundMatch(session);
    expect(uncaught.map(String)).toEqual([]);

    for (const p of good.players) await p.leave();
    for (const a of attackers) await a.room.leave().catch(() => undefined);
  }, Math.max(120_000, HOSTILE * 10));
});

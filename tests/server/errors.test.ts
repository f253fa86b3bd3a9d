/**
 * Malformed, unauthorised and out-of-phase messages: each gets an error with a stable code, sent
 * to its sender only; nothing changes (same match hash) and the socket stays open.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { passiveBot } from "../../server/match/bots";
import { command, create, join, startServer, viewOf, waitFor } from "./harness";
import type { Received, TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot, chatBurst: 3, chatIntervalMs: 60_000 });
});
afterAll(async () => {
  await server?.close();
});

/** The live hash, hidden commands included: nothing at all may change. */
async function hashOf(matchId: string): Promise<string> {
  return server.app.services.registry.get(matchId)!.hash();
}

/** Sends with room.send and waits for the "error" message it must cause. */
async function sendExpectingError(room: Room, got: Received, type: string, payload: unknown): Promise<{ code: string; params?: Record<string, string | number>; message: string }> {
  const before = got.errors.length;
  room.send(type, payload);
  await waitFor(() => got.errors.length > before, 3000, `error for ${type}`);
  return got.errors[got.errors.length - 1]!;
}

describe("bad messages", () => {
  it("are answered with error codes, change nothing and keep the socket open", async () => {
    const russia = await create(server.client(), { match: { visibility: "private", timers: "online" }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    const iran = await join(server.client(), id, { power: "iran", name: "Bob" });
    const spectator = await join(server.client(), id, { spectator: true });
    const stamp = () => ({ turn: (russia.room.state as { turn: number }).turn, phase: (russia.room.state as { phase: string }).phase });
    const before = await hashOf(id);
    const russiaEventsBefore = viewOf(russia.room).log.length;

    const cases: [Room, Received, string, unknown, string][] = [
      [russia.room, russia.got, "command", "not a command", "command/malformed"],
      [russia.room, russia.got, "command", { type: "orders", ...stamp() }, "command/malformed"],
      [russia.room, russia.got, "command", { type: "launch-nukes", ...stamp() }, "command/malformed"],
      [russia.room, russia.got, "command", { type: "ready", ...stamp(), ready: true, actor: "iran" }, "command/malformed"],
      [russia.room, russia.got, "command", { type: "propose", ...stamp(), parties: ["iran"], terms: [{ kind: "basing", host: "iran", guest: "russia", turns: 2 }], note: "" }, "phase/not_now"],
      [russia.room, russia.got, "command", { type: "ready", turn: 7, phase: "orders", ready: true }, "command/stale"],
      [russia.room, russia.got, "command", { type: "advance", ...stamp() }, "seat/not_facilitator"],
      [russia.room, russia.got, "command", { type: "end", ...stamp() }, "seat/not_facilitator"],
      [spectator.room, spectator.got, "command", { type: "ready", ...stamp(), ready: true }, "seat/spectator"],
      [spectator.room, spectator.got, "chat", { to: "public", text: "hi" }, "chat/spectator"],
      [russia.room, russia.got, "chat", { to: "public", text: "x".repeat(501) }, "chat/malformed"],
      [russia.room, russia.got, "chat", { to: ["mars"], text: "hi" }, "seat/unknown_power"],
      [russia.room, russia.got, "chat", { to: ["Mars!"], text: "hi" }, "chat/malformed"],
      [russia.room, russia.got, "chat", { to: ["russia"], text: "talking to myself" }, "chat/no_recipient"],
      [russia.room, russia.got, "pause", { paused: true }, "seat/not_facilitator"],
      [russia.room, russia.got, "claim", { power: "usa" }, "seat/already_seated"],
      [russia.room, russia.got, "nonsense", { a: 1 }, "message/unknown_type"],
    ];
    for (const [room, got, type, payload, code] of cases) {
      const othersBefore = iran.got.errors.length;
      const error = await sendExpectingError(room, got, type, payload);
      expect(error, `${type} ${JSON.stringify(payload).slice(0, 60)}`).toMatchObject({ code, message: expect.any(String) });
      if (room !== iran.room) expect(iran.got.errors.length).toBe(othersBefore);
    }

    // The request form answers in its reply instead.
    expect(await command(russia.room, { type: "accept", proposal: "p999" })).toMatchObject({ ok: false, code: "phase/not_now" });
    // A refusal carries its parameters, and the catalog's English words for SDK users and logs.
    expect(await russia.room.request(MESSAGES.command, { type: "ready", turn: 7, phase: "orders", ready: true })).toEqual({
      ok: false, type: "command", code: "command/stale", params: { turn: 7, phase: "orders", now: 1, at: stamp().phase },
      message: `That command was for turn 7 (orders); the match is at turn 1 (${stamp().phase}).`,
    });
    expect(await russia.room.request(MESSAGES.chat, { to: "public" })).toMatchObject({ ok: false, code: "chat/malformed" });

    // Rate limit: a burst of 3, then refusals.
    const chats = [];
    for (let i = 0; i < 5; i++) chats.push(await iran.room.request(MESSAGES.chat, { to: "public", text: `message ${i}` }));
    expect(chats.map((c) => (c as { ok: boolean }).ok)).toEqual([true, true, true, false, false]);
    expect(chats[4]).toMatchObject({ code: "chat/rate_limited" });

    // Nothing changed; every socket is still open and still works.
    expect(await hashOf(id)).toBe(before);
    expect(viewOf(russia.room).log.length).toBe(russiaEventsBefore);
    for (const room of [russia.room, iran.room, spectator.room]) expect(room.connection.isOpen).toBe(true);
    expect(await command(russia.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => (iran.room.state as { seats: Map<string, { ready: boolean }> }).seats.get("russia")!.ready);
    expect(await hashOf(id)).not.toBe(before);

    for (const room of [russia.room, iran.room, spectator.room]) await room.leave();
  });
});

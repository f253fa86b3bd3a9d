/**
 * The phase clock and the facilitator: a phase ends when its time is up (the server advances as
 * "system"), the clock stops while nobody is connected, the facilitator pauses, extends, advances
 * and ends the match, and the finished match's archive opens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { command, create, join, startServer, viewOf, waitFor, waitPhase } from "./harness";
import type { TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  await server?.close();
});

interface Clock {
  phase: string;
  turn: number;
  deadline: number;
  remaining: number;
  paused: boolean;
  pauseReason: string;
}
const clockOf = (room: { state: unknown }) => room.state as Clock;

describe("the phase clock", () => {
  it("advances when time is up, and stops while nobody is connected", async () => {
    const timers = { briefing: 5, diplomacy: 600, orders: 600, report: 600 };
    const host = await create(server.client(), { match: { visibility: "private", timers }, power: "usa", name: "Una" });
    const id = host.room.roomId;
    const state = clockOf(host.room);
    expect(state.paused).toBe(false);
    expect(state.deadline - Date.now()).toBeGreaterThan(3000);
    expect(state.deadline - Date.now()).toBeLessThanOrEqual(5000);

    // Time is up: the server advances, stamped for the phase it was set for.
    await waitPhase(host.room, "diplomacy", 1, 8000);
    const session = server.app.services.registry.get(id)!;
    expect(session.commands.at(-1)).toMatchObject({ actor: "system", command: { type: "advance", turn: 1, phase: "briefing" } });
    expect(clockOf(host.room).deadline - Date.now()).toBeGreaterThan(590_000);

    // Everyone leaves: the clock stops with its time left; it runs again when someone is back.
    const seatKey = host.got.seat!.seatKey!;
    await host.room.leave();
    await waitFor(() => session.clockView().paused);
    expect(session.clockView()).toMatchObject({ pauseReason: "empty", deadline: null });
    const left = session.clockView().remainingMs!;
    await new Promise((r) => setTimeout(r, 300));
    expect(session.clockView().remainingMs).toBe(left);
    const back = await join(server.client(), id, { seatKey });
    await waitFor(() => !clockOf(back.room).paused && clockOf(back.room).deadline > 0);
    expect(clockOf(back.room).deadline - Date.now()).toBeLessThanOrEqual(left);
    await back.room.leave();
  }, 20_000);

  it("obeys the facilitator, and opens the archive once the match is over", async () => {
    const teacher = await create(server.client(), { match: { visibility: "private", timers: "lesson", facilitator: true, name: "Class 4B" }, name: "Ms K" });
    const id = teacher.room.roomId;
    const facilitatorKey = teacher.got.seat!.facilitatorKey!;
    const student = await join(server.client(), id, { power: "turkey", name: "Student" });
    expect(clockOf(teacher.room)).toMatchObject({ paused: true, pauseReason: "facilitator" });

    // Ready players do not move a paused match on.
    expect(await command(student.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(clockOf(teacher.room).phase).toBe("briefing");

    // Resuming: the ready seat moves it on at once; extending adds time.
    expect(await teacher.room.request(MESSAGES.pause, { paused: false })).toMatchObject({ ok: true });
    await waitPhase(student.room, "diplomacy", 1);
    const deadline = clockOf(teacher.room).deadline;
    expect(await teacher.room.request(MESSAGES.extend, { seconds: 60 })).toMatchObject({ ok: true });
    await waitFor(() => clockOf(student.room).deadline >= deadline + 59_000);
    // Shortening takes time off, but never ends the phase: that is the next-phase button's.
    expect(await teacher.room.request(MESSAGES.extend, { seconds: -60 })).toMatchObject({ ok: true });
    expect(await teacher.room.request(MESSAGES.extend, { seconds: -600 })).toMatchObject({ ok: false, code: "extend/too_little_left" });
    expect(clockOf(teacher.room).phase).toBe("diplomacy");

    // Advance, inject, private chat, then end.
    expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(student.room, "orders", 1);
    expect(
      await command(teacher.room, { type: "inject", card: { headline: "Refugee convoy", text: "A convoy crosses into Turkey.", effects: [] }, to: null }),
    ).toMatchObject({ ok: true });
    await waitFor(() => viewOf(student.room).log.some((e) => e.kind === "card" && e.headline === "Refugee convoy"));
    expect(await teacher.room.request(MESSAGES.chat, { to: ["turkey"], text: "private word" })).toMatchObject({ ok: true });
    expect(await student.room.request(MESSAGES.chat, { to: "public", text: "public word" })).toMatchObject({ ok: true });

    expect((await server.http(`/api/matches/${id}/archive`)).status).toBe(409);
    expect(await command(teacher.room, { type: "end" })).toMatchObject({ ok: true });
    await waitFor(() => (student.room.state as { status: string }).status === "ended");
    expect(viewOf(student.room).log.some((e) => e.kind === "matchEnded")).toBe(true);
    expect(await command(student.room, { type: "ready", ready: true })).toMatchObject({ ok: false, code: "match/ended" });
    expect(await teacher.room.request(MESSAGES.extend, { seconds: 60 })).toMatchObject({ ok: false, code: "match/ended" });

    interface Archive {
      setup: { seed: string; turns: number };
      commands: { actor: string; command: { type: string } }[];
      final: { status: string; viewer: string };
      finalHash: string;
      chat: { text: string }[];
    }
    const open = await server.http<Archive>(`/api/matches/${id}/archive`);
    expect(open.status).toBe(200);
    expect(open.body.final).toMatchObject({ status: "ended", viewer: "facilitator" });
    expect(open.body.commands.map((c) => `${c.actor}:${c.command.type}`)).toEqual(["turkey:ready", "system:advance", "facilitator:advance", "facilitator:inject", "facilitator:end"]);
    expect(open.body.finalHash).toBe(server.app.services.registry.get(id)!.hash());
    expect(open.body.chat.map((m) => m.text)).toEqual(["public word"]);
    const full = await server.http<Archive>(`/api/matches/${id}/archive`, { headers: { "x-facilitator-key": facilitatorKey } });
    expect(full.body.chat.map((m) => m.text)).toEqual(["private word", "public word"]);
    expect((await server.http("/api/matches/nosuchmatch/archive")).status).toBe(404);

    // The archive replays to the same hash through the replay tool's core.
    const { parseReplayFile, replayMatch } = await import("../../scripts/replay-core");
    const file = parseReplayFile(JSON.stringify((open.body as unknown as { replay: unknown }).replay));
    if (!file.ok) throw new Error(file.error);
    expect(replayMatch(file.value).hash).toBe(open.body.finalHash);

    await teacher.room.leave();
    await student.room.leave();
  }, 20_000);
});

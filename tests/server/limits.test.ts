/**
 * Rate and size limits: rules commands per seat, guesses of join codes and keys per address, new
 * matches per address, and the size of create and join options. (Chat's limit is in errors.test.ts; floods and frames over
 * 64 KB in tests/fault/fuzz.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { command, create, join, startServer } from "./harness";
import type { TestServer } from "./harness";
import { ROOM_NAME } from "../../shared/protocol";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot, commandBurst: 5, commandIntervalMs: 60_000, guessBurst: 3, guessIntervalMs: 1500 });
});
afterAll(async () => {
  await server?.close();
});

describe("limits", () => {
  it("hold a seat to its command budget, across all its connections", async () => {
    const russia = await create(server.client(), { match: { visibility: "private" }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    const again = await join(server.client(), id, { seatKey: russia.got.seat!.seatKey! });
    const iran = await join(server.client(), id, { power: "iran", name: "Bob" });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await command(russia.room, { type: "ready", ready: i % 2 === 0 }));
    for (let i = 0; i < 3; i++) answers.push(await command(again.room, { type: "ready", ready: i % 2 === 0 }));
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, true, true, false]);
    expect(answers[5]).toMatchObject({ code: "command/rate_limited" });
    // Another seat has its own budget.
    expect(await command(iran.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    for (const room of [russia.room, again.room, iran.room]) await room.leave();
  });

  it("slow down wrong guesses of join codes and keys from one address, never a right one", async () => {
    const host = await create(server.client(), { match: { visibility: "private", name: "Guess me", facilitator: true } });
    const code = host.got.seat!.code;
    const facilitatorKey = host.got.seat!.facilitatorKey!;
    const student = await join(server.client(), host.room.roomId, { power: "usa", name: "Una" });
    const seatKey = student.got.seat!.seatKey!;
    const timed = async <T>(run: () => Promise<T>) => {
      const start = performance.now();
      const value = await run();
      return { value, ms: performance.now() - start };
    };
    // A right code costs nothing.
    for (let i = 0; i < 6; i++) expect((await server.http(`/api/code/${code}`)).status).toBe(200);
    // Wrong codes and wrong keys share one budget per address; within it they are answered at once.
    expect((await server.http("/api/code/ZZZZZZ")).status).toBe(404);
    await expect(server.client().joinById(host.room.roomId, { seatKey: "s_wrong" })).rejects.toThrow(/seat\/bad_key/);
    expect((await server.http("/api/code/ZZZZZY")).status).toBe(404);
    // Beyond it, each wrong guess waits for the refill interval before its answer.
    const [late, lateKey] = await Promise.all([
      timed(() => server.http("/api/code/ZZZZZX")),
      timed(() => server.client().joinById(host.room.roomId, { facilitatorKey: "f_wrong" }).then(() => "joined", (e: Error) => e.message)),
    ]);
    expect(late.value.status).toBe(404);
    expect(late.ms).toBeGreaterThanOrEqual(1400);
    expect(lateKey.value).toMatch(/seat\/bad_key/);
    expect(lateKey.ms).toBeGreaterThanOrEqual(1400);
    expect((await server.http("/api/code/ZZZZZW")).status).toBe(404);
    // The same address, still over its budget: a right code, a seat key and the facilitator key all pass.
    expect((await server.http(`/api/code/${code}`)).status).toBe(200);
    const back = await join(server.client(), host.room.roomId, { seatKey });
    expect(back.got.seat!.viewer).toBe("usa");
    const teacher = await join(server.client(), host.room.roomId, { facilitatorKey });
    expect(teacher.got.seat!.viewer).toBe("facilitator");
    // Joining without a key (a spectator) is not a guess.
    const spectator = await join(server.client(), host.room.roomId, { spectator: true });
    expect(spectator.got.seat!.viewer).toBe("spectator");
    for (const room of [spectator.room, teacher.room, back.room, student.room, host.room]) await room.leave();
  });

  it("count a refused reconnection token as a wrong guess", async () => {
    const host = await create(server.client(), { match: { visibility: "private" }, power: "usa", name: "Una" });
    // Spend the address's guesses, then try a made-up token: its refusal is held back.
    for (let i = 0; i < 4; i++) void server.http(`/api/code/QQQQQ${i}`);
    await new Promise((r) => setTimeout(r, 100));
    const start = performance.now();
    await expect(server.client().reconnect(`${host.room.roomId}:not-a-token`)).rejects.toThrow(/reconnection token invalid/);
    expect(performance.now() - start).toBeGreaterThanOrEqual(1400);
    await host.room.leave();
  });

  it("hold an address to its budget of new matches, through create, joinOrCreate and quick play", async () => {
    const limited = await startServer({ bots: passiveBot, createBurst: 2, createIntervalMs: 60_000 });
    try {
      const first = await create(limited.client(), { match: { visibility: "private" }, power: "russia", name: "Ann" });
      const second = await create(limited.client(), { match: { visibility: "private" }, power: "russia", name: "Ann" });
      await expect(limited.client().create(ROOM_NAME, { match: { visibility: "private" }, power: "russia" })).rejects.toThrow(/create\/rate_limited/);
      // joinOrCreate always creates (every match room is private): it spends the same budget.
      await expect(limited.client().joinOrCreate(ROOM_NAME, { match: { visibility: "private" }, power: "russia" })).rejects.toThrow(/create\/rate_limited/);
      const quick = await limited.http<{ error: { code: string } }>("/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(quick.status).toBe(429);
      expect(quick.body.error.code).toBe("create/rate_limited");
      // Joining is not creating.
      const guest = await join(limited.client(), first.room.roomId, { power: "iran", name: "Bob" });
      expect(guest.got.seat!.viewer).toBe("iran");
      for (const room of [first.room, second.room, guest.room]) await room.leave();
    } finally {
      await limited.close();
    }
  });
});

/**
 * Rate and size limits: rules commands per seat, guesses of join codes and keys per address, new
 * matches per address, and the size of create and join options. (Chat's limit is in errors.test.ts; floods and frames over
 * 64 KB in tests/fault/fuzz.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { command, create, join, startServer } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot, commandBurst: 5, commandIntervalMs: 60_000, guessBurst: 4, guessIntervalMs: 60_000 });
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

  it("slow down guessing of join codes and keys from one address", async () => {
    const host = await create(server.client(), { match: { visibility: "private", name: "Guess me" }, power: "usa", name: "Una" });
    const code = host.got.seat!.code;
    // A right code costs nothing.
    for (let i = 0; i < 6; i++) expect((await server.http(`/api/code/${code}`)).status).toBe(200);
    // Wrong codes and wrong keys share one budget per address.
    expect((await server.http("/api/code/ZZZZZZ")).status).toBe(404);
    expect((await server.http("/api/code/ZZZZZY")).status).toBe(404);
    await expect(server.client().joinById(host.room.roomId, { seatKey: "s_wrong" })).rejects.toThrow(/seat\/bad_key/);
    expect((await server.http("/api/code/ZZZZZX")).status).toBe(404);
    const locked = await server.http<{ error: { code: string } }>("/api/code/ZZZZZW");
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("code/rate_limited");
    // While locked out, even a right code or key is not tried.
    expect((await server.http(`/api/code/${code}`)).status).toBe(429);
    await expect(server.client().joinById(host.room.roomId, { seatKey: host.got.seat!.seatKey! })).rejects.toThrow(/join\/rate_limited/);
    // Joining without a key (a spectator) is not a guess.
    const spectator = await join(server.client(), host.room.roomId, { spectator: true });
    expect(spectator.got.seat!.viewer).toBe("spectator");
    await spectator.room.leave();
    await host.room.leave();
  });

  it("refuse create and join options larger than 16 KB", async () => {
    const body = JSON.stringify({ match: { name: "x".repeat(20_000) } });
    const raw = await server.http<{ error: string }>("/matchmake/create/match", { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(raw.status).toBe(413);
    expect(raw.body.error).toMatch(/join\/too_large/);
    await expect(server.client().create("match", { match: { visibility: "private" }, name: "y".repeat(20_000) })).rejects.toThrow();
    // Normal options still go through.
    const ok = await create(server.client(), { match: { visibility: "private" }, power: "iraq", name: "Ira" });
    expect(ok.got.seat!.viewer).toBe("iraq");
    await ok.room.leave();
  });

  it("hold an address to its budget of new matches, through create, joinOrCreate and quick play", async () => {
    const limited = await startServer({ bots: passiveBot, createBurst: 2, createIntervalMs: 60_000 });
    try {
      const first = await create(limited.client(), { match: { visibility: "private" }, power: "russia", name: "Ann" });
      const second = await create(limited.client(), { match: { visibility: "private" }, power: "russia", name: "Ann" });
      await expect(limited.client().create("match", { match: { visibility: "private" }, power: "russia" })).rejects.toThrow(/create\/rate_limited/);
      // joinOrCreate always creates (every match room is private): it spends the same budget.
      await expect(limited.client().joinOrCreate("match", { match: { visibility: "private" }, power: "russia" })).rejects.toThrow(/create\/rate_limited/);
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

/**
 * Idle spectators cost a match a view and a socket each: at most MAX_SPECTATORS_PER_MATCH at
 * once per match (refused with seat/spectators_full), a seat's holder is never counted, and one
 * who leaves makes room for another.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { create, join, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot, maxSpectatorsPerMatch: 3 });
});
afterAll(async () => {
  await server?.close();
});

describe("spectators per match", () => {
  it("are capped; players are not counted; a place frees when one leaves", async () => {
    const host = await create(server.client(), { match: { visibility: "public" }, power: "russia", name: "Ann" });
    const id = host.room.roomId;
    const watching = [];
    for (let i = 0; i < 3; i++) watching.push(await join(server.client(), id, { spectator: true }));
    await expect(server.client().joinById(id, { spectator: true })).rejects.toThrow(/seat\/spectators_full/);
    // A player still gets a seat.
    const player = await join(server.client(), id, { power: "iran", name: "Bob" });
    expect(player.got.seat!.viewer).toBe("iran");
    // Another match has its own places.
    const other = await create(server.client(), { match: { visibility: "private" }, power: "usa", name: "Una" });
    const elsewhere = await join(server.client(), other.room.roomId, { spectator: true });
    expect(elsewhere.got.seat!.viewer).toBe("spectator");
    await watching[0]!.room.leave();
    const again = await waitFor(() => server.client().joinById(id, { spectator: true }).catch(() => undefined), 3000, "a free place");
    for (const r of [again, host.room, player.room, other.room, elsewhere.room, ...watching.slice(1).map((w) => w.room)]) await r.leave();
  });
});

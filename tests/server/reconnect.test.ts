/**
 * Keeping a seat: a network drop heals by itself (same session, same view); a closed tab comes
 * back with its seat key on a new client; an absent player's seat is played by a bot until the
 * player returns.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { chatOf, command, create, dropConnection, join, slotsOf, startServer, viewOf, waitFor, waitPhase } from "./harness";
import type { TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot, absentGraceSeconds: 1 });
});
afterAll(async () => {
  await server?.close();
});

type Seats = Map<string, { bot: boolean; botReason: string; connected: boolean; ready: boolean }>;
const seatsOf = (room: { state: unknown }) => (room.state as { seats: Seats }).seats;

describe("reconnection", () => {
  it("survives a network drop without losing the seat", async () => {
    const russia = await create(server.client(), { match: { visibility: "private", timers: "online" }, power: "russia", name: "Ann" });
    const iran = await join(server.client(), russia.room.roomId, { power: "iran", name: "Bob" });
    const sessionId = russia.room.sessionId;
    russia.room.reconnection.minUptime = 0;
    let dropped = 0;
    let reconnected = 0;
    russia.room.onDrop(() => dropped++);
    russia.room.onReconnect(() => reconnected++);

    dropConnection(russia.room);
    await waitFor(() => dropped === 1, 3000, "drop");
    await waitFor(() => !seatsOf(iran.room).get("russia")!.connected, 3000, "iran sees russia gone");
    await waitFor(() => reconnected === 1, 5000, "automatic reconnection");
    expect(russia.room.sessionId).toBe(sessionId);
    await waitFor(() => seatsOf(iran.room).get("russia")!.connected, 3000, "iran sees russia back");

    // Same seat, same view, and it keeps receiving: both ready → diplomacy.
    expect(slotsOf(russia.room).map((s) => s.viewer)).toEqual(["russia"]);
    expect(await command(russia.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    expect(await command(iran.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "diplomacy", 1);
    expect(viewOf(russia.room).phase).toBe("diplomacy");

    await russia.room.leave();
    await iran.room.leave();
  });

  it("gives the seat back to a new client with the seat key, a bot playing it meanwhile", async () => {
    const russia = await create(server.client(), { match: { visibility: "private", timers: "online" }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    const seatKey = russia.got.seat!.seatKey!;
    const iran = await join(server.client(), id, { power: "iran", name: "Bob" });
    expect(await russia.room.request(MESSAGES.chat, { to: ["iran"], text: "before the refresh" })).toMatchObject({ ok: true });
    const viewBefore = viewOf(russia.room);

    // The tab closes: no reconnection. After the grace period a bot plays the seat.
    await russia.room.leave();
    await waitFor(() => seatsOf(iran.room).get("russia")!.botReason === "absent", 4000, "bot takes over the absent seat");

    // A new client (another device) with the same key: same seat, same view, chat history kept.
    const back = await join(server.client(), id, { seatKey, name: "Ann again" });
    expect(back.got.seat).toMatchObject({ viewer: "russia", matchId: id });
    expect(back.got.seat!.seatKey).toBeUndefined();
    await waitFor(() => !seatsOf(iran.room).get("russia")!.bot, 3000, "human again");
    expect(viewOf(back.room).powers.russia!.secretObjective).toBe(viewBefore.powers.russia!.secretObjective);
    expect(chatOf(back.room).map((m) => m.text)).toContain("before the refresh");

    // Two devices may hold the same key at once (a team): both see the seat.
    const second = await join(server.client(), id, { seatKey });
    expect(second.got.seat!.viewer).toBe("russia");
    expect(await command(second.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => seatsOf(back.room).get("russia")!.ready);

    for (const room of [back.room, second.room, iran.room]) await room.leave();
  });
});

/**
 * A returning player's ready state is their own: the bot that played the seat while its holder
 * was away said it was ready, and the holder coming back with the seat key is not ready (a bot's
 * "ready" must not end the phase for a human who has not looked at it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotFn } from "../../server/match/bots";
import { command, create, join, startServer, viewOf, waitFor } from "./harness";
import type { TestServer } from "./harness";

/** Says it is ready in every phase, and nothing else. */
const readyBot: BotFn = (view) => (view.phase === "resolution" ? [] : [{ type: "ready", turn: view.turn, phase: view.phase, ready: true }]);

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: readyBot, absentGraceSeconds: 1 });
});
afterAll(async () => {
  await server?.close();
});

type Seats = Map<string, { botReason: string; ready: boolean }>;
const seatsOf = (room: { state: unknown }) => (room.state as { seats: Seats }).seats;

describe("a returning player", () => {
  it("is not ready because the bot that kept the seat was", async () => {
    const iran = await create(server.client(), { match: { visibility: "private", timers: "online" }, power: "iran", name: "Bob" });
    const id = iran.room.roomId;
    const seatKey = iran.got.seat!.seatKey!;
    const russia = await join(server.client(), id, { power: "russia", name: "Ann" });

    await iran.room.leave();
    await waitFor(() => seatsOf(russia.room).get("iran")!.botReason === "absent", 4000, "a bot plays Iran's seat");
    await waitFor(() => seatsOf(russia.room).get("iran")!.ready, 4000, "Iran's bot ready");
    expect(viewOf(russia.room).phase).toBe("briefing");

    const back = await join(server.client(), id, { seatKey, name: "Bob" });
    await waitFor(() => seatsOf(russia.room).get("iran")!.botReason === "", 3000, "Iran human again");
    await waitFor(() => !seatsOf(russia.room).get("iran")!.ready, 3000, "Iran not ready");
    expect(viewOf(back.room).powers.iran!.ready).toBe(false);

    // Russia readying alone does not end the briefing: Iran's holder has not said so.
    expect(await command(russia.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(viewOf(russia.room).phase).toBe("briefing");
    expect(await command(back.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => viewOf(russia.room).phase === "diplomacy", 3000, "both ready: diplomacy");

    for (const room of [back.room, russia.room]) await room.leave();
  });
});

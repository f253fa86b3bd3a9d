/**
 * One event entity in several viewers' logs (server/rooms/shared-events.ts): every client's log,
 * read through its SDK decoder, is exactly what viewForSeat tells its seat — for players told the
 * same private event, a spectator who joins late, a player back on a new client with its seat
 * key, and the late spectator claiming a seat.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { viewForSeat } from "../../shared";
import type { Viewer } from "../../shared";
import { command, create, join, startServer, viewOf, waitFor, waitPhase } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  await server?.close();
});

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("shared event entities", () => {
  it("give every client, late or back, the log its seat is told", { timeout: 60_000 }, async () => {
    // The SDK's decoder only logs a structure it cannot place ("refId" not found) and reads on.
    const lost: unknown[] = [];
    const errors = vi.spyOn(console, "error").mockImplementation((...args) => void lost.push(args[0]));
    const russia = await create(server.client(), { match: { visibility: "private", timers: "online" }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    const iran = await join(server.client(), id, { power: "iran", name: "Bob" });
    const usa = await join(server.client(), id, { power: "usa", name: "Cy" });
    const session = server.app.services.registry.get(id)!;
    const clients = new Map<Viewer, typeof russia.room>([["russia", russia.room], ["iran", iran.room], ["usa", usa.room]]);
    const told = async (step = "") => {
      expect(lost, `decoding ${step}`).toEqual([]);
      for (const [viewer, room] of clients) {
        await waitFor(() => viewOf(room).log.length === viewForSeat(session.state, viewer).log.length, 5000, `${viewer}'s events`);
        expect(plain(viewOf(room).log), viewer).toEqual(plain(viewForSeat(session.state, viewer).log));
      }
    };

    for (const room of clients.values()) expect(await command(room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "diplomacy", 1);
    // A private proposal and its treaty: events russia and iran are both told unchanged.
    expect(await command(russia.room, { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 2 }], note: "corridor" })).toMatchObject({ ok: true });
    await told("a private proposal");

    // A spectator arrives after those entities went out; then more shared events.
    const spectator = await join(server.client(), id, { spectator: true });
    clients.set("spectator", spectator.room);
    await told("a late spectator");
    const proposalId = session.state.proposals[0]!.id;
    expect(await command(iran.room, { type: "accept", proposal: proposalId })).toMatchObject({ ok: true });
    await told("an accepted proposal");

    // Iran closes its tab and comes back on a new client (a new StateView on the same slot).
    const seatKey = iran.got.seat!.seatKey!;
    await iran.room.leave();
    const back = await join(server.client(), id, { seatKey });
    clients.set("iran", back.room);
    await told("iran back on a new client");

    // The spectator takes a seat: its client moves from the spectator's slot to turkey's.
    expect(await spectator.room.request("claim", { power: "turkey", name: "Dee" })).toMatchObject({ ok: true });
    clients.delete("spectator");
    clients.set("turkey", spectator.room);
    for (const room of clients.values()) expect(await command(room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "orders", 1);
    await told("the spectator seated");

    for (const room of clients.values()) await room.leave();
    errors.mockRestore();
  });
});

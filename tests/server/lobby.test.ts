/** Creating, listing and joining matches: by id, by join code, by quick play; seats and keys. */
import { CASPIAN_POWERS } from "../support/caspian";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { create, join, publicState, slotsOf, startServer, viewOf, waitFor } from "./harness";
import type { TestServer } from "./harness";
import { MESSAGES, ROOM_NAME } from "../../shared/protocol";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe("lobby", () => {
  it("serves health, a placeholder page and an empty list", async () => {
    const health = await server.http<{ ok: boolean; rooms: number; matches: number; uptime: number }>("/health");
    expect(health.status).toBe(200);
    expect(health.body.ok).toBe(true);
    const page = await server.http<string>("/");
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain("client is not built");
  });

  // First, while no other public match exists to be picked.
  it("quick play puts players in one public match, bots playing the other seats", async () => {
    const first = await server.http<{ matchId: string; created: boolean }>("/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(first.status).toBe(200);
    const a = await join(server.client(), first.body.matchId, { quick: true, name: "Q1" });
    const second = await server.http<{ matchId: string; created: boolean }>("/api/quickplay", { method: "POST" });
    expect(second.body).toMatchObject({ matchId: first.body.matchId, created: false });
    const b = await join(server.client(), second.body.matchId, { quick: true, power: "turkey", name: "Q2" });
    expect(CASPIAN_POWERS).toContain(a.got.seat!.viewer);
    if (a.got.seat!.viewer !== "turkey") expect(b.got.seat!.viewer).toBe("turkey");
    expect(b.got.seat!.viewer).not.toBe(a.got.seat!.viewer);

    await waitFor(() => {
      const seats = publicState(a.room).seats as Map<string, { bot: boolean; connected: boolean }>;
      const humans = [...seats.values()].filter((s) => !s.bot);
      return humans.length === 2 && humans.every((s) => s.connected);
    });
    const seats = publicState(a.room).seats as Map<string, { bot: boolean; botReason: string }>;
    expect([...seats.values()].filter((s) => s.bot).length).toBe(4);
    await a.room.leave();
    await b.room.leave();
  });

  it("creates a match, claims a seat and lets a second player join by id", async () => {
    const { room: host, got: hostGot } = await create(server.client(), {
      match: { name: "Lobby test", visibility: "public", timers: "online", bots: ["iraq"] },
      power: "russia",
      name: "Ann",
    });
    expect(hostGot.seat?.viewer).toBe("russia");
    expect(hostGot.seat?.seatKey).toMatch(/^s_[A-Za-z0-9_-]{22}$/);
    expect(hostGot.seat?.matchId).toBe(host.roomId);
    expect(hostGot.seat?.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

    const { room: guest, got: guestGot } = await join(server.client(), host.roomId, { power: "usa", name: "Bob" });
    expect(guestGot.seat?.viewer).toBe("usa");

    await waitFor(() => {
      const seats = publicState(host).seats as Map<string, { players: { name: string; connected: boolean }[]; bot: boolean; botReason: string }>;
      const usa = seats.get("usa");
      return usa && usa.players.length === 1 && usa.players[0]!.connected;
    });
    const seats = publicState(host).seats as Map<string, { players: { name: string }[]; bot: boolean; botReason: string; claimable: boolean }>;
    expect(seats.get("russia")!.players[0]!.name).toBe("Ann");
    expect(seats.get("iraq")!.botReason).toBe("reserved");
    expect(seats.get("iraq")!.claimable).toBe(false);
    expect(seats.get("turkey")!.botReason).toBe("open");
    expect(seats.get("russia")!.bot).toBe(false);

    // Each client holds exactly its own slot.
    expect(slotsOf(host).map((s) => s.viewer)).toEqual(["russia"]);
    expect(slotsOf(guest).map((s) => s.viewer)).toEqual(["usa"]);
    expect(viewOf(host).viewer).toBe("russia");
    expect(viewOf(guest).powers.russia!.secretObjective).toBeNull();
    expect(viewOf(host).powers.russia!.secretObjective).toEqual(expect.any(String));

    // A taken seat and a bot seat cannot be claimed; the reason comes back in the error.
    await expect(server.client().joinById(host.roomId, { power: "russia", name: "Eve" })).rejects.toThrow(/seat\/taken/);
    await expect(server.client().joinById(host.roomId, { power: "iraq", name: "Eve" })).rejects.toThrow(/seat\/reserved_for_bot/);
    await expect(server.client().joinById(host.roomId, { seatKey: "s_nonsense" })).rejects.toThrow(/seat\/bad_key/);
    await expect(server.client().joinById(host.roomId, { power: "saudi" })).rejects.toThrow(/seat\/unknown_power/);
    await expect(server.client().joinById(host.roomId, { power: "Mars!" })).rejects.toThrow(/join\/malformed/);
    await expect(server.client().create(ROOM_NAME, { match: { turns: 99 } })).rejects.toThrow(/create\/malformed/);
    await expect(server.client().create(ROOM_NAME, { match: { scenario: "atlantis" } })).rejects.toThrow(/create\/unknown_scenario/);

    // Public and with free seats: listed, without its code.
    const list = await server.http<{ matches: { id: string; name: string; seatsFree: string[]; phase: string; turn: number }[] }>("/api/matches");
    const listed = list.body.matches.find((m) => m.id === host.roomId);
    expect(listed).toMatchObject({ name: "Lobby test", phase: "briefing", turn: 1 });
    expect(listed!.seatsFree.sort()).toEqual(["iran", "syria", "turkey"]);
    expect(JSON.stringify(list.body)).not.toContain(hostGot.seat!.code);

    await host.leave();
    await guest.leave();
  });

  it("joins a private match by its code, and lists it nowhere", async () => {
    const { room: host, got } = await create(server.client(), { match: { visibility: "private", name: "Secret club" }, power: "iran", name: "Cy" });
    const list = await server.http<{ matches: { id: string }[] }>("/api/matches");
    expect(list.body.matches.some((m) => m.id === host.roomId)).toBe(false);

    const typed = got.seat!.code.toLowerCase().replace(/(...)/, "$1-");
    const resolved = await server.http<{ matchId: string }>(`/api/code/${typed}`);
    expect(resolved.status).toBe(200);
    expect(resolved.body.matchId).toBe(host.roomId);
    const unknown = await server.http("/api/code/ZZZZZZ");
    expect(unknown.status).toBe(404);
    // The HTTP API's errors are codes with parameters, and the catalog's English words.
    expect(unknown.body).toEqual({ error: { code: "code/unknown", params: {}, message: "No open match has that code." } });

    // Private rooms are not reachable through the matchmaker's generic join.
    await expect(server.client().join(ROOM_NAME, {})).rejects.toThrow();

    const { room: spectator, got: specGot } = await join(server.client(), resolved.body.matchId, { spectator: true, name: "Dee" });
    expect(specGot.seat?.viewer).toBe("spectator");
    expect(slotsOf(spectator).map((s) => s.viewer)).toEqual(["spectator"]);
    expect(viewOf(spectator).powers.iran!.secretObjective).toBeNull();

    // A spectator claims a free seat: its view switches to that seat's.
    const claim = (await spectator.request(MESSAGES.claim, { power: "syria", name: "Dee" })) as { ok: boolean; seatKey: string };
    expect(claim.ok).toBe(true);
    await waitFor(() => slotsOf(spectator).length === 1 && slotsOf(spectator)[0]!.viewer === "syria");
    expect(viewOf(spectator).powers.syria!.secretObjective).toEqual(expect.any(String));

    await host.leave();
    await spectator.leave();
  });

});

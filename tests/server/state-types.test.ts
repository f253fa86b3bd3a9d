/**
 * The game's client decodes with its own copy of the state's types (client/src/net/open-room.ts):
 * the server sends it no handshake, it reads exactly what a client decoding through the handshake
 * reads, and a client whose types are not the server's is refused with a clear error.
 */
import { matchMaker } from "@colyseus/core";
import { Reflection, Encoder, TypeContext } from "@colyseus/schema";
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { canonicalJson } from "../../shared/hash";
import { stateTypesId, typesIdOf } from "../../shared/protocol/state/fingerprint";
import { MatchRoomState } from "../../shared/protocol/state/room-state";
import { command, create, join, startServer, viewOf, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  await server.close();
});

/** Bytes the server has written to this client's socket so far (the upgrade, the join, the state, patches). */
function bytesSentTo(room: Room): number {
  const served = matchMaker.getLocalRoomById(room.roomId);
  const client = served?.clients.find((c) => c.sessionId === room.sessionId);
  const socket = (client?.ref as unknown as { _socket?: { bytesWritten: number } } | undefined)?._socket;
  if (!socket) throw new Error(`no socket for ${room.sessionId}`);
  return socket.bytesWritten;
}

describe("the client's own copy of the state's types", () => {
  it("gets no handshake, and decodes the same state as a client that got one", async () => {
    const bots = { usa: "normal", iran: "normal", iraq: "normal", turkey: "normal", syria: "normal" };
    const { room: player } = await create(server.client(), { power: "russia", name: "Player", match: { visibility: "private", bots } });
    const ours = await join(server.client(), player.roomId, { spectator: true });
    // A plain SDK client, decoding through the handshake.
    const plain = await server.client().joinById(player.roomId, { spectator: true });
    expect(ours.room.state).toBeInstanceOf(MatchRoomState);
    expect(plain.state).not.toBeInstanceOf(MatchRoomState);

    // Keys sorted: a subtype's inherited fields come first in one and last in the other.
    const state = (room: Room) => canonicalJson((room.state as { toJSON(): unknown }).toJSON());
    await waitFor(() => state(ours.room).includes('"slots"') && state(plain).includes('"slots"'), 5000, "both full states");
    await waitFor(() => bytesSentTo(ours.room) > 0 && bytesSentTo(plain) > 0, 3000, "the sockets");
    // The same join but for the handshake: the type descriptions alone are this many bytes.
    const handshake = Reflection.encode(new Encoder(new MatchRoomState())).length;
    expect(handshake).toBeGreaterThan(4000);
    expect(bytesSentTo(plain) - bytesSentTo(ours.room)).toBeGreaterThanOrEqual(handshake - 64);

    // Play on: both spectators' decoded states stay the same, patch after patch.
    expect((await command(player, { type: "ready", ready: true })).ok).toBe(true);
    await waitFor(() => (player.state as { phase: string }).phase === "diplomacy", 5000, "diplomacy");
    await waitFor(() => (plain.state as { phase: string }).phase === "diplomacy", 5000, "the plain client's diplomacy");
    await waitFor(() => state(ours.room) === state(plain), 5000, "the same decoded state");
    expect((ours.room.state as { phase: string }).phase).toBe("diplomacy");
    expect(viewOf(ours.room)).toEqual(viewOf(plain));
  });

  it("is refused, with its reason, when its types are not the server's", async () => {
    const { room: player } = await create(server.client(), { power: "russia", name: "Player", match: { visibility: "private" } });
    await expect(server.client().joinById(player.roomId, { spectator: true, stateTypes: "0123456789abcdef" }, MatchRoomState)).rejects.toThrow(/older than the server: reload/);
    // The match goes on seating others.
    const { got } = await join(server.client(), player.roomId, { spectator: true });
    expect(got.seat?.viewer).toBe("spectator");
  });

  it("names the types the handshake describes: a client built from the handshake has the same id", () => {
    const reflected = Reflection.decode(Reflection.encode(new Encoder(new MatchRoomState())));
    const context = (reflected as unknown as { context: TypeContext }).context;
    expect(typesIdOf(context)).toBe(stateTypesId());
    expect(stateTypesId()).toMatch(/^[0-9a-f]{16}$/);
  });
});

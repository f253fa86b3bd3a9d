/**
 * The protocol module (shared/protocol) and the room agree: the room registers a handler for
 * exactly the message names the module lists, each of them is answered as a known message, and
 * join or create options outside the module's shapes are refused with a coded error.
 */
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGE_NAMES, ROOM_NAME } from "../../shared/protocol";
import { create, join, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe("the protocol module and the match room", () => {
  it("the room handles exactly the messages the module names", async () => {
    const host = await create(server.client(), { match: { visibility: "private", bots: ["iran", "iraq", "turkey", "syria", "usa"] }, power: "russia", name: "Host" });
    const served = matchMaker.getLocalRoomById(host.room.roomId) as unknown as { onMessageEvents: { events: Record<string, unknown[]> } };
    const registered = Object.entries(served.onMessageEvents.events)
      .filter(([, handlers]) => handlers.length > 0)
      .map(([name]) => name);
    // "*" is the catch-all that refuses every other name.
    expect(registered.filter((n) => n !== "*").sort()).toEqual([...MESSAGE_NAMES].sort());
    expect(registered).toContain("*");

    for (const name of MESSAGE_NAMES) {
      const reply = (await host.room.request(name, {})) as { ok: boolean; code?: string };
      expect(reply, name).toHaveProperty("ok");
      if (!reply.ok) expect(reply.code, name).not.toBe("message/unknown_type");
    }
    // A name the module does not list has no handler: a request is refused by Colyseus itself,
    // a plain message with a coded error from the room.
    await expect(host.room.request("commands", {})).rejects.toMatchObject({ name: "no_handler" });
    host.room.send("commands", {});
    const refused = await waitFor(() => host.got.errors.find((e) => e.type === "commands"), 3000, "the refusal of an unlisted name");
    expect(refused.code).toBe("message/unknown_type");
    await host.room.leave();
  });

  it("refuses join options outside the JoinOptions shape with a coded error", async () => {
    const host = await create(server.client(), { match: { visibility: "private" }, power: "russia", name: "Host" });
    const id = host.room.roomId;
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ power: "iran", admin: true }, /^join\/malformed: .*admin/],
      [{ power: "mars" }, /^seat\/unknown_power: .*mars/],
      [{ power: "Mars!" }, /^join\/malformed: .*power/],
      [{ power: "iran", name: 42 }, /^join\/malformed: .*name/],
      [{ spectator: "yes" }, /^join\/malformed: .*spectator/],
      [{ power: "iran", device: "short" }, /^join\/malformed: .*device/],
    ];
    for (const [options, expected] of refusals) {
      const refusal = await server
        .client()
        .joinById(id, options)
        .then(
          () => null,
          (error: unknown) => error as { code?: number; message?: string },
        );
      expect(refusal, JSON.stringify(options)).not.toBeNull();
      expect(refusal!.code, JSON.stringify(options)).toBe(400);
      expect(refusal!.message, JSON.stringify(options)).toMatch(expected);
    }
    // New matches' options too.
    await expect(server.client().create(ROOM_NAME, { match: { visibility: "private", turns: 999 }, power: "russia" })).rejects.toThrow(/^create\/malformed: .*turns/);
    await expect(server.client().create(ROOM_NAME, { match: { visibility: "private", colour: "red" }, power: "russia" })).rejects.toThrow(/^create\/malformed: .*colour/);
    // Within the shape, the same join is let in.
    const iran = await join(server.client(), id, { power: "iran", name: "Iran" });
    expect(iran.got.seat?.viewer).toBe("iran");
    await iran.room.leave();
    await host.room.leave();
  });
});

/**
 * A server started without a bots override plays empty seats with shared/bots' bots (imported
 * statically, so a broken module fails the start instead of giving passive bots): they send
 * their orders.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command, create, startServer, viewOf, waitFor, waitPhase } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe("the server's own bots", () => {
  it("play their seats: every bot has sent orders in the orders phase", async () => {
    const bots = CASPIAN_POWERS.filter((p) => p !== "russia");
    const host = await create(server.client(), { match: { visibility: "private", bots }, power: "russia", name: "Host" });
    for (const phase of ["briefing", "diplomacy"]) {
      await waitPhase(host.room, phase);
      expect(await command(host.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    }
    await waitPhase(host.room, "orders");
    const sent = await waitFor(() => (bots.every((p) => viewOf(host.room).ordersIn.includes(p)) ? viewOf(host.room).ordersIn : undefined), 5000, "the bots' orders");
    expect(sent).toEqual(expect.arrayContaining(bots));
    expect(sent).not.toContain("russia");
    await host.room.leave();
  });
});

/**
 * Quick play: a match it creates runs on quick timers (15 s briefing, 2 min diplomacy), and a
 * player who asks for a power is sent to an open match where that power's seat is free (a new
 * match if none has it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, publicState, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const quickPlay = (body: Record<string, unknown> = {}) => server.http<{ matchId: string; created: boolean; code?: string }>("/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("quick play", () => {
  it("creates a match on quick timers, and finds a free seat of the power asked for", async () => {
    const first = await quickPlay({ power: "iran" });
    expect(first.body.created).toBe(true);
    const iran = await join(server.client(), first.body.matchId, { power: "iran", quick: true, name: "Ida" });
    expect(iran.got.seat!.viewer).toBe("iran");
    const left = await waitFor(() => {
      const deadline = publicState(iran.room).deadline as number;
      return deadline > 0 ? deadline - Date.now() : false;
    });
    expect(left).toBeGreaterThan(5_000);
    expect(left).toBeLessThanOrEqual(15_000);

    // Iran is taken there: asking for Iran makes another match; asking for Russia finds the first.
    const again = await quickPlay({ power: "iran" });
    expect(again.body.created).toBe(true);
    expect(again.body.matchId).not.toBe(first.body.matchId);
    expect((await quickPlay({ power: "russia" })).body).toMatchObject({ matchId: first.body.matchId, created: false });
    expect((await quickPlay({ power: "nowhere" })).status).toBe(400);
    await iran.room.leave();
  });
});

/**
 * A match's powers are its scenario's: the server lists the shipped scenarios for a picker, and
 * refuses, to that client only, a seat, a roster change or a quick play naming a power the
 * match's scenario does not have, while the match goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { powerIds } from "../../shared/scenario/ids-of";
import { SCENARIOS } from "../../shared/scenario";
import { create, join, startServer } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

interface Listed {
  scenarios: { id: string; name: string; date: string; summary: string; defaultTurns: number; lessonTurns: number; powers: { id: string; name: string; short: string; color: string }[] }[];
}

describe("scenarios and their powers", () => {
  it("lists every shipped scenario with its powers, in the registry's order", async () => {
    const { status, body } = await server.http<Listed>("/api/scenarios");
    expect(status).toBe(200);
    expect(body.scenarios.map((s) => s.id)).toEqual(Object.keys(SCENARIOS));
    for (const listed of body.scenarios) {
      const s = SCENARIOS[listed.id]!;
      expect(listed).toMatchObject({ name: s.name, date: s.date, summary: s.summary, defaultTurns: s.defaultTurns, lessonTurns: s.lessonTurns });
      expect(listed.powers.map((p) => p.id)).toEqual(powerIds(s));
      for (const p of listed.powers) expect(p).toEqual({ id: p.id, name: s.powers[p.id]!.name, short: s.powers[p.id]!.short, color: s.powers[p.id]!.color });
    }
  });

  it("refuses a power of no seat in the match's scenario, and the match goes on", async () => {
    const { room: host } = await create(server.client(), { match: { visibility: "private" }, power: "russia", name: "Host" });
    await expect(server.client().joinById(host.roomId, { power: "saudi", name: "Sam" })).rejects.toThrow(/seat\/unknown_power/);
    const quick = await server.http<{ error: { code: string; message: string } }>("/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ power: "saudi" }) });
    expect(quick.status).toBe(400);
    expect(quick.body.error.code).toBe("seat/unknown_power");
    expect(quick.body.error.message).toMatch(/saudi/);
    // The match still takes a good player.
    const iran = await join(server.client(), host.roomId, { power: "iran", name: "Ida" });
    expect(iran.got.seat!.viewer).toBe("iran");
    await iran.room.leave();
    await host.leave();
  });
});

/**
 * A match without a facilitator that nobody joins for the abandon time is closed for good: it
 * leaves memory, its archive route says why there is none, a restart does not bring it back.
 * A lesson left alone just waits for its facilitator.
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { create, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
afterAll(async () => {
  await server?.close();
  rmSync(server.dataDir, { recursive: true, force: true });
});

const timers = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
const start = (dataDir?: string) => startServer({ leaseSeconds: 1, abandonSeconds: 2, ...(dataDir ? { dataDir } : {}) });

describe("abandoned matches", () => {
  it("are closed after the abandon time with nobody connected; lessons are kept", async () => {
    server = await start();
    const game = await create(server.client(), { match: { name: "Left alone", visibility: "public", timers }, power: "russia" });
    const lesson = await create(server.client(), { match: { name: "Lesson", visibility: "private", timers, facilitator: true } });
    const [gameId, lessonId] = [game.room.roomId, lesson.room.roomId];
    await game.room.leave();
    await lesson.room.leave();

    // Someone there keeps a match open; alone for the abandon time, it is closed.
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.app.services.registry.get(gameId)).toBeDefined();
    await waitFor(() => server.app.services.registry.get(gameId) === undefined, 6000, "the abandoned match closed");
    expect((await server.http<{ status: string }>(`/api/matches/${gameId}`)).body.status).toBe("abandoned");
    expect((await server.http(`/api/matches/${gameId}/archive`)).body).toMatchObject({ error: { code: "match/abandoned" } });
    expect((await server.http<{ matches: { id: string }[] }>("/api/matches")).body.matches.map((m) => m.id)).not.toContain(gameId);

    // The lesson waits for its facilitator; a restart brings the lesson back, not the abandoned match.
    expect(server.app.services.registry.get(lessonId)?.state.status).toBe("running");
    const dataDir = server.dataDir;
    await server.app.close();
    server = await start(dataDir);
    expect(server.app.services.registry.get(lessonId)).toBeDefined();
    expect(server.app.services.registry.get(gameId)).toBeUndefined();
  }, 30_000);
});

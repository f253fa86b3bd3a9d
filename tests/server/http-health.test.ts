/**
 * Nothing is lost silently. Four lessons are played on a real server, which stops; the SQLite
 * file is then damaged as a disk or a bug would: one lesson's chat page is overwritten (a damaged
 * page), one stored command is no longer JSON, one no longer replays (it names another turn).
 * After a restart /health is "degraded" and names the three, /api/matches/:id says "damaged" with
 * why, the facilitator's archive lists them as damaged, and the fourth lesson plays on. A store
 * whose writes fail (a full disk) turns /health to failing (503) until a write succeeds again.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import type { MatchStore } from "../../server/store/store";
import { command, create, join as joinMatch, startServer } from "./harness";
import type { TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

const dataDir = mkdtempSync(join(tmpdir(), "overflight-damaged-"));
const file = join(dataDir, "overflight.sqlite");
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Lesson {
  id: string;
  key: string;
}

/** Every offset of `needle` in `haystack`. */
function offsets(haystack: Buffer, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

interface Health {
  ok: boolean;
  status: string;
  damaged: { id: string; code: string; reason: string }[];
  damagedCount: number;
  storage: { writes: { ok: boolean; reason?: string } };
}

describe("a match that cannot be restored", () => {
  const lessons: Record<"fine" | "page" | "json" | "replay", Lesson> = {} as never;

  it("is played, the server stops, and the file is damaged in three places", async () => {
    const first = await startServer({ dataDir, bots: passiveBot, chatBurst: 100, chatIntervalMs: 10 });
    try {
      for (const name of ["fine", "page", "json", "replay"] as const) {
        const { room, got } = await create(first.client(), { match: { visibility: "private", facilitator: true, name: `Lesson ${name}` } });
        lessons[name] = { id: room.roomId, key: got.seat!.facilitatorKey! };
        expect(await command(room, { type: "inject", card: { headline: `MARK-${name.toUpperCase()}-HEADLINE`, text: "", effects: [] }, to: null })).toMatchObject({ ok: true });
        if (name === "page") {
          // Enough chat to fill several pages of the chat table with this lesson's rows alone.
          for (let i = 0; i < 30; i++) expect(await room.request(MESSAGES.chat, { to: ["turkey"], text: `PAGE-CHAT-${i}-`.padEnd(480, "z") })).toMatchObject({ ok: true });
        }
        await room.leave();
      }
    } finally {
      await first.close();
    }
    // The server closed the file: everything is in it (no write-ahead log left to replay over our edits).
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);

    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // A damaged page: the b-tree page holding chat line 15 loses its header.
    const chatAt = offsets(bytes, "PAGE-CHAT-15-")[0]!;
    const page = Math.floor(chatAt / pageSize);
    expect(page).toBeGreaterThan(0);
    bytes.fill(0xff, page * pageSize, page * pageSize + 12);
    // A stored command that is no longer JSON.
    for (const at of offsets(bytes, "MARK-JSON-HEADLINE")) bytes.write("{", at - 1);
    // A stored command that no longer replays: it now names turn 7.
    for (const at of offsets(bytes, "MARK-REPLAY-HEADLINE")) {
      const start = bytes.lastIndexOf('"turn":1,', at);
      expect(at - start).toBeLessThan(200);
      bytes.write('"turn":7,', start);
    }
    writeFileSync(file, bytes);
  });

  it("is named by /health, /api/matches/:id and the archive after a restart, while the others play on", async () => {
    const second = await startServer({ dataDir, bots: passiveBot });
    try {
      const health = await second.http<Health>("/health");
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ ok: true, status: "degraded", damagedCount: 3 });
      const byId = new Map(health.body.damaged.map((d) => [d.id, d]));
      expect(byId.get(lessons.page.id)).toMatchObject({ code: "store/unreadable", reason: expect.stringMatching(/malformed|corrupt/i) });
      expect(byId.get(lessons.json.id)).toMatchObject({ code: "store/unreadable", reason: expect.stringMatching(/JSON/i) });
      expect(byId.get(lessons.replay.id)).toMatchObject({ code: "replay/failed", reason: expect.stringMatching(/no longer applies/) });
      expect(byId.has(lessons.fine.id)).toBe(false);
      for (const d of health.body.damaged) expect(d.reason).not.toContain(dataDir);

      for (const name of ["page", "json", "replay"] as const) {
        const described = await second.http<{ status: string; reason: string; name: string | null }>(`/api/matches/${lessons[name].id}`);
        expect(described.status).toBe(200);
        expect(described.body).toMatchObject({ status: "damaged", reason: byId.get(lessons[name].id)!.reason });
      }
      expect((await second.http<{ status: string }>(`/api/matches/${lessons.page.id}`)).body).toMatchObject({ name: "Lesson page" });

      const keys = Object.values(lessons).map((l) => l.key).join(",");
      const archive = await second.http<{ matches: { id: string; status: string; reason: string | null }[] }>(`/api/archive?facilitatorKey=${encodeURIComponent(keys)}`);
      expect(archive.status).toBe(200);
      const listed = new Map(archive.body.matches.map((m) => [m.id, m]));
      expect(listed.size).toBe(4);
      for (const name of ["page", "json", "replay"] as const) expect(listed.get(lessons[name].id)).toMatchObject({ status: "damaged", reason: expect.any(String) });
      expect(listed.get(lessons.fine.id)).toMatchObject({ status: "running", reason: null });

      // The healthy lesson plays on, and new matches can be made.
      const teacher = await joinMatch(second.client(), lessons.fine.id, { facilitatorKey: lessons.fine.key });
      expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
      await teacher.room.leave();
      const fresh = await create(second.client(), { match: { visibility: "private" }, power: "usa", name: "Una" });
      expect(await command(fresh.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
      await fresh.room.leave();
    } finally {
      await second.close();
    }
  });
});

describe("a store whose writes fail", () => {
  it("turns /health to failing (503) while they fail, and back once one succeeds", async () => {
    let full = false;
    const wrapStore = (store: MatchStore): MatchStore =>
      new Proxy(store, {
        get(target, name) {
          const value = Reflect.get(target, name) as unknown;
          if (typeof value !== "function") return value;
          const method = (value as (...a: unknown[]) => unknown).bind(target);
          if (name !== "appendCommand") return method;
          return (...args: unknown[]) => {
            if (full) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
            return method(...args);
          };
        },
      });
    const server: TestServer = await startServer({ bots: passiveBot, wrapStore });
    try {
      const { room } = await create(server.client(), { match: { visibility: "private" }, power: "russia", name: "Ann" });
      expect((await server.http<Health>("/health")).body).toMatchObject({ ok: true, status: "ok" });
      full = true;
      expect(await command(room, { type: "ready", ready: true })).toMatchObject({ ok: false, code: "server/storage" });
      const failing = await server.http<Health>("/health");
      expect(failing.status).toBe(503);
      expect(failing.body).toMatchObject({ ok: false, status: "failing", storage: { writes: { ok: false, reason: "database or disk is full" } } });
      full = false;
      expect(await command(room, { type: "ready", ready: true })).toMatchObject({ ok: true });
      const back = await server.http<Health>("/health");
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({ ok: true, status: "ok" });
      await room.leave();
    } finally {
      await server.close();
    }
  });
});

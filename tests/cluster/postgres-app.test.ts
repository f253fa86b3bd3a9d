/**
 * The server on PostgreSQL (DATABASE_URL), where a write completes after the call that made
 * it: a reply comes only once the store has what it acknowledges; a whole match is played to
 * its archive; a write the database refuses closes the room, and the match comes back from its
 * log once the database takes writes again; a restart restores the match with the same hash.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { Client } from "@colyseus/sdk";
import { LoadStats, Player } from "../../scripts/loadtest-client";
import { startPostgres } from "../../scripts/backing-services";
import type { Backing } from "../../scripts/backing-services";
import { expectSoundMatch } from "../fault/support";
import { command, create, join, startServer, waitFor, waitPhase } from "../server/harness";
import type { TestServer } from "../server/harness";
import { MESSAGES } from "../../shared/protocol";

let postgres: Backing;
let db: pg.Client;
let server: TestServer;
const timers = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
const OWNER = "postgres-app-test";

const start = () => startServer({ databaseUrl: postgres.url, publicAddress: OWNER, leaseSeconds: 1, restoreGraceSeconds: 600 });
const storedCommands = async (id: string) => Number((await db.query("SELECT count(*) AS n FROM commands WHERE match_id = $1", [id])).rows[0].n);

beforeAll(async () => {
  postgres = await startPostgres();
  server = await start();
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
  await postgres?.stop();
});

describe("the server on PostgreSQL", () => {
  it("answers a command only once it is stored, and plays a match to its archive", async () => {
    const russia = await create(server.client(), { match: { name: "On PostgreSQL", visibility: "private", timers, turns: 2 }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    expect(russia.got.seat).toMatchObject({ viewer: "russia", seatKey: expect.stringMatching(/^s_/) });
    const stored = await db.query("SELECT key_hash FROM members WHERE match_id = $1", [id]);
    expect(stored.rows).toHaveLength(1);

    // Every acknowledgement is already in the database when it arrives.
    let sent = 0;
    for (const ready of [true, false, true]) {
      const reply = await command(russia.room, { type: "ready", ready });
      expect(reply.ok).toBe(true);
      sent++;
      expect(await storedCommands(id)).toBeGreaterThanOrEqual(sent);
    }
    const chat = await russia.room.request(MESSAGES.chat, { to: "public", text: "stored first" });
    expect(chat).toEqual({ ok: true });
    expect((await db.query("SELECT text FROM chat WHERE match_id = $1", [id])).rows).toEqual([{ text: "stored first" }]);
    await russia.room.leave();

    // Six players play both turns; the archive is in PostgreSQL.
    const stats = new LoadStats();
    const players = CASPIAN_POWERS.map((p) => new Player(p, stats, { level: "normal", thinkMs: [10, 50], chatChance: 0.2, timeoutMs: 15_000 }));
    const [first, ...others] = players;
    await first!.start(server.client(), { create: { match: { name: "Whole match", visibility: "private", timers, turns: 2 } } });
    const matchId = first!.room.roomId;
    await Promise.all(others.map((p) => p.start(server.client(), { matchId })));
    await waitFor(async () => (await db.query("SELECT 1 FROM archives WHERE match_id = $1", [matchId])).rows.length === 1, 90_000, "the archive");
    const archive = await server.http<{ finalHash: string }>(`/api/matches/${matchId}/archive`);
    expect(archive.body.finalHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stats.failures.size).toBe(0);
    for (const p of players) p.stop();
    await Promise.all(players.map((p) => p.leave()));
  }, 120_000);

  it("a write the database refuses closes the room; the match comes back from its log", async () => {
    const ann = await create(server.client(), { match: { name: "Refused write", visibility: "private", timers }, power: "russia", name: "Ann" });
    const id = ann.room.roomId;
    const seatKey = ann.got.seat!.seatKey!;
    expect(await command(ann.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    const session = server.app.services.registry.get(id)!;
    const hash = session.hash();
    const seq = session.commands.length;

    // The database stops taking this match's commands: the next one is refused, the room closes.
    await db.query(`ALTER TABLE commands ADD CONSTRAINT test_refuse CHECK (match_id <> '${id}' OR seq <= ${seq})`);
    let left = false;
    ann.room.reconnection.enabled = false;
    ann.room.onLeave(() => (left = true));
    // A proposal is a rules command, which must be stored (a ready goes through the team's desk first).
    const proposal = { type: "propose", parties: ["russia", "iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 1 }], note: "" };
    const refused = await command(ann.room, proposal).catch(() => ({ ok: false, code: "left" }));
    expect(refused.ok).toBe(false);
    await waitFor(() => left, 5000, "the room closes");
    expect(await storedCommands(id)).toBe(seq);

    // The database takes writes again: the match is restored from its log, as it was stored.
    await db.query("ALTER TABLE commands DROP CONSTRAINT test_refuse");
    await waitFor(() => server.app.services.registry.get(id)?.commands.length === seq || undefined, 10_000, "the match restored");
    const restored = server.app.services.registry.get(id)!;
    expect(restored).not.toBe(session);
    expect(restored.hash()).toBe(hash);
    const back = await join(server.client(), id, { seatKey });
    expect(back.got.seat).toMatchObject({ viewer: "russia" });
    expect(await command(back.room, { type: "ready", ready: false })).toMatchObject({ ok: true });
    expectSoundMatch(restored);
    await back.room.leave();
  }, 60_000);

  it("a restart restores running matches from PostgreSQL with the same hash", async () => {
    const ann = await create(server.client(), { match: { name: "Restart", visibility: "private", timers }, power: "iran", name: "Ann" });
    const id = ann.room.roomId;
    const seatKey = ann.got.seat!.seatKey!;
    expect(await command(ann.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(ann.room, "diplomacy", 1);
    const session = server.app.services.registry.get(id)!;
    await ann.room.leave();
    await server.close();
    // Bots may have acted until the close: what counts is everything the session had applied.
    const hash = session.hash();

    server = await start();
    const restored = server.app.services.registry.get(id);
    expect(restored?.hash()).toBe(hash);
    const back = await join(new Client(`http://127.0.0.1:${server.port}`), id, { seatKey });
    expect(back.got.seat).toMatchObject({ viewer: "iran", name: "Ann" });
    await back.room.leave();
  }, 60_000);
});

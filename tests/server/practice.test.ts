/**
 * A lesson's practice turn, on a real server with real SDK clients: the students play one whole
 * turn marked as practice (a restart in its middle keeps it), then the match starts over at turn 1
 * exactly as a lesson without practice would (the same state, hash and view for the same seed),
 * with seats and names kept, and nothing of the practice in the match's log, archive or exports.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { createMatch, hashOf, viewForSeat } from "../../shared";
import { passiveBot } from "../../server/match/bots";
import type { MatchSession } from "../../server/match/session";
import { chatOf, command, create, join, publicState, startServer, viewOf, waitFor, waitPhase } from "./harness";
import type { TestServer } from "./harness";
import { MESSAGES, ROOM_NAME } from "../../shared/protocol";

const LONG = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-practice-"));
let server: TestServer | null = null;

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const strike = { asset: "hmeimim", zone: "idlib", faction: "rebels", units: 1, waypoints: [], claim: "isis" };

function session(id: string): MatchSession {
  return server!.app.services.registry.get(id)!;
}

/** The match as a lesson without practice begins it, with this lesson's seed. */
function freshStart(id: string) {
  const { record } = session(id);
  return createMatch({ scenarioId: record.settings.scenarioId, seed: record.seed, turns: record.settings.turns });
}

function practising(room: Room): boolean {
  return (viewOf(room) as { practice?: boolean }).practice === true;
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("a practice turn before turn 1", () => {
  it("plays one turn apart, survives a restart, then turn 1 begins as without practice and nothing of it is on the record", async () => {
    server = await startServer({ bots: passiveBot, dataDir });
    const refused = await server.client().create(ROOM_NAME, { match: { practice: true }, name: "X" }).then(
      () => null,
      (e: { code?: number; message?: string }) => e.message ?? "refused",
    );
    expect(refused).toMatch(/practice turn is for a lesson/);

    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true, practice: true, turns: 3, name: "Practice 9C" }, name: "Ms K" });
    const id = teacher.room.roomId;
    const facilitatorKey = teacher.got.seat!.facilitatorKey!;
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const annKey = ann.got.seat!.seatKey!;
    expect(practising(ann.room)).toBe(true);
    expect(viewOf(ann.room)).toMatchObject({ turn: 1, phase: "briefing", turns: 3 });
    // The practice begins where the match will: the same start, the same secret objective.
    expect(viewOf(ann.room).powers.russia!.secretObjective).toBe(freshStart(id).powers.russia!.secretObjective);

    // Diplomacy: a proposal and a word in the chat.
    expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(ann.room, "diplomacy", 1);
    expect(await command(ann.room, { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 2 }], note: "practice corridor" })).toMatchObject({ ok: true });
    expect(await ann.room.request(MESSAGES.chat, { to: "public", text: "hello from the practice" })).toMatchObject({ ok: true });
    await waitFor(() => chatOf(ann.room).length === 1, 3000, "the practice chat");
    expect(chatOf(ann.room)[0]).toMatchObject({ text: "hello from the practice", practice: true });

    // Orders: a strike, sent as the team's orders.
    expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(ann.room, "orders", 1);
    expect(await ann.room.request(MESSAGES.draft, { turn: 1, edits: [{ op: "strike", strike }], send: true })).toMatchObject({ ok: true });
    await waitFor(() => viewOf(ann.room).ordersIn.includes("russia"), 3000, "Russia's orders in");
    expect(session(id).commands).toEqual([]);

    // A restart in the middle of the practice: it comes back as it was.
    for (const r of [ann.room, teacher.room]) await r.leave().catch(() => undefined);
    await server.close();
    server = await startServer({ bots: passiveBot, dataDir });
    const teacher2 = await join(server.client(), id, { facilitatorKey });
    const ann2 = await join(server.client(), id, { seatKey: annKey });
    await waitFor(() => viewOf(ann2.room).phase === "orders", 5000, "the practice's orders phase after the restart");
    expect(practising(ann2.room)).toBe(true);
    expect(viewOf(ann2.room).ordersIn).toContain("russia");
    expect(viewOf(ann2.room).proposals.map((p) => p.note)).toEqual(["practice corridor"]);
    expect(chatOf(ann2.room).map((m) => m.text)).toEqual(["hello from the practice"]);

    // Resolution and report: the practice strike flies.
    expect(await command(teacher2.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(ann2.room, "report", 1);
    expect(practising(ann2.room)).toBe(true);
    expect(viewOf(ann2.room).log.some((e) => e.kind === "strikeFlown" && e.power === "russia")).toBe(true);

    // Out of the report: the real match, at turn 1, exactly as a lesson without practice begins.
    const pausedBefore = (publicState(teacher2.room) as { paused: boolean }).paused;
    expect(await command(teacher2.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitFor(() => !practising(ann2.room) && viewOf(ann2.room).phase === "briefing", 3000, "the real match");
    const fresh = freshStart(id);
    expect(session(id).hash()).toBe(hashOf(fresh));
    expect(plain(viewOf(ann2.room))).toEqual(plain(viewForSeat(fresh, "russia")));
    const live = await server.http<{ hash: string }>(`/api/matches/${id}`, { headers: { "x-facilitator-key": facilitatorKey } });
    expect(live.body.hash).toBe(hashOf(fresh));
    // Seats, names and the facilitator's pause carry over; the practice's draft and chat do not count.
    expect(ann2.got.seat).toMatchObject({ viewer: "russia", name: "Ann" });
    expect((publicState(teacher2.room).seats as Map<string, { players: { name: string }[] }>).get("russia")!.players.map((p) => p.name)).toEqual(["Ann"]);
    expect((publicState(teacher2.room) as { paused: boolean }).paused).toBe(pausedBefore);
    expect(session(id).team.draft("russia").orders.strikes).toEqual([]);
    expect(session(id).commands).toEqual([]);
    // The chat stays on the screens, marked as the practice's.
    expect(chatOf(ann2.room).map((m) => [m.text, m.practice])).toEqual([["hello from the practice", true]]);
    expect(await teacher2.room.request(MESSAGES.realmatch, {})).toMatchObject({ ok: false, code: "practice/none" });

    // A restart now restores the real match, not the practice.
    for (const r of [ann2.room, teacher2.room]) await r.leave().catch(() => undefined);
    await server.close();
    server = await startServer({ bots: passiveBot, dataDir });
    const teacher3 = await join(server.client(), id, { facilitatorKey });
    const ann3 = await join(server.client(), id, { seatKey: annKey });
    await waitFor(() => viewOf(ann3.room).phase === "briefing", 5000, "the real match after a restart");
    expect(practising(ann3.room)).toBe(false);
    expect(session(id).hash()).toBe(hashOf(fresh));
    expect(await ann3.room.request(MESSAGES.chat, { to: "public", text: "the real thing" })).toMatchObject({ ok: true });

    // The match ends: nothing of the practice in the archive or the exports.
    expect(await command(teacher3.room, { type: "end" })).toMatchObject({ ok: true });
    await waitFor(() => (teacher3.room.state as { status: string }).status === "ended", 3000, "the end");
    const headers = { "x-facilitator-key": facilitatorKey };
    const exported = await server.http<{ commands: { actor: string; command: { type: string } }[]; chat: { text: string }[]; final: { log: { kind: string }[]; history: unknown[] } }>(`/api/matches/${id}/export.json`, { headers });
    expect(exported.body.commands.map((c) => `${c.actor}:${c.command.type}`)).toEqual(["facilitator:end"]);
    expect(exported.body.chat.map((m) => m.text)).toEqual(["the real thing"]);
    expect(exported.body.final.history).toHaveLength(1);
    const kinds = exported.body.final.log.map((e) => e.kind);
    expect(kinds).not.toContain("proposal");
    expect(kinds).not.toContain("strikeFlown");
    expect(kinds).not.toContain("ordersIn");
    const csv = await (await fetch(`${server.url}api/matches/${id}/export.csv`, { headers })).text();
    expect(csv).not.toMatch(/practice corridor|hello from the practice|strikeFlown|ordersIn|proposal/);
    expect(csv).toMatch(/matchEnded/);
    for (const r of [ann3.room, teacher3.room]) await r.leave().catch(() => undefined);
  }, 90_000);

  it("ends early with the facilitator's Start the real match, which runs at once", async () => {
    const teacher = await create(server!.client(), { match: { visibility: "private", timers: LONG, facilitator: true, practice: true }, name: "Mr B" });
    const id = teacher.room.roomId;
    const ben = await join(server!.client(), id, { power: "iran", name: "Ben" });
    expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(ben.room, "diplomacy", 1);
    // The teacher's list of lessons says it is in its practice turn, not "turn 1".
    const listed = async () => (await server!.http<{ matches: { id: string; practice?: boolean; turn: number | null }[] }>("/api/archive", { headers: { "x-facilitator-key": teacher.got.seat!.facilitatorKey! } })).body.matches.find((m) => m.id === id);
    expect(await listed()).toMatchObject({ practice: true, turn: 1 });
    expect(await ben.room.request(MESSAGES.realmatch, {})).toMatchObject({ ok: false, code: "seat/not_facilitator" });
    expect(await teacher.room.request(MESSAGES.realmatch, {})).toMatchObject({ ok: true });
    await waitFor(() => !practising(ben.room) && viewOf(ben.room).phase === "briefing", 3000, "the real match");
    expect(await listed()).toMatchObject({ practice: false, turn: 1 });
    expect((publicState(ben.room) as { paused: boolean }).paused).toBe(false);
    expect(session(id).hash()).toBe(hashOf(freshStart(id)));
    for (const r of [ben.room, teacher.room]) await r.leave().catch(() => undefined);
  }, 30_000);
});

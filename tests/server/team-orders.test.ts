/**
 * One team, one set of orders, on a real server with real SDK clients: two students on one power
 * edit one draft held by the server (each sees the other's changes, with who made them), sending
 * is the team's (the draft becomes its orders, each member's part on the record), the seat is
 * ready by the facilitator's rule (any member, majority, captain), and a restart keeps the draft.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { passiveBot } from "../../server/match/bots";
import type { TeamView } from "../../shared/team-draft";
import { command, create, join, publicState, startServer, teamsOf, viewOf, waitFor, waitPhase } from "./harness";
import type { TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

const LONG = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-team-"));
let server: TestServer | null = null;

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function russiaTeam(room: Room): TeamView | undefined {
  return teamsOf(room).find((t) => t.power === "russia");
}

function seatReady(room: Room, power: string): boolean {
  return (publicState(room).seats as Map<string, { ready: boolean }>).get(power)!.ready;
}

const strike = (zone: string, units = 1) => ({ asset: "hmeimim", zone, faction: "rebels", units, waypoints: [], claim: "isis" });

async function draft(room: Room, body: Record<string, unknown>) {
  const turn = (room.state as { turn: number }).turn;
  return room.request(MESSAGES.draft, { turn, edits: [], ...body }) as Promise<{ ok: boolean; code?: string; version?: number }>;
}

describe("a team's shared orders", () => {
  it("merges teammates' changes, sends them as the team's orders, and follows the ready rule", async () => {
    server = await startServer({ bots: passiveBot, dataDir });
    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true, name: "Team test" }, name: "Ms K" });
    const id = teacher.room.roomId;
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const ben = await join(server.client(), id, { power: "russia", name: "Ben" });
    const cem = await join(server.client(), id, { power: "iran", name: "Cem" });

    // Both edit at once: neither change is lost, and each is credited to its author.
    const [a, b] = await Promise.all([draft(ann.room, { edits: [{ op: "strike", strike: strike("idlib") }] }), draft(ben.room, { edits: [{ op: "strike", strike: strike("aleppo") }] })]);
    expect(a.ok && b.ok).toBe(true);
    const seen = await waitFor(() => {
      const t = russiaTeam(ben.room);
      return t && t.draft.orders.strikes.length === 2 ? t : undefined;
    }, 3000, "Ben sees both strikes");
    const byZone = Object.fromEntries(seen.draft.orders.strikes.map((s) => [s.zone, seen.draft.strikeBy[s.id]]));
    expect(byZone).toEqual({ idlib: "Ann", aleppo: "Ben" });
    expect(seen.draft.changes.map((c) => c.by).sort()).toEqual(["Ann", "Ben"]);
    expect(russiaTeam(ann.room)!.draft.version).toBe(2);
    // Another team's draft is not sent to Russia's players, nor Russia's to them.
    expect(teamsOf(ann.room).map((t) => t.power)).toEqual(["russia"]);
    expect(teamsOf(cem.room).map((t) => t.power)).toEqual(["iran"]);
    expect(JSON.stringify(teamsOf(cem.room))).not.toContain("idlib");
    // The facilitator sees every team's draft before anything is sent (oversight).
    await waitFor(() => teamsOf(teacher.room).find((t) => t.power === "russia")?.draft.orders.strikes.length === 2, 3000, "the facilitator's view of the drafts");

    // A change to a strike removed meanwhile is refused, not applied.
    const removedId = seen.draft.orders.strikes[0]!.id;
    expect(await draft(ann.room, { edits: [{ op: "unstrike", id: removedId }] })).toMatchObject({ ok: true });
    expect(await draft(ben.room, { edits: [{ op: "strike", id: removedId, strike: strike("hama") }] })).toMatchObject({ ok: false, code: "draft/stale" });
    expect(await draft(ann.room, { edits: [{ op: "strike", strike: strike("homs") }, { op: "posture", posture: "watch" }] })).toMatchObject({ ok: true });
    // A spectator has no draft; a malformed change is refused with a code.
    const watcher = await join(server.client(), id, { spectator: true, name: "Dee" });
    expect(await draft(watcher.room, { edits: [] })).toMatchObject({ ok: false, code: "seat/no_team" });
    expect(await draft(ann.room, { edits: [{ op: "explode" }] })).toMatchObject({ ok: false, code: "draft/malformed" });

    // To the orders phase; Ben sends the team's draft: it becomes Russia's orders, Ann's strikes included.
    expect(await teacher.room.request(MESSAGES.pause, { paused: false })).toMatchObject({ ok: true });
    expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(ann.room, "diplomacy");
    expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(ann.room, "orders");
    expect(await draft(ben.room, { send: true })).toMatchObject({ ok: true });
    const orders = await waitFor(() => viewOf(ann.room).orders.russia, 3000, "Russia's orders");
    expect(orders.strikes.map((s) => s.zone).sort()).toEqual(["aleppo", "homs"]);
    expect(orders.posture).toBe("watch");
    const sent = await waitFor(() => russiaTeam(ann.room)?.draft.sent ?? undefined, 3000, "the draft marked sent");
    expect(sent.by).toBe("Ben");
    // A plain orders command from a member becomes the draft too (what the team sees is what counts).
    expect(await command(ann.room, { type: "orders", orders: { strikes: [], support: [], posture: "open", patrols: [], revoke: [] } })).toMatchObject({ ok: true });
    await waitFor(() => russiaTeam(ben.room)?.draft.orders.strikes.length === 0 && russiaTeam(ben.room)?.draft.sent?.by === "Ann", 3000, "Ann's orders in Ben's draft");
    expect(await draft(ann.room, { edits: [{ op: "strike", strike: strike("aleppo", 2) }], send: true })).toMatchObject({ ok: true });

    // Any member (the default): Ann's ready is the team's.
    expect(await command(ann.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => seatReady(teacher.room, "russia"), 3000, "Russia ready (any)");
    expect(await command(ann.room, { type: "ready", ready: false })).toMatchObject({ ok: true });
    await waitFor(() => !seatReady(teacher.room, "russia"), 3000, "Russia not ready");

    // Majority: one of two is not enough; both are.
    expect(await ann.room.request(MESSAGES.readyrule, { rule: "majority" })).toMatchObject({ ok: false, code: "seat/not_facilitator" });
    expect(await teacher.room.request(MESSAGES.readyrule, { rule: "majority" })).toMatchObject({ ok: true });
    expect(await command(ann.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => russiaTeam(ben.room)?.ready.includes("Ann"), 3000, "Ben sees Ann ready");
    expect(seatReady(teacher.room, "russia")).toBe(false);
    expect(await command(ben.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => seatReady(teacher.room, "russia"), 3000, "Russia ready (majority)");
    expect(await command(ben.room, { type: "ready", ready: false })).toMatchObject({ ok: true });
    await waitFor(() => !seatReady(teacher.room, "russia"), 3000, "Russia not ready again");

    // A named captain: only Ann's word counts.
    expect(await command(ann.room, { type: "ready", ready: false })).toMatchObject({ ok: true });
    const roster = (await teacher.room.request(MESSAGES.roster, {})) as { roster: { players: { id: string; name: string }[] } };
    const annId = roster.roster.players.find((p) => p.name === "Ann")!.id;
    expect(await teacher.room.request(MESSAGES.readyrule, { rule: "captain", captains: { iran: annId } })).toMatchObject({ ok: false, code: "roster/unknown_player" });
    expect(await teacher.room.request(MESSAGES.readyrule, { rule: "captain", captains: { russia: annId } })).toMatchObject({ ok: true });
    await waitFor(() => russiaTeam(ben.room)?.captain === "Ann", 3000, "the captain named to the team");
    expect(await command(ben.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(seatReady(teacher.room, "russia")).toBe(false);
    // Ann's ready ends the phase for Russia; Iran (Cem) is the only other seat held: it advances once he is.
    expect(await command(ann.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => seatReady(teacher.room, "russia"), 3000, "Russia ready (captain)");

    // The log names who sent each command, and each member's part in the team's orders.
    const session = server.app.services.registry.get(id)!;
    const sends = session.commands.filter((c) => c.actor === "russia" && c.command.type === "orders");
    expect(sends.map((c) => c.by?.name)).toEqual(["Ben", "Ann", "Ann"]);
    expect(sends[0]!.by!.parts!.map((p) => `${p.name}:${p.edits}`).sort()).toEqual(["Ann:4", "Ben:1"]);
    const advance = session.commands.find((c) => c.actor === "facilitator")!;
    expect(advance.by).toBeNull();
    const readies = session.commands.filter((c) => c.actor === "russia" && c.command.type === "ready");
    expect(readies.every((c) => !c.by || ["Ann", "Ben"].includes(c.by.name))).toBe(true);

    // A restart keeps the draft and who was ready (Ann takes back her word, so nothing advances meanwhile).
    expect(await command(ann.room, { type: "ready", ready: false })).toMatchObject({ ok: true });
    const before = await waitFor(() => (russiaTeam(ann.room)?.ready.length === 1 ? russiaTeam(ann.room) : undefined), 3000, "Ann not ready");
    const keys = { ann: ann.got.seat!.seatKey!, ben: ben.got.seat!.seatKey! };
    for (const r of [ann.room, ben.room, cem.room, teacher.room, watcher.room]) await r.leave().catch(() => undefined);
    await server.close();
    server = await startServer({ bots: passiveBot, dataDir });
    const annAgain = await join(server.client(), id, { seatKey: keys.ann });
    const after = await waitFor(() => russiaTeam(annAgain.room), 5000, "the team after a restart");
    expect(after.draft).toEqual(before.draft);
    expect(after.ready).toEqual(["Ben"]);
    expect((annAgain.room.state as { phase: string }).phase).toBe("orders");
    await annAgain.room.leave();
  }, 60_000);
});

/**
 * Moderating a lesson on a real server with real SDK clients: names that pass for the teacher are
 * refused, the teacher locks joining, assigns every power, renames a student, and a removed
 * student's browser stays out until the teacher lets it back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { passiveBot } from "../../server/match/bots";
import { create, join, publicState, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  await server?.close();
});

const LONG = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };

/** The join's refusal code ("" if it was let in). */
async function refusal(id: string, options: Record<string, unknown>): Promise<string> {
  try {
    const { room } = await join(server.client(), id, options);
    await room.leave();
    return "";
  } catch (e) {
    return /^([a-z_]+\/[a-z_]+):/.exec((e as Error).message)?.[1] ?? (e as Error).message;
  }
}

function players(room: Room, power: string): string[] {
  const seat = (publicState(room).seats as Map<string, { players: { name: string }[] }>).get(power);
  return seat ? [...seat.players].map((p) => p.name) : [];
}

interface RosterReply {
  roster: { players: { id: string; name: string }[]; locked: boolean; assignOnly: boolean; removed: number };
}

describe("the address students join by", () => {
  it("warns a teacher on localhost when the server listens only on this computer", async () => {
    // The test server listens on 127.0.0.1 only, and is asked on that address.
    const answer = await server.http<{ url: string | null; loopback: boolean; reachable: boolean }>("/api/join-address");
    expect(answer.body).toEqual({ url: null, loopback: true, reachable: false });
  });
});

describe("moderating a lesson", () => {
  it("refuses names that pass for the teacher, locks, assigns, renames, and keeps a removed student out", async () => {
    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true, name: "Moderated" }, name: "Ms Kaya" });
    const id = teacher.room.roomId;

    // Names kept for the one running the lesson, the teacher's own included.
    for (const name of ["Probe teacher (facilitator)", "FACILITATOR", "ms kaya", "Admin", "T-e-a-c-h-e-r"]) {
      expect(await refusal(id, { waiting: true, name }), name).toBe("join/reserved_name");
    }
    const ann = await join(server.client(), id, { power: "russia", name: "Ann", device: "device-ann-0001" });
    expect(await ann.room.request(MESSAGES.claim, { power: "iran" })).toMatchObject({ ok: false, code: "seat/already_seated" });

    // Students may not moderate.
    expect(await ann.room.request(MESSAGES.entry, { locked: true })).toMatchObject({ ok: false, code: "seat/not_facilitator" });
    expect(await ann.room.request(MESSAGES.rename, { player: "m_000000000000", name: "X" })).toMatchObject({ ok: false, code: "seat/not_facilitator" });

    // The teacher assigns every power: a student can wait, not pick.
    expect(await teacher.room.request(MESSAGES.entry, { assignOnly: true })).toMatchObject({ ok: true, assignOnly: true, locked: false });
    expect(await refusal(id, { power: "iran", name: "Cem" })).toBe("seat/assign_only");
    const cem = await join(server.client(), id, { waiting: true, name: "Cem", device: "device-cem-0001" });
    expect(await cem.room.request(MESSAGES.claim, { power: "iran" })).toMatchObject({ ok: false, code: "seat/assign_only" });
    const waitingId = await waitFor(async () => ((await teacher.room.request(MESSAGES.roster, {})) as { roster: { waiting: { id: string }[] } }).roster.waiting[0]?.id, 3000, "Cem waiting");
    expect(await teacher.room.request(MESSAGES.assign, { player: waitingId, power: "iran" })).toMatchObject({ ok: true });
    await waitFor(() => (cem.got.seat?.viewer === "iran" ? true : undefined), 3000, "Cem on Iran");

    // Locked: no new student gets in, waiting or not; those with a seat come back.
    expect(await teacher.room.request(MESSAGES.entry, { locked: true, assignOnly: false })).toMatchObject({ ok: true, locked: true });
    expect(await refusal(id, { waiting: true, name: "Dee" })).toBe("join/locked");
    expect(await refusal(id, { power: "turkey", name: "Dee" })).toBe("join/locked");
    const annKey = ann.got.seat!.seatKey!;
    await ann.room.leave();
    const annBack = await join(server.client(), id, { seatKey: annKey });
    expect(annBack.got.seat).toMatchObject({ viewer: "russia", name: "Ann" });
    // A projector still opens as a spectator.
    expect(await refusal(id, { spectator: true })).toBe("");
    expect(await teacher.room.request(MESSAGES.entry, { locked: false })).toMatchObject({ ok: true, locked: false });

    // Rename: the seat, the roster and Ann's own screen take the new name.
    const roster = (await teacher.room.request(MESSAGES.roster, {})) as RosterReply;
    const annId = roster.roster.players.find((p) => p.name === "Ann")!.id;
    expect(await teacher.room.request(MESSAGES.rename, { player: annId, name: "Ann B." })).toMatchObject({ ok: true });
    await waitFor(() => players(teacher.room, "russia")[0] === "Ann B.", 3000, "the new name on the seat");
    await waitFor(() => (annBack.got.seat?.name === "Ann B." ? true : undefined), 3000, "Ann told her new name");

    // Cem is removed: his browser cannot come back under another name until the teacher lets it.
    const cemId = ((await teacher.room.request(MESSAGES.roster, {})) as RosterReply).roster.players.find((p) => p.name === "Cem")!.id;
    expect(await teacher.room.request(MESSAGES.kick, { player: cemId })).toMatchObject({ ok: true });
    await waitFor(() => cem.got.messages.some((m) => m.type === "kicked"), 3000, "Cem told");
    expect(await refusal(id, { waiting: true, name: "Not Cem", device: "device-cem-0001" })).toBe("join/removed");
    expect(await refusal(id, { power: "iran", name: "Not Cem", device: "device-cem-0001" })).toBe("join/removed");
    expect(((await teacher.room.request(MESSAGES.roster, {})) as RosterReply).roster.removed).toBe(1);
    expect(await teacher.room.request(MESSAGES.entry, { readmit: true })).toMatchObject({ ok: true, removed: 0 });
    const cemBack = await join(server.client(), id, { waiting: true, name: "Cem", device: "device-cem-0001" });
    expect(cemBack.got.seat).toMatchObject({ viewer: "spectator" });

    for (const r of [teacher.room, annBack.room, cemBack.room]) await r.leave();
  }, 30_000);
});

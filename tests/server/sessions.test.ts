/**
 * What a hostile or unlucky message cannot do on a real server: an exception inside the rules
 * is answered with a generic error and other matches play on; a student kicked or moved while
 * their connection is down cannot come back to the old seat with its reconnection token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { onFault } from "../../server/contain";
import { passiveBot } from "../../server/match/bots";
import { chatOf, command, create, dropConnection, join, record, startServer, viewOf, waitFor } from "./harness";
import type { Received, TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot, operatorToken: "op-secret" });
});
afterAll(async () => {
  await server?.close();
});

const LONG = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };

interface Roster {
  players: { id: string; name: string; power: string | null }[];
}
const rosterOf = (got: Received) => got.messages.filter((m) => m.type === "roster").at(-1)?.payload as Roster | undefined;

describe("an exception inside the rules", () => {
  it("is answered with a generic coded error, logged with the match, and every match plays on", async () => {
    const faults: string[] = [];
    const stop = onFault((where) => faults.push(where));
    const a = await create(server.client(), { match: { visibility: "private", timers: LONG }, power: "russia", name: "Ann" });
    const b = await create(server.client(), { match: { visibility: "private", timers: LONG }, power: "iran", name: "Bob" });
    const session = server.app.services.registry.get(a.room.roomId)!;
    const real = session.state;
    // The rules read every part of the state to apply a command: make one read throw, as a bug would.
    session.state = new Proxy(real, {
      get(target, key, receiver) {
        if (key === "proposals") throw new TypeError("a bug inside the rules");
        return Reflect.get(target, key, receiver);
      },
    });
    try {
      const answer = await command(a.room, { type: "ready", ready: true });
      expect(answer).toMatchObject({ ok: false, code: "server/internal" });
      expect(JSON.stringify(answer)).not.toMatch(/bug inside|TypeError|\n\s+at /);
      // Sent without a request, the sender alone gets an error message; the process goes on.
      const s = a.room.state as { turn: number; phase: string };
      a.room.send(MESSAGES.command, { type: "ready", ready: true, turn: s.turn, phase: s.phase });
      await waitFor(() => a.got.errors.find((e) => e.code === "server/internal" && e.type === "command"), 3000, "error message");
    } finally {
      session.state = real;
      stop();
    }
    expect(faults.filter((f) => f.includes(a.room.roomId)).length).toBe(2);
    // Both matches still take commands.
    expect(await command(a.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    expect(await command(b.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await a.room.leave();
    await b.room.leave();
  });
});

describe("a seat taken away while its connection is down", () => {
  async function lesson() {
    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true }, name: "Ms K" });
    const id = teacher.room.roomId;
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const annId = (await waitFor(() => rosterOf(teacher.got)?.players.find((p) => p.name === "Ann"), 3000, "Ann in the roster")).id;
    // Reconnection by hand, so the test decides when it happens.
    ann.room.reconnection.enabled = false;
    const token = ann.room.reconnectionToken;
    dropConnection(ann.room);
    await waitFor(() => rosterOf(teacher.got)?.players.find((p) => p.name === "Ann" && !(p as { connected?: boolean }).connected), 3000, "Ann dropped");
    return { teacher, id, ann, annId, token };
  }

  it("after a kick: the reconnection token is void and the seat key opens nothing", async () => {
    const { teacher, id, ann, annId, token } = await lesson();
    expect(await teacher.room.request(MESSAGES.kick, { player: annId })).toMatchObject({ ok: true });
    await expect(server.client().reconnect(token)).rejects.toThrow();
    await expect(server.client().joinById(id, { seatKey: ann.got.seat!.seatKey! })).rejects.toThrow(/seat\/bad_key/);
    await teacher.room.leave();
  });

  it("after a move: the old session is void; the seat key opens the new seat only", async () => {
    const { teacher, id, ann, annId, token } = await lesson();
    expect(await teacher.room.request(MESSAGES.assign, { player: annId, power: "turkey" })).toMatchObject({ ok: true });
    await expect(server.client().reconnect(token)).rejects.toThrow();
    const back = await join(server.client(), id, { seatKey: ann.got.seat!.seatKey! });
    expect(back.got.seat).toMatchObject({ viewer: "turkey" });
    expect(viewOf(back.room).viewer).toBe("turkey");
    // One seat: Turkey's. Russia is nobody's.
    const roster = await waitFor(() => rosterOf(teacher.got)?.players.some((p) => p.power === "turkey") && rosterOf(teacher.got), 3000, "roster after the move");
    expect(roster.players.filter((p) => p.name === "Ann").map((p) => p.power)).toEqual(["turkey"]);
    await back.room.leave();
    await teacher.room.leave();
  });

  it("a connection that is back follows its seat: removed, it is closed; nothing it sends is accepted", async () => {
    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true }, name: "Ms K" });
    const id = teacher.room.roomId;
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const annId = (await waitFor(() => rosterOf(teacher.got)?.players.find((p) => p.name === "Ann"), 3000, "Ann in the roster")).id;
    // The seat is taken away behind the room's back (as a race with a reconnection would leave it).
    const session = server.app.services.registry.get(id)!;
    const member = session.seats.all().find((m) => m.name === "Ann")!;
    session.seats.remove(member.keyHash);
    expect(annId).toMatch(/^m_/);
    const left = new Promise<number>((resolve) => ann.room.onLeave((code) => resolve(code)));
    expect(await command(ann.room, { type: "ready", ready: true })).toMatchObject({ ok: false, code: "seat/removed" });
    expect(await left).toBe(4000);
    expect(session.state.powers.russia!.ready).toBe(false);
    await teacher.room.leave();
  });
});

describe("the facilitator key", () => {
  it("goes to the creator's reservation, not to whoever joins first", async () => {
    // The creator reserves a seat (as `create` does) but is slow to connect; a stranger who has
    // learnt the room's id joins first.
    const body = JSON.stringify({ match: { visibility: "public", timers: LONG, facilitator: true, name: "Open lesson" }, name: "Ms K" });
    const reserved = await server.http<{ name: string; roomId: string; sessionId: string; processId: string; publicAddress?: string }>("/matchmake/create/match", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(reserved.status).toBe(200);
    const stranger = await join(server.client(), reserved.body.roomId, { name: "Stranger" });
    expect(stranger.got.seat!.viewer).toBe("spectator");
    expect(stranger.got.seat!.facilitatorKey).toBeUndefined();
    const creatorRoom: Room = await server.client().consumeSeatReservation(reserved.body as never);
    const got = record(creatorRoom);
    const creator = await waitFor(() => got.seat ?? undefined, 3000, "creator's seat");
    expect(creator.viewer).toBe("facilitator");
    expect(creator.facilitatorKey).toMatch(/^f_/);
    await stranger.room.leave();
    await creatorRoom.leave();
  });
});

describe("what a seat can count", () => {
  it("numbers each seat's chat in its own count, and replies carry no server-wide counter", async () => {
    const russia = await create(server.client(), { match: { visibility: "private", timers: LONG }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    const iran = await join(server.client(), id, { power: "iran", name: "Bob" });
    const iraq = await join(server.client(), id, { power: "iraq", name: "Cem" });
    // Three private lines Iraq is not party to, then a public one.
    for (const text of ["one", "two", "three"]) expect(await russia.room.request(MESSAGES.chat, { to: ["iran"], text })).toEqual({ ok: true });
    expect(await iran.room.request(MESSAGES.chat, { to: "public", text: "hello all" })).toEqual({ ok: true });
    expect(await command(russia.room, { type: "ready", ready: true })).toEqual({ ok: true });
    const iraqChat = await waitFor(() => {
      const lines = chatOf(iraq.room);
      return lines.length === 1 ? lines : undefined;
    }, 3000, "Iraq's chat");
    expect(iraqChat.map((m) => [m.seq, m.text])).toEqual([[1, "hello all"]]);
    const iranChat = await waitFor(() => {
      const lines = chatOf(iran.room);
      return lines.length === 4 ? lines : undefined;
    }, 3000, "Iran's chat");
    expect(iranChat.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    for (const room of [russia.room, iran.room, iraq.room]) await room.leave();
  });

  it("limits chat per seat, however many connections hold it", async () => {
    // The default budget: 5 lines at once, then one every 2 s.
    const russia = await create(server.client(), { match: { visibility: "private", timers: LONG }, power: "russia", name: "Ann" });
    const again = await join(server.client(), russia.room.roomId, { seatKey: russia.got.seat!.seatKey! });
    const third = await join(server.client(), russia.room.roomId, { seatKey: russia.got.seat!.seatKey! });
    const answers = [];
    for (const room of [russia.room, again.room, third.room, russia.room, again.room, third.room, russia.room]) answers.push(await room.request(MESSAGES.chat, { to: "public", text: "spam" }));
    expect(answers.map((a) => (a as { ok: boolean }).ok)).toEqual([true, true, true, true, true, false, false]);
    expect(answers[5]).toMatchObject({ code: "chat/rate_limited" });
    // Another seat has its own budget.
    const iran = await join(server.client(), russia.room.roomId, { power: "iran", name: "Bob" });
    expect(await iran.room.request(MESSAGES.chat, { to: "public", text: "hi" })).toEqual({ ok: true });
    for (const room of [russia.room, again.room, third.room, iran.room]) await room.leave();
  });
});

describe("teams", () => {
  it("hold at most the team cap per power (8 by default); the facilitator can change it; the roster is not re-sent per join", async () => {
    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true }, name: "Ms K" });
    const id = teacher.room.roomId;
    const students = [];
    for (let i = 0; i < 8; i++) students.push(await join(server.client(), id, { power: "iraq", name: `S${i}` }));
    await expect(server.client().joinById(id, { power: "iraq", name: "Ninth" })).rejects.toThrow(/seat\/team_full/);
    // Moving a ninth player in is refused too.
    const other = await join(server.client(), id, { power: "iran", name: "Mover" });
    const roster = await waitFor(() => rosterOf(teacher.got)?.players.find((p) => p.name === "Mover") && rosterOf(teacher.got), 3000, "roster with Mover");
    const mover = roster.players.find((p) => p.name === "Mover")!;
    expect(await teacher.room.request(MESSAGES.assign, { player: mover.id, power: "iraq" })).toMatchObject({ ok: false, code: "seat/team_full" });
    // The facilitator lowers the cap to 2: no new player joins Iraq; Iran takes one more.
    expect(await teacher.room.request(MESSAGES.teamcap, { size: 2 })).toEqual({ ok: true, size: 2 });
    await expect(server.client().joinById(id, { power: "iraq", name: "Late" })).rejects.toThrow(/seat\/team_full/);
    const second = await join(server.client(), id, { power: "iran", name: "Second" });
    await expect(server.client().joinById(id, { power: "iran", name: "Third" })).rejects.toThrow(/seat\/team_full/);
    // Only the facilitator sets it, and only to a sane size.
    expect(await other.room.request(MESSAGES.teamcap, { size: 40 })).toMatchObject({ ok: false, code: "seat/not_facilitator" });
    expect(await teacher.room.request(MESSAGES.teamcap, { size: 0 })).toMatchObject({ ok: false, code: "teamcap/malformed" });
    // Eleven joins and a move, but the roster went out only a few times (at most every 250 ms).
    const pushes = teacher.got.messages.filter((m) => m.type === "roster").length;
    expect(pushes).toBeLessThan(11);
    for (const s of [...students, other, second]) await s.room.leave();
    await teacher.room.leave();
  });
});

describe("the match hash", () => {
  it("is public only as of the phase's start; the live hash goes to the facilitator and the operator", async () => {
    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true }, name: "Ms K" });
    const id = teacher.room.roomId;
    const key = teacher.got.seat!.facilitatorKey!;
    const russia = await join(server.client(), id, { power: "russia", name: "Ann" });
    type Described = { hash: string; liveHash?: string; phase: string };
    const asPublic = async () => (await server.http<Described>(`/api/matches/${id}`)).body;
    const asTeacher = async () => (await server.http<Described>(`/api/matches/${id}`, { headers: { "x-facilitator-key": key } })).body;
    const asOperator = async () => (await server.http<Described>(`/api/matches/${id}`, { headers: { authorization: "Bearer op-secret" } })).body;
    for (let i = 0; i < 2; i++) expect(await command(teacher.room, { type: "advance" })).toEqual({ ok: true });
    await waitFor(async () => (await asPublic()).phase === "orders", 3000, "orders phase");
    const before = await asPublic();
    expect(before.liveHash).toBeUndefined();
    expect((await server.http<Described>(`/api/matches/${id}`, { headers: { "x-facilitator-key": "f_wrong", authorization: "Bearer wrong" } })).body.liveHash).toBeUndefined();
    // Russia's secret orders: the public hash holds still, the live one moves.
    const liveBefore = (await asTeacher()).liveHash;
    expect(liveBefore).toMatch(/^[0-9a-f]{64}$/);
    expect(await command(russia.room, { type: "orders", orders: { strikes: [], support: [], posture: "engage", patrols: [], revoke: [] } })).toEqual({ ok: true });
    expect((await asPublic()).hash).toBe(before.hash);
    const liveAfter = (await asTeacher()).liveHash;
    expect(liveAfter).not.toBe(liveBefore);
    expect((await asOperator()).liveHash).toBe(liveAfter);
    // The phase ends: the public hash moves on.
    expect(await command(teacher.room, { type: "advance" })).toEqual({ ok: true });
    await waitFor(async () => (await asPublic()).hash !== before.hash, 3000, "a new public hash");
    for (const room of [russia.room, teacher.room]) await room.leave();
  });
});

describe("ids from outside", () => {
  const NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

  it("are data in HTTP routes and join options: a coded refusal, nothing polluted, the server plays on", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const host = await create(server.client(), { match: { visibility: "private", timers: LONG }, power: "russia", name: "Ann" });
    for (const name of NAMES) {
      for (const path of [`/api/matches/${name}`, `/api/matches/${name}/archive`, `/api/matches/${name}/export.csv`, `/api/code/${name}`]) {
        const res = await server.http<{ error: { code: string } }>(path);
        expect(res.status, path).toBe(404);
        expect(res.body.error.code, path).toMatch(/^(match|code)\//);
      }
      await expect(server.client().joinById(name, {})).rejects.toThrow();
      await expect(server.client().joinById(host.room.roomId, { power: name })).rejects.toThrow(/join\/malformed|seat\/unknown_power/);
      // (Colyseus itself refuses a body with a "__proto__" key.)
      await expect(server.client().joinById(host.room.roomId, { [name]: true } as Record<string, unknown>)).rejects.toThrow(/join\/malformed|malformed request body/);
      const errors = host.got.errors.length;
      host.room.send(name, {});
      await waitFor(() => host.got.errors.length > errors && host.got.errors.at(-1)!.code === "message/unknown_type", 3000, `refusal of message ${name}`);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).civilians).toBeUndefined();
    expect(await command(host.room, { type: "ready", ready: true })).toEqual({ ok: true });
    await host.room.leave();
  });
});

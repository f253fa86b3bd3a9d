/**
 * The classroom on a real server: the facilitator's roster (students waiting, assigned, moved
 * between powers, removed), seats reserved for bots, broadcasts to all or one power, the
 * refusal of every facilitator message to anyone else, the facilitator's archive list and the
 * exports (JSON and CSV) of a finished match.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { passiveBot } from "../../server/match/bots";
import { chatOf, command, create, join, publicState, startServer, viewOf, waitFor, waitPhase } from "./harness";
import type { Received, TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";
import type { MessageName } from "../../shared/protocol";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  await server?.close();
});

interface Roster {
  players: { id: string; name: string; power: string | null; connected: boolean }[];
  waiting: { id: string; name: string }[];
  spectators: number;
}

const LONG = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };

/** The latest roster the facilitator was sent. */
function lastRoster(got: Received): Roster | undefined {
  const m = got.messages.filter((x) => x.type === "roster").at(-1);
  return m?.payload as Roster | undefined;
}

function seatPlayers(room: Room, power: string): string[] {
  const seat = (publicState(room).seats as Map<string, { players: { name: string }[] }>).get(power);
  return seat ? [...seat.players].map((p) => p.name) : [];
}

function seatOf(room: Room, power: string): { bot: boolean; botReason: string; claimable: boolean } {
  return (publicState(room).seats as Map<string, { bot: boolean; botReason: string; claimable: boolean }>).get(power)!;
}

async function teacherMatch(extra: Record<string, unknown> = {}) {
  const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true, name: "Class 4B", ...extra }, name: "Ms K" });
  return { teacher, id: teacher.room.roomId, key: teacher.got.seat!.facilitatorKey! };
}

describe("the classroom roster", () => {
  it("assigns waiting students, moves and removes players, and reserves seats for bots", async () => {
    const { teacher, id } = await teacherMatch();
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const bob = await join(server.client(), id, { power: "russia", name: "Bob" });
    const cem = await join(server.client(), id, { waiting: true, name: "Cem" });
    expect(cem.got.seat).toMatchObject({ viewer: "spectator", name: "Cem" });

    // The facilitator is sent the roster as it changes: a team of two on Russia, Cem waiting.
    const first = await waitFor(() => {
      const r = lastRoster(teacher.got);
      return r && r.players.length === 2 && r.waiting.length === 1 ? r : undefined;
    }, 3000, "roster with Cem waiting");
    expect(first.players.map((p) => `${p.name}:${p.power}:${p.connected}`)).toEqual(["Ann:russia:true", "Bob:russia:true"]);
    expect(first.waiting[0]).toMatchObject({ name: "Cem" });
    expect(first.players.every((p) => /^m_[0-9a-f]{12}$/.test(p.id))).toBe(true);
    // The same roster on request.
    expect(await teacher.room.request(MESSAGES.roster, {})).toMatchObject({ ok: true, roster: { players: first.players, waiting: first.waiting } });

    // Cem is assigned Iran: the seat, its key and its view come to Cem's connection.
    const assigned = (await teacher.room.request(MESSAGES.assign, { player: first.waiting[0]!.id, power: "iran" })) as { ok: boolean; player: string };
    expect(assigned).toMatchObject({ ok: true, power: "iran" });
    await waitFor(() => (cem.got.seat?.viewer === "iran" ? true : undefined), 3000, "Cem's new seat");
    expect(cem.got.seat!.seatKey).toMatch(/^s_/);
    await waitFor(() => viewOf(cem.room).viewer === "iran", 3000, "Cem's Iran view");
    expect(seatPlayers(teacher.room, "iran")).toEqual(["Cem"]);
    expect(await command(cem.room, { type: "ready", ready: true })).toMatchObject({ ok: true });

    // Bob moves from Russia to Turkey: his connection switches seat; his key now opens Turkey.
    const bobId = first.players.find((p) => p.name === "Bob")!.id;
    expect(await teacher.room.request(MESSAGES.assign, { player: bobId, power: "turkey" })).toMatchObject({ ok: true });
    await waitFor(() => (bob.got.seat?.viewer === "turkey" ? true : undefined), 3000, "Bob's new seat");
    await waitFor(() => viewOf(bob.room).viewer === "turkey", 3000, "Bob's Turkey view");
    expect(seatPlayers(teacher.room, "russia")).toEqual(["Ann"]);
    expect(seatPlayers(teacher.room, "turkey")).toEqual(["Bob"]);
    const bobSeatKey = (bob.got.messages.find((m) => m.type === "seat" && (m.payload as { seatKey?: string }).seatKey)!.payload as { seatKey: string }).seatKey;
    const bob2 = await join(server.client(), id, { seatKey: bobSeatKey });
    expect(bob2.got.seat).toMatchObject({ viewer: "turkey", name: "Bob" });
    await bob2.room.leave();

    // Ann is removed: told why, disconnected for good; her key opens nothing; Russia goes to a bot.
    const annKey = ann.got.seat!.seatKey!;
    const annLeft = new Promise<number>((resolve) => ann.room.onLeave((code) => resolve(code)));
    const annId = first.players.find((p) => p.name === "Ann")!.id;
    expect(await teacher.room.request(MESSAGES.kick, { player: annId })).toMatchObject({ ok: true });
    expect(await annLeft).toBe(4000);
    expect(ann.got.messages.some((m) => m.type === "kicked")).toBe(true);
    await expect(server.client().joinById(id, { seatKey: annKey })).rejects.toThrow(/seat\/bad_key/);
    await waitFor(() => (seatOf(teacher.room, "russia").botReason === "open" ? true : undefined), 3000, "Russia open");
    const after = await waitFor(() => {
      const r = lastRoster(teacher.got);
      return r && r.players.length === 2 && r.waiting.length === 0 ? r : undefined;
    }, 3000, "roster after the kick");
    expect(after.players.map((p) => `${p.name}:${p.power}`)).toEqual(["Bob:turkey", "Cem:iran"]);

    // A waiting student can be removed too.
    const dan = await join(server.client(), id, { waiting: true, name: "Dan" });
    const danWaiting = await waitFor(() => lastRoster(teacher.got)?.waiting.find((w) => w.name === "Dan"), 3000, "Dan waiting");
    const danLeft = new Promise<number>((resolve) => dan.room.onLeave((code) => resolve(code)));
    expect(await teacher.room.request(MESSAGES.kick, { player: danWaiting.id })).toMatchObject({ ok: true });
    expect(await danLeft).toBe(4000);

    // Fill the empty seats with bots: closed to students; a seat students hold cannot be.
    expect(await teacher.room.request(MESSAGES.bots, { powers: ["usa", "iraq", "syria"], reserved: true, level: "easy" })).toMatchObject({ ok: true });
    await waitFor(() => (seatOf(teacher.room, "usa").botReason === "reserved" ? true : undefined), 3000, "USA reserved");
    expect(seatOf(teacher.room, "usa").claimable).toBe(false);
    await expect(server.client().joinById(id, { power: "usa", name: "Eve" })).rejects.toThrow(/seat\/reserved_for_bot/);
    expect(await teacher.room.request(MESSAGES.bots, { powers: ["iran"], reserved: true })).toMatchObject({ ok: false, code: "roster/seat_held" });
    // Opening a seat again, and assigning a student to a reserved seat (the facilitator's choice wins).
    expect(await teacher.room.request(MESSAGES.bots, { powers: ["syria"], reserved: false })).toMatchObject({ ok: true });
    await waitFor(() => (seatOf(teacher.room, "syria").botReason === "open" ? true : undefined), 3000, "Syria open");
    expect(await teacher.room.request(MESSAGES.assign, { player: after.players.find((p) => p.name === "Bob")!.id, power: "usa" })).toMatchObject({ ok: true });
    await waitFor(() => (seatOf(teacher.room, "usa").botReason === "" ? true : undefined), 3000, "USA played by Bob");

    // Unknown players and malformed payloads are refused with codes.
    expect(await teacher.room.request(MESSAGES.assign, { player: "m_000000000000", power: "iran" })).toMatchObject({ ok: false, code: "roster/unknown_player" });
    expect(await teacher.room.request(MESSAGES.assign, { player: annId, power: "atlantis" })).toMatchObject({ ok: false, code: "seat/unknown_power" });
    expect(await teacher.room.request(MESSAGES.assign, { player: annId, power: "Atlantis!" })).toMatchObject({ ok: false, code: "assign/malformed" });

    // What a restarted server would load: the roster and the reservations as they are now.
    const stored = (await server.app.services.store.get(id))!;
    expect(stored.members.map((m) => `${m.name}:${m.power}`)).toEqual(["Bob:usa", "Cem:iran"]);
    expect(stored.record.settings.bots).toEqual({ iraq: "easy" });

    for (const c of [teacher, bob, cem]) await c.room.leave();
  }, 30_000);

  it("broadcasts to everyone or to one power, in the chat and as an announcement", async () => {
    const { teacher, id } = await teacherMatch();
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const cem = await join(server.client(), id, { power: "iran", name: "Cem" });
    const projector = await join(server.client(), id, { spectator: true, name: "Projector" });

    expect(await teacher.room.request(MESSAGES.broadcast, { to: "all", text: "Five minutes left for diplomacy." })).toMatchObject({ ok: true });
    for (const c of [ann, cem, projector, teacher]) {
      await waitFor(() => c.got.messages.find((m) => m.type === "announcement" && (m.payload as { text: string }).text === "Five minutes left for diplomacy."), 3000, "announcement to all");
      await waitFor(() => chatOf(c.room).some((m) => m.text === "Five minutes left for diplomacy." && m.from === "facilitator" && m.to === null), 3000, "public chat");
    }

    expect(await teacher.room.request(MESSAGES.broadcast, { to: "iran", text: "Iran: check your sanctions objective." })).toMatchObject({ ok: true });
    await waitFor(() => cem.got.messages.find((m) => m.type === "announcement" && (m.payload as { to: string }).to === "iran"), 3000, "announcement to Iran");
    await waitFor(() => chatOf(cem.room).some((m) => m.text.startsWith("Iran: check")), 3000, "Iran's chat");
    await new Promise((r) => setTimeout(r, 200));
    for (const c of [ann, projector]) {
      expect(c.got.messages.some((m) => m.type === "announcement" && (m.payload as { to: string }).to === "iran")).toBe(false);
      expect(chatOf(c.room).some((m) => m.text.startsWith("Iran: check"))).toBe(false);
    }
    expect(await teacher.room.request(MESSAGES.broadcast, { to: "all", text: "   " })).toMatchObject({ ok: false, code: "broadcast/malformed" });

    for (const c of [teacher, ann, cem, projector]) await c.room.leave();
  }, 20_000);

  it("refuses every facilitator message to players and spectators", async () => {
    const { teacher, id } = await teacherMatch();
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const watcher = await join(server.client(), id, { waiting: true, name: "Wes" });
    const roster = await waitFor(() => {
      const r = lastRoster(teacher.got);
      return r && r.players.length === 1 && r.waiting.length === 1 ? r : undefined;
    }, 3000, "roster");
    const stamp = () => ({ turn: 1, phase: (teacher.room.state as { phase: string }).phase });
    const attempts: [MessageName, unknown][] = [
      [MESSAGES.roster, {}],
      [MESSAGES.assign, { player: roster.waiting[0]!.id, power: "usa" }],
      [MESSAGES.kick, { player: roster.players[0]!.id }],
      [MESSAGES.bots, { powers: ["usa"], reserved: true }],
      [MESSAGES.broadcast, { to: "all", text: "I am the teacher now" }],
      [MESSAGES.pause, { paused: false }],
      [MESSAGES.extend, { seconds: 600 }],
    ];
    const commands = [
      { type: "advance", ...stamp() },
      { type: "inject", ...stamp(), card: { cardId: "ev-civilian-toll" }, to: null },
      { type: "end", ...stamp() },
    ];
    for (const [who, got, room, commandCode] of [
      ["player", ann.got, ann.room, "seat/not_facilitator"],
      ["spectator", watcher.got, watcher.room, "seat/spectator"],
    ] as const) {
      for (const [type, payload] of attempts) {
        expect(await room.request(type, payload), `${who} ${type}`).toMatchObject({ ok: false, code: "seat/not_facilitator" });
      }
      for (const c of commands) expect(await room.request(MESSAGES.command, c), `${who} ${c.type}`).toMatchObject({ ok: false, code: commandCode });
      // Sent without waiting for a reply, a refusal comes back as an error message.
      const before = got.errors.length;
      room.send(MESSAGES.assign, { player: roster.players[0]!.id, power: "iran" });
      await waitFor(() => got.errors.length > before, 3000, "error message");
      expect(got.errors.at(-1)).toMatchObject({ type: "assign", code: "seat/not_facilitator" });
    }
    // Nothing changed: still paused by the facilitator, nobody moved, nothing said.
    expect(teacher.room.state).toMatchObject({ paused: true, pauseReason: "facilitator", status: "running", phase: "briefing" });
    expect(seatPlayers(teacher.room, "russia")).toEqual(["Ann"]);
    expect(chatOf(ann.room)).toEqual([]);
    expect(server.app.services.registry.get(id)!.commands).toEqual([]);

    for (const c of [teacher, ann, watcher]) await c.room.leave();
  }, 20_000);
});

describe("the facilitator's archive and exports", () => {
  it("lists the facilitator's matches and exports a finished one as JSON and CSV", async () => {
    const { teacher, id, key } = await teacherMatch({ turns: 2 });
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const ben = await join(server.client(), id, { power: "iran", name: "Ben" });
    expect(await teacher.room.request(MESSAGES.pause, { paused: false })).toMatchObject({ ok: true });
    expect(await ann.room.request(MESSAGES.chat, { to: "public", text: "=HYPERLINK(\"http://x\")" })).toMatchObject({ ok: true });
    expect(await ann.room.request(MESSAGES.chat, { to: ["iran"], text: "just between us" })).toMatchObject({ ok: true });
    expect(await command(teacher.room, { type: "inject", card: { headline: "Border convoy hit", text: "Nobody claims it.", effects: [{ kind: "escalation", delta: 1 }] }, to: null })).toMatchObject({ ok: true });

    // Running: listed with its code; other keys see nothing of it.
    const live = await server.http<{ matches: { id: string; status: string; code: string | null }[] }>(`/api/archive?facilitatorKey=${encodeURIComponent(key)}`);
    expect(live.body.matches).toEqual([expect.objectContaining({ id, status: "running", code: expect.stringMatching(/^[A-Z2-9]{6}$/) })]);
    expect((await server.http<{ matches: unknown[] }>("/api/archive?facilitatorKey=f_not-a-real-key-at-all")).body.matches).toEqual([]);
    expect((await server.http("/api/archive")).status).toBe(400);
    expect((await server.http(`/api/matches/${id}/export.csv`)).status).toBe(409);

    // The facilitator moves the match through both turns to its end.
    for (let turn = 1; turn <= 2; turn++) {
      for (const phase of ["briefing", "diplomacy", "orders", "report"]) {
        await waitPhase(teacher.room, phase, turn);
        if (turn === 1 && phase === "diplomacy") {
          // Ann proposes, Ben accepts: a treaty, on both students' records.
          await waitPhase(ann.room, phase, turn);
          expect(await command(ann.room, { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 2 }], note: "corridor" })).toMatchObject({ ok: true });
          const proposal = await waitFor(() => viewOf(ben.room).proposals[0], 3000, "the proposal at Ben's");
          expect(await command(ben.room, { type: "accept", proposal: proposal.id })).toMatchObject({ ok: true });
        }
        if (turn === 1 && phase === "orders") {
          await waitPhase(ann.room, phase, turn);
          expect(await ann.room.request(MESSAGES.draft, { turn, edits: [{ op: "posture", posture: "engage" }], send: true })).toMatchObject({ ok: true });
        }
        expect(await command(teacher.room, { type: "advance" })).toMatchObject({ ok: true });
      }
    }
    await waitFor(() => ((teacher.room.state as { status: string }).status === "ended" ? true : undefined), 3000, "end");

    // A second lesson by the same browser (another key): both listed when both keys are given.
    const second = await teacherMatch();
    const both = await server.http<{ matches: { id: string; status: string; code: string | null; scores: Record<string, number> | null }[] }>(
      `/api/archive?facilitatorKey=${encodeURIComponent(key)},${encodeURIComponent(second.key)}`,
    );
    expect(both.body.matches.map((m) => m.id)).toEqual([second.id, id]);
    expect(both.body.matches[1]).toMatchObject({ status: "ended", code: null });
    expect(Object.keys(both.body.matches[1]!.scores!).sort()).toEqual(["iran", "iraq", "russia", "syria", "turkey", "usa"]);

    // JSON: the whole archive, a download; private chat only with the key.
    const res = await fetch(`${server.url}api/matches/${id}/export.json`);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="overflight-class-4b-.*\.json"/);
    interface Exported {
      final: { history: { turn: number }[]; log: { kind: string }[] };
      scoring: { totals: Record<string, number>; details: Record<string, { id: string; met: boolean }[]> };
      commands: { actor: string; command: { type: string } }[];
      chat: { text: string }[];
      replay: { commands: unknown[] };
    }
    const json = (await res.json()) as Exported;
    expect(json.final.history.map((h) => h.turn)).toEqual([0, 1, 2]);
    expect(json.scoring.details.russia!.length).toBeGreaterThan(0);
    expect(json.commands.filter((c) => c.actor === "facilitator").map((c) => c.command.type)).toEqual(["inject", ...Array(8).fill("advance")]);
    expect(json.chat.map((m) => m.text)).toEqual(['=HYPERLINK("http://x")']);
    expect(json.replay.commands.length).toBe(json.commands.length);
    const asTeacher = { headers: { "x-facilitator-key": key } };
    const withKey = await server.http<Exported>(`/api/matches/${id}/export.json`, asTeacher);
    expect(withKey.body.chat.map((m) => m.text)).toEqual(['=HYPERLINK("http://x")', "just between us"]);
    // A student's debrief (their seat key in a header) has their own team's private talks, and no one else's.
    const asAnn = await server.http<Exported>(`/api/matches/${id}/archive`, { headers: { "x-seat-key": ann.got.seat!.seatKey! } });
    expect(asAnn.body.chat.map((m) => m.text)).toEqual(['=HYPERLINK("http://x")', "just between us"]);
    expect((await server.http<Exported>(`/api/matches/${id}/archive`, { headers: { "x-seat-key": "s_not-a-real-key" } })).body.chat).toHaveLength(1);
    // The key in the address opens nothing: links carry a short-lived token instead.
    expect((await server.http<Exported>(`/api/matches/${id}/export.json?key=${encodeURIComponent(key)}`)).body.chat).toHaveLength(1);
    expect((await server.http(`/api/matches/${id}/export-token`, { method: "POST" })).status).toBe(403);
    expect((await server.http(`/api/matches/${id}/export-token`, { method: "POST", headers: { "x-facilitator-key": second.key } })).status).toBe(403);
    const { body: minted } = await server.http<{ token: string; expiresAt: number }>(`/api/matches/${id}/export-token`, { method: "POST", ...asTeacher });
    expect(minted.token).not.toContain(key);
    expect(minted.expiresAt - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    const viaToken = await server.http<Exported>(`/api/matches/${id}/export.json?token=${encodeURIComponent(minted.token)}`);
    expect(viaToken.body.chat).toHaveLength(2);
    // A token is for its match only, and a forged one opens nothing.
    expect((await server.http<Exported>(`/api/matches/${second.id}/export.json?token=${encodeURIComponent(minted.token)}`)).status).toBe(409);
    const forged = `${(Date.now() + 60_000).toString(36)}.${minted.token.split(".")[1]}`;
    expect((await server.http<Exported>(`/api/matches/${id}/export.json?token=${encodeURIComponent(forged)}`)).body.chat).toHaveLength(1);

    // CSV of the log: events in words, commands, chat; formulas defused.
    const csvRes = await fetch(`${server.url}api/matches/${id}/export.csv`);
    expect(csvRes.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await csvRes.text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("record,seq,turn,phase,at,actor,student,kind,to,text,data");
    expect(lines.filter((l) => l.startsWith("event,")).length).toBe(json.final.log.length);
    // Every row has its time (an event's is that of the command that made it).
    expect(lines.slice(1).every((l) => /^[a-z]+,\d+,\d+,[a-z]+,\d{4}-\d\d-\d\dT/.test(l))).toBe(true);
    // Who sent a command is named only for the facilitator (chat carries its writer's name anyway).
    expect(text).toMatch(/command,\d+,1,diplomacy,[^,]+,russia,,propose/);
    expect(lines.filter((l) => l.startsWith("command,")).length).toBe(json.commands.length);
    expect(text).toContain("Inject: Border convoy hit. Nobody claims it.");
    expect(text).toMatch(/command,1,1,briefing,[^,]+,facilitator,,inject/);
    expect(text).toContain(`chat,1,1,briefing,`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toContain("just between us");
    const teacherCsv = await (await fetch(`${server.url}api/matches/${id}/export.csv?token=${encodeURIComponent(minted.token)}`)).text();
    expect(teacherCsv).toContain("just between us");
    expect(teacherCsv).toMatch(/command,\d+,1,diplomacy,[^,]+,russia,Ann,propose/);

    // Per student, for the gradebook (the facilitator's only): what each did and the team's score.
    expect((await server.http(`/api/matches/${id}/export.csv?table=students`)).status).toBe(403);
    const students = (await (await fetch(`${server.url}api/matches/${id}/export.csv?table=students`, asTeacher)).text()).trim().split("\r\n");
    expect(students[0]).toBe("student,student id,power,team,commands,orders sent,draft changes,proposals made,proposals accepted,accepted others' proposals,messages,private messages,first action,last action,team score,team rank");
    const row = (name: string) => Object.fromEntries(students[0]!.split(",").map((col, i) => [col, students.find((l) => l.startsWith(`${name},`))!.split(",")[i]]));
    expect(row("Ann")).toMatchObject({ power: "russia", "orders sent": "1", "draft changes": "1", "proposals made": "1", "proposals accepted": "1", messages: "2", "private messages": "1", "team score": String(json.scoring.totals.russia) });
    expect(row("Ben")).toMatchObject({ power: "iran", "proposals made": "0", "accepted others' proposals": "1", messages: "0" });
    expect(row("Ann")["student id"]).toMatch(/^m_[0-9a-f]{12}$/);
    expect(row("Ann")["first action"]).toMatch(/^\d{4}-\d\d-\d\dT/);

    // Scores: one row per power, best first, with its objectives.
    const scores = (await (await fetch(`${server.url}api/matches/${id}/export.csv?table=scores`)).text()).trim().split("\r\n");
    expect(scores[0]).toBe("rank,power,team,players,bot,score,objectives met,objectives,detail");
    expect(scores).toHaveLength(7);
    expect(scores.find((l) => l.includes(",russia,"))).toContain(",Ann,");
    const totals = scores.slice(1).map((l) => Number(l.split(",")[5]));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));

    // CSV of the tracks: one row per power and turn (turn 0: the start).
    const tracks = (await (await fetch(`${server.url}api/matches/${id}/export.csv?table=tracks`)).text()).trim().split("\r\n");
    expect(tracks[0]).toMatch(/^turn,power,prestige,legitimacy,cost,credibility,influence .*,escalation$/);
    expect(tracks.length).toBe(1 + 3 * 6);
    expect(tracks[1]).toMatch(/^0,russia,\d/);

    for (const c of [teacher, ann, ben, second.teacher]) await c.room.leave();
  }, 30_000);
});

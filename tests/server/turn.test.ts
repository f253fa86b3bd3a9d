/**
 * A full turn between human clients (proposal, acceptance, orders, resolution, reports), and
 * secrecy: strings planted in a secret strike id, a proposal note and a private chat message
 * reach only the clients whose seat may know them.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { viewForSeat } from "../../shared";
import type { Viewer } from "../../shared";
import { passiveBot } from "../../server/match/bots";
import { chatOf, command, create, join, startServer, viewOf, waitFor, waitPhase } from "./harness";
import type { Received, TestServer } from "./harness";
import { MESSAGES } from "../../shared/protocol";

const STRIKE = "zqstrike7731";
const NOTE = "zqnote4420";
const WHISPER = "zqwhisper9182";
const PUBLIC_LINE = "zqpublic5555";

let server: TestServer;
const clients = new Map<Viewer, { room: Room; got: Received }>();

beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  for (const { room } of clients.values()) await room.leave().catch(() => undefined);
  await server?.close();
});

const seen = (viewer: Viewer, marker: string) => clients.get(viewer)!.got.frames.some((f) => f.includes(marker));
const room = (viewer: Viewer) => clients.get(viewer)!.room;

async function allReady(viewers: Viewer[]): Promise<void> {
  for (const v of viewers) expect(await command(room(v), { type: "ready", ready: true })).toMatchObject({ ok: true });
}

describe("a full turn", () => {
  it("is played by humans through diplomacy, orders, resolution and report", async () => {
    const facilitator = await create(server.client(), {
      match: { name: "Turn test", visibility: "private", timers: { briefing: 600, diplomacy: 600, orders: 600, report: 600 }, facilitator: true },
      name: "Teacher",
    });
    expect(facilitator.got.seat).toMatchObject({ viewer: "facilitator", facilitatorKey: expect.stringMatching(/^f_/) });
    clients.set("facilitator", facilitator);
    const id = facilitator.room.roomId;
    clients.set("russia", await join(server.client(), id, { power: "russia", name: "Ann" }));
    clients.set("iran", await join(server.client(), id, { power: "iran", name: "Bob" }));
    clients.set("turkey", await join(server.client(), id, { power: "turkey", name: "Cem" }));
    clients.set("spectator", await join(server.client(), id, { name: "Dee" }));

    // A facilitated match waits, paused, for its facilitator.
    expect(facilitator.room.state).toMatchObject({ paused: true, pauseReason: "facilitator", phase: "briefing" });
    expect(await facilitator.room.request(MESSAGES.pause, { paused: false })).toMatchObject({ ok: true, paused: false });
    await waitFor(() => (room("russia").state as { deadline: number }).deadline > Date.now());

    // Briefing: every connected human ready → diplomacy.
    await allReady(["russia", "iran", "turkey"]);
    await waitPhase(room("russia"), "diplomacy", 1);

    // Diplomacy: a proposal with a planted note; a private and a public message.
    const proposed = await command(room("russia"), {
      type: "propose",
      parties: ["iran"],
      terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 }],
      note: `Corridor for the salvo ${NOTE}`,
    });
    expect(proposed).toMatchObject({ ok: true });
    expect(await room("russia").request(MESSAGES.chat, { to: ["iran"], text: `Keep this between us ${WHISPER}` })).toMatchObject({ ok: true });
    expect(await room("turkey").request(MESSAGES.chat, { to: "public", text: `Hello all ${PUBLIC_LINE}` })).toMatchObject({ ok: true });

    const proposal = await waitFor(() => viewOf(room("iran")).proposals.find((p) => p.note.includes(NOTE)));
    expect(viewOf(room("turkey")).proposals).toEqual([]);
    expect(await command(room("iran"), { type: "accept", proposal: proposal.id })).toMatchObject({ ok: true });
    for (const v of ["russia", "iran"] as const) {
      await waitFor(() => viewOf(room(v)).treaties.some((t) => t.proposalId === proposal.id && t.status === "agreed"), 3000, `${v} sees the treaty`);
    }
    await waitFor(() => chatOf(room("iran")).some((m) => m.text.includes(WHISPER)));
    await waitFor(() => chatOf(room("spectator")).some((m) => m.text.includes(PUBLIC_LINE)));

    // The facilitator moves the match on to orders.
    expect(await command(facilitator.room, { type: "advance" })).toMatchObject({ ok: true });
    await waitPhase(room("russia"), "orders", 1);

    // Orders: Russia's salvo over Iran and Iraq, under a planted strike id.
    const orders = {
      strikes: [{ id: STRIKE, asset: "caspian-flotilla", zone: "raqqa", faction: "rebels", units: 6, waypoints: [[48.5, 35.5], [43.5, 34.0]], claim: "isis" }],
      support: [],
      posture: "watch",
      patrols: [],
      revoke: [],
    };
    expect(await command(room("russia"), { type: "orders", orders })).toMatchObject({ ok: true });
    expect(await command(room("iran"), { type: "orders", orders: { strikes: [], support: [], posture: "open", patrols: [], revoke: [] } })).toMatchObject({ ok: true });
    await waitFor(() => viewOf(room("turkey")).ordersIn.includes("russia"));
    expect(viewOf(room("russia")).orders.russia?.strikes[0]?.id).toBe(STRIKE);

    // Checkpoint: before resolution the strike id is Russia's alone among the players; the facilitator
    // sees each team's draft as it is written (oversight, docs/classroom.md), through its slot's `team`.
    await new Promise((r) => setTimeout(r, 150));
    for (const v of ["iran", "turkey", "spectator"] as const) expect(seen(v, STRIKE), `${v} saw the strike id early`).toBe(false);
    expect(seen("facilitator", STRIKE)).toBe(true);
    expect(seen("russia", STRIKE)).toBe(true);

    // Everyone ready → resolution → report.
    await allReady(["russia", "iran", "turkey"]);
    await waitPhase(room("russia"), "report", 1);
    for (const v of ["russia", "iran", "turkey", "spectator", "facilitator"] as const) {
      await waitFor(() => viewOf(room(v)).log.some((e) => e.turn === 1 && e.phase === "resolution"), 3000, `${v} sees the report`);
    }
    const russiaLog = viewOf(room("russia")).log;
    expect(russiaLog.some((e) => e.kind === "strikeFlown" && e.strikeId === STRIKE)).toBe(true);
    expect(russiaLog.some((e) => e.kind === "claim" && e.strikeId === STRIKE)).toBe(true);
    const iranLog = viewOf(room("iran")).log;
    expect(iranLog.some((e) => e.kind === "claim" && e.power === "russia")).toBe(true);
    expect(viewOf(room("facilitator")).orders.russia?.strikes[0]?.id).toBe(STRIKE);

    // The client's view is exactly viewForSeat on the server.
    const session = server.app.services.registry.get(id)!;
    for (const v of ["russia", "iran", "turkey", "spectator", "facilitator"] as const) {
      expect(JSON.parse(JSON.stringify(viewOf(room(v))))).toEqual(JSON.parse(JSON.stringify(viewForSeat(session.state, v))));
    }
  });

  it("sent each planted secret only where the seat may know it", () => {
    const session = server.app.services.registry.get(room("russia").roomId)!;
    for (const [viewer, { got }] of clients) {
      // What the seat may know: its view, and the team drafts its slot holds (its own team's; every team's for the facilitator).
      const teams = viewer === "spectator" ? [] : CASPIAN_POWERS.filter((p) => viewer === "facilitator" || viewer === p).map((p) => session.team.view(p));
      const view = JSON.stringify([viewForSeat(session.state, viewer), teams]);
      const all = got.frames.join("\n");
      // Strike id and note: exactly where the viewer's view holds them now.
      expect(all.includes(STRIKE), `${viewer}: strike id`).toBe(view.includes(STRIKE));
      expect(all.includes(NOTE), `${viewer}: proposal note`).toBe(view.includes(NOTE));
      // Private chat: its parties and the facilitator only.
      expect(all.includes(WHISPER), `${viewer}: private chat`).toBe(["russia", "iran", "facilitator"].includes(viewer));
      expect(all.includes(PUBLIC_LINE), `${viewer}: public chat`).toBe(true);
    }
    expect(JSON.stringify(viewForSeat(session.state, "turkey")).includes(NOTE)).toBe(false);
    expect(JSON.stringify(viewForSeat(session.state, "spectator")).includes(NOTE)).toBe(false);
  });
});

/**
 * A student's Ready and the seat's ready command it makes are one write: when the command cannot
 * be stored, the student's word is not stored either, so a restarted server does not act on a
 * Ready that was refused. When both are stored, a restart keeps both.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { passiveBot } from "../../server/match/bots";
import type { MatchStore } from "../../server/store/store";
import type { TeamView } from "../../shared/team-draft";
import { command, create, join, publicState, startServer, teamsOf, waitFor } from "./harness";
import type { TestServer } from "./harness";

const LONG = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };
const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-ready-write-"));
let server: TestServer | null = null;
/** The next ready command of Russia's cannot be stored (the store throws, as a full disk would). */
let failRussiaReady = false;

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function failingReady(store: MatchStore): MatchStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (name !== "appendCommand") return (value as (...a: unknown[]) => unknown).bind(target);
      return (...args: Parameters<MatchStore["appendCommand"]>) => {
        const [, entry] = args;
        if (failRussiaReady && entry.actor === "russia" && entry.command.type === "ready") {
          failRussiaReady = false;
          throw new Error("disk I/O error");
        }
        return target.appendCommand(...args);
      };
    },
  });
}

function russiaTeam(room: Room): TeamView | undefined {
  return teamsOf(room).find((t) => t.power === "russia");
}

function seatReady(room: Room): boolean {
  return (publicState(room).seats as Map<string, { ready: boolean }>).get("russia")!.ready;
}

async function restart(rooms: Room[]): Promise<void> {
  for (const r of rooms) await r.leave().catch(() => undefined);
  await server!.close();
  server = await startServer({ bots: passiveBot, dataDir, wrapStore: failingReady });
}

describe("a team's ready and its command", () => {
  it("are stored together or not at all", async () => {
    server = await startServer({ bots: passiveBot, dataDir, wrapStore: failingReady });
    // The lesson waits, paused: a ready seat does not end the phase, so what is stored stays to be read.
    const teacher = await create(server.client(), { match: { visibility: "private", timers: LONG, facilitator: true, name: "Ready write" }, name: "Ms K" });
    const id = teacher.room.roomId;
    const ann = await join(server.client(), id, { power: "russia", name: "Ann" });
    const key = ann.got.seat!.seatKey!;
    await waitFor(() => russiaTeam(ann.room), 3000, "Ann's team");

    failRussiaReady = true;
    expect(await command(ann.room, { type: "ready", ready: true })).toMatchObject({ ok: false, code: "server/storage" });
    await new Promise((r) => setTimeout(r, 200));
    expect(russiaTeam(ann.room)!.ready).toEqual([]);
    expect(seatReady(ann.room)).toBe(false);

    // Restarted, the server finds no word of Ann's to act on.
    await restart([ann.room, teacher.room]);
    const annBack = await join(server.client(), id, { seatKey: key });
    const team = await waitFor(() => russiaTeam(annBack.room), 5000, "the team after a restart");
    expect(team.ready).toEqual([]);
    expect(seatReady(annBack.room)).toBe(false);
    expect(server.app.services.registry.get(id)!.commands.filter((c) => c.command.type === "ready")).toEqual([]);

    // Stored together: a restart keeps both.
    expect(await command(annBack.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitFor(() => seatReady(annBack.room), 3000, "Russia ready");
    expect(russiaTeam(annBack.room)!.ready).toEqual(["Ann"]);
    await restart([annBack.room]);
    const annAgain = await join(server.client(), id, { seatKey: key });
    const kept = await waitFor(() => russiaTeam(annAgain.room), 5000, "the team after a second restart");
    expect(kept.ready).toEqual(["Ann"]);
    expect(seatReady(annAgain.room)).toBe(true);
    // Ann's one Ready on the record (the seat also follows its team when she leaves and comes back: those have no author).
    expect(server.app.services.registry.get(id)!.commands.filter((c) => c.command.type === "ready" && c.by).map((c) => c.by!.name)).toEqual(["Ann"]);
    await annAgain.room.leave();
  }, 60_000);
});

/**
 * A teacher's own scenario: a match created from a file plays under its content-derived id, is
 * restored from the store after a kill -9 with the same hash (the real entry point in a child
 * process, so nothing of the first process's memory survives), and a bad file is refused with
 * its field errors before anything is created.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import { command, create, httpJson, join, publicState, viewOf, waitPhase } from "./harness";
import { knowScenarioOf } from "../../client/src/net/custom-scenario";
import { OPERATOR_ENV, operatorSummary } from "../support/operator";
import { bootServer, freePort } from "../fault/support";
import { ROOM_NAME } from "../../shared/protocol";
import { exampleScenarioFile } from "../../shared/scenario/example";
import { customScenarioId } from "../../shared/scenario/file";

const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-custom-"));
let child: ChildProcess | null = null;
const rooms: Room[] = [];
const customId = customScenarioId(exampleScenarioFile);

async function stableHash(port: number, id: string): Promise<string> {
  let last = "";
  for (;;) {
    const hash = (await operatorSummary<{ hash: string }>(port, id)).hash;
    if (hash === last) return hash;
    last = hash;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const boot = (port: number) => bootServer(port, dataDir, { RESTORE_GRACE_SECONDS: "30", ...OPERATOR_ENV }, 20_000);

afterAll(async () => {
  for (const room of rooms) if (room.connection.isOpen) await room.leave().catch(() => undefined);
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child!.once("exit", r));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a teacher's own scenario", () => {
  it("refuses a bad file with its field errors and creates nothing; plays a good one, and restores it after a restart", async () => {
    const port = await freePort();
    child = await boot(port);
    const client = new Client(`http://127.0.0.1:${port}`);

    // The check the teacher's page asks for.
    const bad = { ...exampleScenarioFile, zones: [{ id: "aleppo", strength: { rebels: -5 } }], assets: [{ id: "zeppelin" }] };
    const checked = await httpJson<{ errors: string[]; error: { code: string } }>(port, "/api/scenarios/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bad) });
    expect(checked.status).toBe(400);
    expect(checked.body.error.code).toBe("create/bad_scenario");
    expect(checked.body.errors).toEqual(["zones[0].strength.rebels: expected a number ≥ 0"]);
    const good = await httpJson<{ id: string; name: string; lessonTurns: number }>(port, "/api/scenarios/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(exampleScenarioFile) });
    expect(good).toMatchObject({ status: 200, body: { id: customId, name: exampleScenarioFile.name, lessonTurns: 4 } });

    // Creating with a bad file: refused with the field errors, and no match exists.
    const before = (await httpJson<unknown[]>(port, "/api/matches")).body.length;
    const crossBad = { ...exampleScenarioFile, assets: [{ id: "zeppelin" }] };
    await expect(client.create(ROOM_NAME, { match: { visibility: "public", scenarioFile: crossBad }, power: "russia", name: "Ann" })).rejects.toThrow(/create\/bad_scenario: .*assets\[0\]\.id: there is no asset "zeppelin"/s);
    expect((await httpJson<unknown[]>(port, "/api/matches")).body.length).toBe(before);

    // A good file: the match runs the file's scenario.
    const russia = await create(client, { match: { visibility: "private", timers: "online", name: "Custom", scenarioFile: exampleScenarioFile }, power: "russia", name: "Ann" });
    const id = russia.room.roomId;
    const seatKey = russia.got.seat!.seatKey!;
    const iran = await join(client, id, { power: "iran", name: "Bob" });
    for (const r of [russia.room, iran.room]) {
      r.reconnection.enabled = false;
      rooms.push(r);
    }
    expect(publicState(russia.room).scenarioId).toBe(customId);
    // As a browser does before it reads the match: it learns the file's scenario (the wire leaves out the words both ends hold).
    await knowScenarioOf(`http://127.0.0.1:${port}`, id);
    const view = viewOf(russia.room);
    expect(view.escalation).toBe(3);
    expect(view.assets["caspian-flotilla"]?.stock).toBe(18);
    expect((await httpJson<{ file: unknown }>(port, `/api/matches/${id}/scenario`)).body.file).toEqual(exampleScenarioFile);

    // Play turn 1 to its report: a strike from the flotilla's 18.
    for (const r of [russia.room, iran.room]) expect(await command(r, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "diplomacy", 1);
    for (const r of [russia.room, iran.room]) expect(await command(r, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "orders", 1);
    const strike = { id: "customstrike1", asset: "caspian-flotilla", zone: "aleppo", faction: "rebels", units: 6, waypoints: [[48.5, 35.5], [43.5, 34.0]], claim: "isis" };
    expect(await command(russia.room, { type: "orders", orders: { strikes: [strike], support: [], posture: "watch", patrols: [], revoke: [] } })).toMatchObject({ ok: true });
    for (const r of [russia.room, iran.room]) expect(await command(r, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await waitPhase(russia.room, "report", 1);
    const hash = await stableHash(port, id);

    // kill -9 and start again: the scenario comes back from the store with the match, same hash.
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    child = await boot(port);
    expect(await operatorSummary<{ hash: string; turn: number; phase: string }>(port, id)).toMatchObject({ hash, turn: 1, phase: "report" });
    const client2 = new Client(`http://127.0.0.1:${port}`);
    const again = await join(client2, id, { seatKey });
    rooms.push(again.room);
    expect(publicState(again.room).scenarioId).toBe(customId);
    expect(viewOf(again.room).assets["caspian-flotilla"]?.stock).toBeLessThan(18);
  }, 60_000);
});

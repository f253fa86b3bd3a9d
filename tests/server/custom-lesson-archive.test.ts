/**
 * A teacher's own scenario in a lesson, after its end and a restart: the archive, the JSON and
 * CSV exports, the per-student and scores tables of an ended lesson are read by a process that
 * never played it (the real entry point in a child process, killed with -9 and started again),
 * and they name the powers as the teacher's file does.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import { command, create, httpJson, join, waitFor } from "./harness";
import { bootServer, freePort, kill9 } from "../fault/support";
import { MESSAGES } from "../../shared/protocol";
import { exampleScenarioFile } from "../../shared/scenario/example";
import { customScenarioId } from "../../shared/scenario/file";
import type { ScenarioFile } from "../../shared/scenario/file";

const dataDir = mkdtempSync(joinPath(tmpdir(), "overflight-custom-lesson-"));
let child: ChildProcess | null = null;
const rooms: Room[] = [];
const LONG = { briefing: 600, diplomacy: 600, orders: 600, report: 600 };

// The example, with Russia renamed: every table that names a team must use the file's name.
const file: ScenarioFile = { ...exampleScenarioFile, powers: { ...exampleScenarioFile.powers, russia: { name: "Northern Federation" } } };
const customId = customScenarioId(file);

afterAll(async () => {
  for (const room of rooms) if (room.connection.isOpen) await room.leave().catch(() => undefined);
  if (child) await kill9(child);
  rmSync(dataDir, { recursive: true, force: true });
});

/** The column of each CSV row, by the header's names. */
function table(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split("\r\n");
  const columns = head!.split(",");
  return rows.map((r) => Object.fromEntries(r.split(",").map((cell, i) => [columns[i], cell])));
}

describe("an ended lesson of a teacher's own scenario, after a restart", () => {
  it("serves its archive and every export with the file's names", async () => {
    const port = await freePort();
    child = await bootServer(port, dataDir, { RESTORE_GRACE_SECONDS: "30" }, 20_000);
    const client = new Client(`http://127.0.0.1:${port}`);

    // The lesson: a facilitator, the file, two students.
    const teacher = await create(client, { match: { visibility: "private", timers: LONG, facilitator: true, name: "Class 4C", scenarioFile: file }, name: "Ms K" });
    const id = teacher.room.roomId;
    const key = teacher.got.seat!.facilitatorKey!;
    const ann = await join(client, id, { power: "russia", name: "Ann" });
    const ben = await join(client, id, { power: "iran", name: "Ben" });
    for (const r of [teacher.room, ann.room, ben.room]) {
      r.reconnection.enabled = false;
      rooms.push(r);
    }
    expect((teacher.room.state as { scenarioId: string }).scenarioId).toBe(customId);
    expect(await teacher.room.request(MESSAGES.pause, { paused: false })).toMatchObject({ ok: true });
    expect(await ann.room.request(MESSAGES.chat, { to: "public", text: "hello from the north" })).toMatchObject({ ok: true });

    // The facilitator ends it; its archive is written as it ends.
    expect(await command(teacher.room, { type: "end" })).toMatchObject({ ok: true });
    await waitFor(() => ((teacher.room.state as { status: string }).status === "ended" ? true : undefined), 5000, "end");
    await waitFor(async () => (await httpJson(port, `/api/matches/${id}/archive`)).status === 200, 5000, "the archive");

    // A new process that never played it.
    await kill9(child);
    child = await bootServer(port, dataDir, { RESTORE_GRACE_SECONDS: "30" }, 20_000);
    const asTeacher = { headers: { "x-facilitator-key": key } };

    // The archive first (the debrief's read), before anything lists the lesson.
    const archive = await httpJson<{ setup: { scenarioId: string }; final: { scenarioId: string } }>(port, `/api/matches/${id}/archive`, asTeacher);
    expect(archive.status).toBe(200);
    expect(archive.body.setup.scenarioId).toBe(customId);

    const get = async (path: string, init?: RequestInit) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
      return { status: res.status, text: await res.text() };
    };
    const json = await get(`/api/matches/${id}/export.json`, asTeacher);
    expect(json.status).toBe(200);
    expect((JSON.parse(json.text) as { replay: { scenario: string } }).replay.scenario).toBe(customId);

    const log = await get(`/api/matches/${id}/export.csv`, asTeacher);
    expect(log.status).toBe(200);
    expect(log.text).toContain("hello from the north");

    const students = await get(`/api/matches/${id}/export.csv?table=students`, asTeacher);
    expect(students.status).toBe(200);
    expect(table(students.text).find((r) => r.student === "Ann")).toMatchObject({ power: "russia", team: "Northern Federation" });

    const scores = await get(`/api/matches/${id}/export.csv?table=scores`);
    expect(scores.status).toBe(200);
    expect(table(scores.text).find((r) => r.power === "russia")).toMatchObject({ team: "Northern Federation", players: "Ann" });

    const tracks = await get(`/api/matches/${id}/export.csv?table=tracks`);
    expect(tracks.status).toBe(200);
    // Turkey starts with the file's credibility (60).
    expect(table(tracks.text).find((r) => r.turn === "0" && r.power === "turkey")).toMatchObject({ credibility: "60" });

    // And the teacher's list has it, ended, with its scores.
    const list = await httpJson<{ matches: { id: string; status: string; scores: Record<string, number> | null }[] }>(port, `/api/archive?facilitatorKey=${encodeURIComponent(key)}`);
    expect(list.body.matches).toEqual([expect.objectContaining({ id, status: "ended", scores: expect.objectContaining({ russia: expect.any(Number) }) })]);
  }, 60_000);
});

/**
 * Taking over a dead process's matches: the restores may outlast a lease (hundreds of matches),
 * and meanwhile this process keeps renewing its hold on every match it claimed, so no other
 * process can take them from under it. Real store (SQLite), real sessions; the room opening is
 * this test's own slow function.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { passiveBot } from "../../server/match/bots";
import { Hosting } from "../../server/match/hosting";
import { MatchRegistry } from "../../server/match/registry";
import { MatchSession } from "../../server/match/session";
import type { SessionDeps } from "../../server/match/session";
import { StoreHealth } from "../../server/store/health";
import { openDb } from "../../server/store/db";
import { SqliteMatchStore } from "../../server/store/sqlite-store";
import { settingsFrom } from "../../server/validate";

const dir = mkdtempSync(join(tmpdir(), "overflight-hosting-"));
const db = openDb(dir);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("taking over matches", () => {
  it("keeps renewing every claimed match while the restores go on, longer than a lease", async () => {
    const store = new SqliteMatchStore(db);
    const deps = (owner: string): SessionDeps => ({ store, owner, leaseMs: 60_000, bots: passiveBot, now: () => Date.now(), absentGraceMs: 60_000, restoreGraceMs: 30_000 });
    const settings = settingsFrom({ visibility: "private" }, "Taken over");
    if (!settings.ok) throw new Error(JSON.stringify(settings.error));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { session } = await MatchSession.create({ ...settings.value }, deps("dead"));
      ids.push(session.id);
      session.dispose();
    }
    // The process that ran them died: its leases ran out.
    await store.renew("dead", Date.now() - 1);

    const registry = new MatchRegistry();
    const opened: string[] = [];
    const leaseMs = 900;
    const hosting = new Hosting({
      store,
      registry,
      owner: "alive",
      leaseMs,
      abandonMs: 24 * 3600_000,
      sessionDeps: deps("alive"),
      health: new StoreHealth(),
      async openRoom(id) {
        await sleep(800);
        registry.add(registry.unpark(id)!);
        opened.push(id);
      },
    });
    const started = hosting.start();
    // 2.4 s of restores, more than two leases: another process never finds one of them free.
    for (let t = 0; t < 6; t++) {
      await sleep(400);
      expect(await store.claim("other", Date.now(), Date.now() + leaseMs)).toEqual([]);
    }
    await started;
    expect(opened.sort()).toEqual([...ids].sort());
    expect(registry.all().map((s) => s.id).sort()).toEqual([...ids].sort());
    await hosting.stop();
    for (const s of registry.all()) s.dispose();
  }, 20_000);
});

/**
 * The MatchStore contract, run against both stores: SQLite in a temporary folder, PostgreSQL
 * on a server the test starts. Each test gets an empty database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ChatMessage, ClockRecord, MatchRecord, MatchSettings } from "../../server/match/types";
import type { TeamRecord } from "../../server/match/team-desk";
import { openDb } from "../../server/store/db";
import { PgMatchStore } from "../../server/store/pg-store";
import { SqliteMatchStore } from "../../server/store/sqlite-store";
import { StoreFenced } from "../../server/store/store";
import type { MatchStore, Written } from "../../server/store/store";
import { startPostgres } from "../../scripts/backing-services";
import type { Backing } from "../../scripts/backing-services";

interface Backend {
  name: string;
  start(): Promise<void>;
  /** A store on an empty database, and how to close both. */
  fresh(): Promise<{ store: MatchStore; close(): Promise<void> }>;
  stop(): Promise<void>;
}

const dirs: string[] = [];
const sqlite: Backend = {
  name: "SQLite",
  async start() {},
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "overflight-store-"));
    dirs.push(dir);
    const db = openDb(dir);
    const store = new SqliteMatchStore(db);
    // The SQLite store leaves its database to whoever opened it.
    return {
      store,
      async close() {
        await store.close();
        db.close();
      },
    };
  },
  async stop() {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  },
};

let server: Backing | undefined;
let databases = 0;
/** A new empty database on the test's PostgreSQL server; its URL. */
async function freshDatabase(): Promise<string> {
  const admin = new pg.Client(server!.url);
  await admin.connect();
  const name = `contract_${++databases}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server!.url.replace(/\/[^/]+$/, `/${name}`);
}
const postgres: Backend = {
  name: "PostgreSQL",
  async start() {
    server = await startPostgres();
  },
  async fresh() {
    const store = await PgMatchStore.open(await freshDatabase(), { poolSize: 4 });
    return { store, close: () => store.close() };
  },
  async stop() {
    await server?.stop();
  },
};

/** Any write as a promise: SQLite's return nothing or throw, PostgreSQL's return a promise. */
function written(write: () => Written): Promise<void> {
  try {
    return Promise.resolve(write());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

const settings = (name: string): MatchSettings => ({
  name,
  visibility: "private",
  scenarioId: "october-2015",
  turns: 8,
  timerProfile: "lesson",
  timers: { briefing: 60, diplomacy: 300, orders: 240, report: 60 },
  bots: { iran: "hard" },
  botLevel: "normal",
  facilitator: true,
  teams: false,
});

const record = (id: string, extra: Partial<MatchRecord> = {}): MatchRecord => ({
  id,
  createdAt: 1_700_000_000_000,
  seed: `seed-${id}`,
  code: `CODE-${id}`,
  settings: settings(`Match ${id}`),
  facilitatorKeyHash: null,
  ...extra,
});

const clock = (turn: number): ClockRecord => ({ turn, phase: "orders", deadline: 1_700_000_123_456 + turn, remainingMs: null, facilitatorPaused: false });

const chat = (seq: number, to: ChatMessage["to"]): ChatMessage => ({
  seq,
  at: 1_700_000_000_500 + seq,
  from: "russia",
  name: "Ivan",
  to,
  text: `message ${seq} «ünïcode» 🛩`,
  turn: 1,
  phase: "diplomacy",
});

const TEAM_AUTHOR = { id: "m_0123456789ab", name: "Ann", parts: [{ id: "m_0123456789ab", name: "Ann", edits: 3 }] };
const TEAM: TeamRecord = {
  draft: { turn: 1, version: 3, orders: { strikes: [], support: [], posture: "watch", patrols: [], revoke: [] }, strikeBy: {}, changes: [{ by: "Ann", at: 1, what: "posture: watch" }], parts: { m_0123456789ab: { name: "Ann", edits: 3 } }, sent: null },
  ready: [],
  turn: 1,
  phase: "orders",
};

const NOW = 1_800_000_000_000;
const LIVE = NOW + 30_000;
const EXPIRED = NOW - 1;

describe.each([sqlite, postgres])("MatchStore on $name", (backend) => {
  let store: MatchStore;
  const opened: (() => Promise<void>)[] = [];
  async function fresh(): Promise<MatchStore> {
    const { store, close } = await backend.fresh();
    opened.push(close);
    return store;
  }

  beforeAll(() => backend.start());
  afterAll(() => backend.stop());
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((close) => close()));
  });

  it("returns a match as it was written", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("m1", { facilitatorKeyHash: "fac" }), "p1", LIVE));
    await written(() => store.addMember("m1", { keyHash: "k-late", power: "usa", name: "Late" }, 2_000));
    await written(() => store.addMember("m1", { keyHash: "k-b", power: "iran", name: "B" }, 1_000));
    await written(() => store.addMember("m1", { keyHash: "k-a", power: "russia", name: "A" }, 1_000));
    await written(() => store.addMember("m1", { keyHash: "k-gone", power: "syria", name: "Gone" }, 1_500));
    await written(() => store.moveMember("m1", "k-a", "turkey"));
    await written(() => store.removeMember("m1", "k-gone"));
    await written(() => store.appendCommand("m1", { seq: 0, actor: "russia", command: { type: "posture", zone: "z1", level: 2 }, at: 1_700_000_000_001 }, "p1"));
    await written(() => store.appendCommand("m1", { seq: 1, actor: "system", command: { type: "advance", nested: { list: [1, "two", null] } }, at: 1_700_000_000_002 }, "p1"));
    await written(() => store.appendCommand("m1", { seq: 2, actor: "russia", command: { type: "orders" }, at: 1_700_000_000_003, by: TEAM_AUTHOR }, "p1"));
    await written(() => store.appendChat("m1", chat(0, null)));
    await written(() => store.appendChat("m1", { ...chat(1, ["russia", "iran"]), by: "m_0123456789ab" }));
    await written(() => store.saveTeam("m1", "russia", TEAM));
    await written(() => store.saveTeam("m1", "russia", { ...TEAM, ready: ["m_0123456789ab"] }));
    await written(() => store.saveClock("m1", clock(3)));
    const changed = { ...settings("Match m1"), bots: { iran: "easy", usa: "hard" } } satisfies MatchSettings;
    await written(() => store.saveSettings("m1", changed));

    expect(await store.get("m1")).toEqual({
      record: { ...record("m1", { facilitatorKeyHash: "fac" }), settings: changed },
      status: "running",
      members: [
        { keyHash: "k-b", power: "iran", name: "B" },
        { keyHash: "k-a", power: "turkey", name: "A" },
        { keyHash: "k-late", power: "usa", name: "Late" },
      ],
      // A command or message written without its student reads back with `by` null.
      commands: [
        { seq: 0, actor: "russia", command: { type: "posture", zone: "z1", level: 2 }, at: 1_700_000_000_001, by: null },
        { seq: 1, actor: "system", command: { type: "advance", nested: { list: [1, "two", null] } }, at: 1_700_000_000_002, by: null },
        { seq: 2, actor: "russia", command: { type: "orders" }, at: 1_700_000_000_003, by: TEAM_AUTHOR },
      ],
      chat: [{ ...chat(0, null), by: null }, { ...chat(1, ["russia", "iran"]), by: "m_0123456789ab" }],
      clock: clock(3),
      teams: { russia: { ...TEAM, ready: ["m_0123456789ab"] } },
      practice: null,
    });
    expect(await store.chat("m1")).toEqual([{ ...chat(0, null), by: null }, { ...chat(1, ["russia", "iran"]), by: "m_0123456789ab" }]);
    expect(typeof (await store.get("m1"))!.record.createdAt).toBe("number");
  });

  it("writes a command with its team's desk in one transaction: both or neither", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("m"), "A", LIVE));
    const ready = { ...TEAM, ready: ["m_0123456789ab"] };
    await written(() => store.appendCommand("m", { seq: 1, actor: "russia", command: { type: "ready" }, at: 1 }, "A", { power: "russia", team: ready }));
    // The command cannot be written (its seq is taken): the desk is not written either.
    const other = { ...TEAM, ready: ["m_0123456789ab", "m_ba9876543210"] };
    await expect(written(() => store.appendCommand("m", { seq: 1, actor: "russia", command: { type: "again" }, at: 2 }, "A", { power: "russia", team: other }))).rejects.toThrow();
    // Nor from a process that no longer hosts the match.
    await expect(written(() => store.appendCommand("m", { seq: 2, actor: "russia", command: { type: "fenced" }, at: 3 }, "B", { power: "russia", team: other }))).rejects.toBeInstanceOf(StoreFenced);
    const got = (await store.get("m"))!;
    expect(got.commands.map((c) => c.command.type)).toEqual(["ready"]);
    expect(got.teams).toEqual({ russia: ready });
  });

  it("keeps a practice turn apart, and drops its teams' desks when it ends", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("m"), "A", LIVE));
    expect((await store.get("m"))!.practice).toBeNull();
    const practice = { commands: [{ seq: 1, actor: "russia" as const, command: { type: "ready" }, at: 5, by: null }], chat: [{ ...chat(1, null), practice: true as const }], endedAt: null };
    await written(() => store.savePractice("m", practice, "A"));
    await written(() => store.saveTeam("m", "russia", TEAM));
    await expect(written(() => store.savePractice("m", { ...practice, commands: [] }, "B"))).rejects.toBeInstanceOf(StoreFenced);
    let got = (await store.get("m"))!;
    expect(got.practice).toEqual(practice);
    expect(got.commands).toEqual([]);
    expect(got.chat).toEqual([]);
    expect(got.teams).toEqual({ russia: TEAM });
    await expect(written(() => store.endPractice("m", { ...practice, endedAt: 9 }, "B"))).rejects.toBeInstanceOf(StoreFenced);
    expect((await store.get("m"))!.teams).toEqual({ russia: TEAM });
    await written(() => store.endPractice("m", { ...practice, endedAt: 9 }, "A"));
    got = (await store.get("m"))!;
    expect(got.practice).toEqual({ ...practice, endedAt: 9 });
    expect(got.teams).toEqual({});
  });

  it("knows which matches exist, which run and which codes are taken", async () => {
    store = await fresh();
    expect(await store.get("nope")).toBeNull();
    expect(await store.header("nope")).toBeNull();
    expect(await store.archive("nope")).toBeNull();
    expect(await store.chat("nope")).toEqual([]);
    await written(() => store.createMatch(record("a", { code: "ALPHA" }), "p1", LIVE));
    await written(() => store.createMatch(record("b", { code: "BRAVO" }), "p1", LIVE));
    await written(() => store.finish("b", "hash-b", { final: true }, NOW));

    expect((await store.header("a"))?.status).toBe("running");
    expect((await store.header("b"))?.status).toBe("ended");
    expect(await store.idInUse("a")).toBe(true);
    expect(await store.idInUse("b")).toBe(true);
    expect(await store.idInUse("c")).toBe(false);
    expect(await store.codeInUse("ALPHA")).toBe(true);
    expect(await store.matchIdByCode("ALPHA")).toBe("a");
    // An ended match's code may be given to a new match.
    expect(await store.codeInUse("BRAVO")).toBe(false);
    expect(await store.matchIdByCode("BRAVO")).toBeNull();
    await written(() => store.createMatch(record("b2", { code: "BRAVO" }), "p1", LIVE));
    expect(await store.matchIdByCode("BRAVO")).toBe("b2");
  });

  it("lists a facilitator's matches newest first, with their clock", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("old", { facilitatorKeyHash: "fac", createdAt: 1_000 }), "p1", LIVE));
    await written(() => store.createMatch(record("new", { facilitatorKeyHash: "fac", createdAt: 3_000 }), "p1", LIVE));
    await written(() => store.createMatch(record("other", { facilitatorKeyHash: "someone-else", createdAt: 2_000 }), "p1", LIVE));
    await written(() => store.saveClock("new", clock(5)));
    await written(() => store.finish("old", "hash", { x: 1 }, 9_000));

    expect(await store.byFacilitator("fac")).toEqual([
      { id: "new", createdAt: 3_000, name: "Match new", turns: 8, status: "running", finishedAt: null, code: "CODE-new", settings: settings("Match new"), clock: clock(5), unreadable: null },
      { id: "old", createdAt: 1_000, name: "Match old", turns: 8, status: "ended", finishedAt: 9_000, code: "CODE-old", settings: settings("Match old"), clock: null, unreadable: null },
    ]);
    expect(await store.byFacilitator("nobody")).toEqual([]);
  });

  it("finishes a match with its archive", async () => {
    store = await fresh();
    const archive = { id: "m", turns: [{ n: 1, events: ["a", "b"], score: { usa: 3.5, iran: -1 } }], unicode: "é ☃", empty: {}, none: null };
    await written(() => store.createMatch(record("m"), "p1", LIVE));
    expect(await store.archive("m")).toBeNull();
    await written(() => store.finish("m", "final-hash", archive, NOW));
    expect(await store.archive("m")).toEqual(archive);
    expect(await store.header("m")).toEqual({ id: "m", name: record("m").settings.name, status: "ended", facilitatorKeyHash: null, finalHash: "final-hash" });
    expect((await store.get("m"))!.status).toBe("ended");
  });

  it("closes an abandoned match: not claimed again, its code free, an ended match untouched", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("idle", { code: "IDLE" }), "A", EXPIRED));
    await written(() => store.createMatch(record("done"), "A", LIVE));
    await written(() => store.finish("done", "h", { x: 1 }, NOW));
    await written(() => store.abandon("idle", NOW));
    await written(() => store.abandon("done", NOW));
    expect((await store.header("idle"))?.status).toBe("abandoned");
    expect((await store.get("idle"))!.status).toBe("abandoned");
    expect((await store.header("done"))?.status).toBe("ended");
    expect(await store.codeInUse("IDLE")).toBe(false);
    expect(await store.claim("B", NOW, LIVE)).toEqual([]);
  });

  it("hands out running matches by lease", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("a-live"), "A", LIVE));
    await written(() => store.createMatch(record("a-expired"), "A", EXPIRED));
    await written(() => store.createMatch(record("a-released"), "A", LIVE));
    await store.release("A", ["a-released"]);
    await written(() => store.createMatch(record("b-live"), "B", LIVE));
    await written(() => store.createMatch(record("ended"), "A", EXPIRED));
    await written(() => store.finish("ended", "h", {}, NOW));

    // B keeps its own, takes the expired and the released ones, not A's live one nor the ended one.
    expect((await store.claim("B", NOW, NOW + 60_000)).sort()).toEqual(["a-expired", "a-released", "b-live"]);
    // A lease ending exactly now has not run out yet.
    await written(() => store.createMatch(record("a-edge"), "A", NOW));
    expect(await store.claim("B", NOW, NOW + 60_000)).not.toContain("a-edge");

    expect((await store.renew("A", NOW + 90_000)).sort()).toEqual(["a-edge", "a-live"]);
    expect((await store.renew("B", NOW + 90_000)).sort()).toEqual(["a-expired", "a-released", "b-live"]);
    expect(await store.renew("C", NOW + 90_000)).toEqual([]);

    // Releasing someone else's match does nothing.
    await store.release("B", ["b-live", "a-live"]);
    expect((await store.claim("C", NOW, NOW + 60_000)).sort()).toEqual(["b-live"]);
    expect((await store.renew("A", NOW + 90_000)).sort()).toEqual(["a-edge", "a-live"]);
    // Once A's lease runs out, someone else takes its matches.
    expect((await store.claim("C", NOW + 100_000, NOW + 200_000)).sort()).toEqual(["a-edge", "a-expired", "a-live", "a-released", "b-live"]);
    expect(await store.renew("A", NOW + 300_000)).toEqual([]);
  });

  it("refuses commands from a process that no longer hosts the match", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("m"), "A", EXPIRED));
    await written(() => store.appendCommand("m", { seq: 0, actor: "usa", command: { by: "A" }, at: 1 }, "A"));
    await expect(written(() => store.appendCommand("m", { seq: 1, actor: "usa", command: { by: "B" }, at: 2 }, "B"))).rejects.toBeInstanceOf(StoreFenced);
    expect(await store.claim("B", NOW, LIVE)).toEqual(["m"]);
    await expect(written(() => store.appendCommand("m", { seq: 1, actor: "usa", command: { by: "A" }, at: 3 }, "A"))).rejects.toBeInstanceOf(StoreFenced);
    await written(() => store.appendCommand("m", { seq: 1, actor: "usa", command: { by: "B" }, at: 4 }, "B"));
    await store.release("B", ["m"]);
    await expect(written(() => store.appendCommand("m", { seq: 2, actor: "usa", command: { by: "B" }, at: 5 }, "B"))).rejects.toBeInstanceOf(StoreFenced);
    await expect(written(() => store.appendCommand("unknown", { seq: 0, actor: "usa", command: {}, at: 6 }, "B"))).rejects.toBeInstanceOf(StoreFenced);

    expect((await store.get("m"))!.commands.map((c) => [c.seq, c.command.by, c.at])).toEqual([
      [0, "A", 1],
      [1, "B", 4],
    ]);
  });

  it("commits a match's writes in the order they were made", async () => {
    store = await fresh();
    // Connections already open, so that writes issued together would race if they were not queued.
    await Promise.all(Array.from({ length: 8 }, () => store.header("warm-up")));
    const writes: Promise<void>[] = [written(() => store.createMatch(record("m"), "A", LIVE))];
    for (let seq = 0; seq < 200; seq++) {
      writes.push(written(() => store.appendCommand("m", { seq, actor: "russia", command: { seq }, at: NOW + seq }, "A")));
      writes.push(written(() => store.addMember("m", { keyHash: `k${seq}`, power: "usa", name: `N${seq}` }, seq)));
      writes.push(written(() => store.removeMember("m", `k${seq}`)));
      writes.push(written(() => store.saveClock("m", clock(seq))));
    }
    await Promise.all(writes);
    const stored = (await store.get("m"))!;
    expect(stored.commands.map((c) => c.command.seq)).toEqual([...Array(200).keys()]);
    expect(stored.members).toEqual([]);
    expect(stored.clock).toEqual(clock(199));
  });

  it("keeps writing a match after one of its writes failed", async () => {
    store = await fresh();
    await written(() => store.createMatch(record("m"), "A", LIVE));
    const first = written(() => store.appendCommand("m", { seq: 0, actor: "iran", command: { n: 1 }, at: 1 }, "A"));
    const duplicate = written(() => store.appendCommand("m", { seq: 0, actor: "iran", command: { n: 2 }, at: 2 }, "A"));
    const next = written(() => store.appendCommand("m", { seq: 1, actor: "iran", command: { n: 3 }, at: 3 }, "A"));
    await expect(first).resolves.toBeUndefined();
    await expect(duplicate).rejects.toThrow();
    await expect(next).resolves.toBeUndefined();
    expect((await store.get("m"))!.commands.map((c) => c.command.n)).toEqual([1, 3]);
  });
});

describe("PgMatchStore across processes", () => {
  beforeAll(() => postgres.start());
  afterAll(() => postgres.stop());

  it("opens the same new database from several processes at once", async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => PgMatchStore.open(url, { poolSize: 2 })));
    await stores[0]!.createMatch(record("m"), "A", LIVE);
    for (const s of stores) expect((await s.header("m"))?.status).toBe("running");
    await Promise.all(stores.map((s) => s.close()));
  });

  it("commits the writes in flight before it closes", async () => {
    const url = await freshDatabase();
    const first = await PgMatchStore.open(url);
    void first.createMatch(record("m"), "A", LIVE);
    for (let seq = 0; seq < 50; seq++) void first.appendCommand("m", { seq, actor: "usa", command: {}, at: seq }, "A");
    await first.close();
    await expect(first.saveClock("m", clock(1))).rejects.toThrow(/closed/);
    const second = await PgMatchStore.open(url);
    expect((await second.get("m"))!.commands).toHaveLength(50);
    await second.close();
  });

  it("never gives one expired match to two processes claiming at once", async () => {
    const url = await freshDatabase();
    const [setup, a, b] = await Promise.all([1, 2, 3].map(() => PgMatchStore.open(url, { poolSize: 4 })));
    for (let round = 0; round < 10; round++) {
      const ids = Array.from({ length: 30 }, (_, i) => `r${round}-${String(i).padStart(2, "0")}`);
      await Promise.all(ids.map((id) => setup!.createMatch(record(id), "dead", EXPIRED)));
      const now = NOW + round * 1_000_000;
      const [byA, byB] = await Promise.all([a!.claim(`A${round}`, now, now + 1_000), b!.claim(`B${round}`, now, now + 1_000)]);
      expect(byA.filter((id) => byB.includes(id))).toEqual([]);
      // Every match was free to take (the previous round's leases ran out too), so together they took all.
      expect(new Set([...byA, ...byB]).size).toBe(ids.length * (round + 1));
    }
    await Promise.all([setup, a, b].map((s) => s!.close()));
  });
});

/**
 * What a stranger's sockets and archive requests may cost, over real HTTP and TCP: the
 * facilitator's archive reads headers (each ended archive is parsed once per process) and is
 * rate limited per address; a connection that never sends a byte is closed after the headers
 * timeout; connections per address are capped (by socket address, or behind a trusted proxy by
 * X-Forwarded-For for WebSocket upgrades).
 */
import { connect } from "node:net";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import type { Room } from "@colyseus/sdk";
import { passiveBot } from "../../server/match/bots";
import type { MatchStore } from "../../server/store/store";
import { command, create, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";

const reads = { archive: 0, get: 0 };
let server: TestServer;
beforeAll(async () => {
  const wrapStore = (store: MatchStore): MatchStore =>
    new Proxy(store, {
      get(target, name) {
        const value = Reflect.get(target, name) as unknown;
        if (typeof value !== "function") return value;
        if (name === "archive" || name === "get") reads[name]++;
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  server = await startServer({ bots: passiveBot, wrapStore, archiveBurst: 4, archiveIntervalMs: 60_000, headersTimeoutMs: 400 });
});
afterAll(async () => {
  await server?.close();
});

/** A raw TCP connection to the server, and when it closes. */
function rawSocket(port: number): Promise<{ socket: Socket; closed: Promise<number>; received: () => string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    socket.on("data", (d: Buffer) => (text += d.toString()));
    const opened = Date.now();
    const closed = new Promise<number>((r) => socket.on("close", () => r(Date.now() - opened)));
    socket.on("error", () => undefined);
    socket.once("connect", () => resolve({ socket, closed, received: () => text }));
    socket.once("error", reject);
  });
}

describe("the facilitator's archive", () => {
  it("reads headers, parses an ended archive once, and is rate limited per address", async () => {
    const lessons: { room: Room; key: string }[] = [];
    for (const name of ["Running", "Ended"]) {
      const { room, got } = await create(server.client(), { match: { visibility: "private", facilitator: true, name } });
      lessons.push({ room, key: got.seat!.facilitatorKey! });
    }
    expect(await command(lessons[1]!.room, { type: "end" })).toMatchObject({ ok: true });
    await waitFor(() => (lessons[1]!.room.state as { status: string }).status === "ended");
    const keys = lessons.map((l) => l.key).join(",");
    const before = { ...reads };
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await server.http<{ matches: { status: string; scores: unknown }[] }>(`/api/archive?facilitatorKey=${encodeURIComponent(keys)}`));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 429]);
    expect(answers[0]!.body.matches.map((m) => m.status)).toEqual(["ended", "running"]);
    expect(answers[3]!.body.matches[0]!.scores).toEqual(answers[0]!.body.matches[0]!.scores);
    // Four lists of two lessons: the ended archive parsed once, no match loaded whole.
    expect(reads.archive - before.archive).toBe(1);
    expect(reads.get - before.get).toBe(0);
    expect(answers[4]!.body).toMatchObject({ error: { code: "archive/rate_limited" } });
    for (const l of lessons) await l.room.leave();
  });
});

describe("sockets", () => {
  it("a connection that never sends a byte is closed after the headers timeout", async () => {
    const silent = await rawSocket(server.port);
    const ms = await silent.closed;
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(3000);
  });

  it("connections per address are capped; one closed makes room for another", async () => {
    const capped = await startServer({ bots: passiveBot, maxConnectionsPerAddress: 6 });
    try {
      const open = await Promise.all(Array.from({ length: 6 }, () => rawSocket(capped.port)));
      const refused = await rawSocket(capped.port);
      await refused.closed;
      expect(refused.received()).toMatch(/^HTTP\/1\.1 429/);
      expect(refused.received()).toContain("http/too_many_connections");
      expect(open.map((o) => o.received())).toEqual(["", "", "", "", "", ""]);
      open[0]!.socket.destroy();
      await open[0]!.closed;
      const again = await rawSocket(capped.port);
      again.socket.write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      await again.closed;
      expect(again.received()).toMatch(/^HTTP\/1\.1 200/);
      for (const o of open) o.socket.destroy();
    } finally {
      await capped.close();
    }
  });
});

describe("behind a trusted proxy", () => {
  let proxied: TestServer;
  beforeAll(async () => {
    proxied = await startServer({ bots: passiveBot, trustProxy: true, maxConnectionsPerAddress: 3 });
  });
  afterAll(async () => {
    await proxied?.close();
  });

  it("WebSocket upgrades are capped per X-Forwarded-For address, not per proxy", async () => {
    const upgrade = (forwardedFor: string) =>
      new Promise<{ ws: WebSocket; status: number }>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${proxied.port}/`, { headers: { "x-forwarded-for": forwardedFor } });
        ws.on("open", () => resolve({ ws, status: 101 }));
        ws.on("unexpected-response", (_req, res) => resolve({ ws, status: res.statusCode ?? 0 }));
        ws.on("error", () => undefined);
      });
    const one = await Promise.all([upgrade("203.0.113.9"), upgrade("203.0.113.9"), upgrade("203.0.113.9")]);
    expect(one.map((u) => u.status)).toEqual([101, 101, 101]);
    expect((await upgrade("203.0.113.9")).status).toBe(429);
    // Another address behind the same proxy is not held back.
    const other = await upgrade("198.51.100.4");
    expect(other.status).toBe(101);
    for (const u of [...one, other]) u.ws.terminate();
  });
});

/**
 * The HTTP side over real HTTP: security headers on every answer, CORS only for the listed
 * origins (the API and Colyseus's matchmaking routes), coded errors without stack traces or file
 * paths, and one guard: a route that throws answers `server/internal`, the fault is logged with
 * the match it concerns, and every other match goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onFault } from "../../server/contain";
import { passiveBot } from "../../server/match/bots";
import type { MatchStore } from "../../server/store/store";
import { command, create, startServer } from "./harness";
import type { TestServer } from "./harness";

const GOOD = "http://good.example:8080";
const EVIL = "http://evil.example";
/** The match whose header read is made to throw. */
let cursed = "none-yet";

let server: TestServer;
beforeAll(async () => {
  const wrapStore = (store: MatchStore): MatchStore =>
    new Proxy(store, {
      get(target, name) {
        const value = Reflect.get(target, name) as unknown;
        if (name === "header") return (id: string) => (id === cursed ? Promise.reject(new TypeError(`Cannot read properties of undefined (at ${process.cwd()}/server/store/x.ts:1:1)`)) : target.header(id));
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  server = await startServer({ bots: passiveBot, allowedOrigins: [GOOD], wrapStore });
});
afterAll(async () => {
  await server?.close();
});

const raw = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${server.port}${path}`, init);

/** Nothing of the server's insides: no stack frames, no file paths, no exception names. */
function expectNoInsides(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\/server\/|TypeError|SyntaxError|URIError|\.ts:\d/);
  expect(text).not.toContain(process.cwd());
}

describe("HTTP headers", () => {
  it("every answer carries the CSP, refuses framing and sends no Referer", async () => {
    for (const path of ["/", "/health", "/api/matches", "/api/no-such-path"]) {
      const res = await raw(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      // The listed origin may be connected to (and its WebSocket twin).
      expect(csp).toContain(`connect-src 'self' ${GOOD} ws://good.example:8080`);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("CORS answers only a listed origin, for the API and for matchmaking", async () => {
    const evilApi = await raw("/api/matches", { headers: { origin: EVIL } });
    expect(evilApi.status).toBe(200);
    expect(evilApi.headers.get("access-control-allow-origin")).toBeNull();
    const goodApi = await raw("/api/matches", { headers: { origin: GOOD } });
    expect(goodApi.headers.get("access-control-allow-origin")).toBe(GOOD);
    expect(goodApi.headers.get("vary")).toMatch(/origin/i);

    const preflight = (origin: string, path: string) =>
      raw(path, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
    for (const path of ["/matchmake/create/match", "/api/quickplay"]) {
      const evil = await preflight(EVIL, path);
      expect(evil.headers.get("access-control-allow-origin"), path).toBeNull();
      expect(evil.headers.get("access-control-allow-credentials")).toBeNull();
      const good = await preflight(GOOD, path);
      expect(good.headers.get("access-control-allow-origin"), path).toBe(GOOD);
    }
    // The matchmaking call itself: a seat reservation is never readable by another origin.
    const body = JSON.stringify({ match: { visibility: "private" } });
    const evilCreate = await raw("/matchmake/create/match", { method: "POST", headers: { origin: EVIL, "content-type": "application/json" }, body });
    expect(evilCreate.headers.get("access-control-allow-origin")).toBeNull();
    expect(evilCreate.headers.get("access-control-allow-credentials")).toBeNull();
    const goodCreate = await raw("/matchmake/create/match", { method: "POST", headers: { origin: GOOD, "content-type": "application/json" }, body });
    expect(goodCreate.headers.get("access-control-allow-origin")).toBe(GOOD);
    expect(goodCreate.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("the page's own server lists the other origins it allows", async () => {
    expect(await server.http("/api/origins")).toEqual({ status: 200, body: { origins: [GOOD] } });
  });
});

describe("HTTP errors", () => {
  it("requests Express refuses get a coded answer, never a stack trace or a path", async () => {
    const cases: [string, RequestInit | undefined, number, string][] = [
      ["/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }, 400, "http/malformed_body"],
      ["/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ scenario: "x".repeat(4000) }) }, 413, "http/too_large"],
      ["/api/matches/%E0%A4%A", undefined, 400, "http/refused"],
      ["/api/code/%E0%A4%A", undefined, 400, "http/refused"],
      ["/api/nothing-here", undefined, 404, "http/not_found"],
    ];
    for (const [path, init, status, code] of cases) {
      const res = await raw(path, init);
      const text = await res.text();
      expect(res.status, path).toBe(status);
      expect(JSON.parse(text), path).toMatchObject({ error: { code } });
      expectNoInsides(text);
    }
    const page = await raw("/%E0%A4%A");
    expectNoInsides(await page.text());
  });

  it("a route that throws answers server/internal, logs the fault with its match, and other matches play on", async () => {
    const other = await create(server.client(), { match: { visibility: "private" }, power: "russia", name: "Ann" });
    // A match with no room here, whose stored header cannot be read.
    cursed = "k3vcursed01";
    const faults: string[] = [];
    const stop = onFault((where) => faults.push(where));
    try {
      const res = await raw(`/api/matches/${cursed}`);
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ error: { code: "server/internal", params: {}, message: expect.stringMatching(/logged/) } });
      expectNoInsides(text);
      expect(faults).toEqual([`GET /api/matches/:id (match ${cursed})`]);
    } finally {
      stop();
    }
    // The process and the other match are fine.
    expect((await server.http("/health")).status).toBe(200);
    expect(await command(other.room, { type: "ready", ready: true })).toMatchObject({ ok: true });
    expect((await server.http<{ id: string }>(`/api/matches/${other.room.roomId}`)).body).toMatchObject({ id: other.room.roomId });
    await other.room.leave();
  });
});

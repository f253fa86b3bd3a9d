/**
 * Keys never leave the origin, in real headless Chromium against the real server: a browser that
 * holds a facilitator key and a seat key opens the teacher's page, the report page and a
 * `#match=` link, each with `?server=` pointing at another local listener, and that listener
 * receives nothing; the same pages follow `?server=` only to an origin the server lists
 * (ALLOWED_ORIGINS), which does receive the key (so the listener would see a leak). Every page
 * runs under the server's Content-Security-Policy with no violation reported.
 */
import { createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { createApp } from "../../server/app";
import type { App } from "../../server/app";
import { command, create, join as joinMatch, waitFor } from "../server/harness";
import { Client } from "@colyseus/sdk";
import { DIST, ensureBuilt, forTests, launchBrowser, screenshot, until } from "./support";
import type { TestPage } from "./support";

/** A listener on 127.0.0.1 that records every request and WebSocket upgrade that reaches it. */
interface Trap {
  origin: string;
  seen: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[];
  server: Server;
}

async function trap(): Promise<Trap> {
  const seen: Trap["seen"] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      // Answers preflights too, so that a request carrying a key in a header is sent on to it.
      res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*", "access-control-allow-headers": "*" });
      // An empty answer of the shapes the pages read from it (the archive list, the origin list).
      res.end(JSON.stringify({ matches: [], origins: [] }));
    });
  });
  server.on("upgrade", (req: IncomingMessage, socket) => {
    seen.push({ method: "UPGRADE", url: req.url ?? "", headers: req.headers, body: "" });
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

let app: App;
let url = "";
let dataDir = "";
let browser: Browser;
let listed: Trap;
let stranger: Trap;
let running: { id: string; facilitatorKey: string; seatKey: string; code: string };
let ended: { id: string; facilitatorKey: string };

beforeAll(async () => {
  ensureBuilt();
  [listed, stranger] = await Promise.all([trap(), trap()]);
  dataDir = mkdtempSync(join(tmpdir(), "overflight-origin-"));
  app = await createApp({ port: 0, host: "127.0.0.1", dataDir, distDir: DIST, verbose: false, allowedOrigins: [listed.origin] });
  url = (await app.listen()).url;
  const client = () => new Client(url.replace(/\/$/, ""));
  // A running lesson with a student on Russia, and a finished one.
  const lesson = await create(client(), { match: { visibility: "private", name: "Keys stay home", facilitator: true } });
  const student = await joinMatch(client(), lesson.room.roomId, { power: "russia", name: "Ria" });
  running = { id: lesson.room.roomId, facilitatorKey: lesson.got.seat!.facilitatorKey!, seatKey: student.got.seat!.seatKey!, code: lesson.got.seat!.code };
  await student.room.leave();
  await lesson.room.leave();
  const over = await create(client(), { match: { visibility: "private", name: "Already over", facilitator: true, turns: 1 } });
  expect(await command(over.room, { type: "end" })).toMatchObject({ ok: true });
  await waitFor(() => (over.room.state as { status: string }).status === "ended");
  ended = { id: over.room.roomId, facilitatorKey: over.got.seat!.facilitatorKey! };
  await over.room.leave();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  for (const t of [listed, stranger]) t?.server.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A browser context that holds both lessons' facilitator keys and the student's seat key, and notes every CSP violation. */
async function holdingKeys(): Promise<BrowserContext> {
  const context = await forTests(await browser.newContext({ viewport: { width: 1280, height: 720 } }));
  const now = Date.now();
  await context.addInitScript(
    ({ running, ended, now }) => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      localStorage.setItem(
        "overflight.facilitator.keys",
        JSON.stringify([
          { matchId: running.id, key: running.facilitatorKey, name: "Keys stay home", createdAt: now },
          { matchId: ended.id, key: ended.facilitatorKey, name: "Already over", createdAt: now - 1000 },
        ]),
      );
      localStorage.setItem(
        `overflight.seat.${running.id}`,
        JSON.stringify({ matchId: running.id, viewer: "russia", name: "Ria", code: running.code, seatKey: running.seatKey, savedAt: now }),
      );
    },
    { running, ended, now },
  );
  return context;
}

async function open(context: BrowserContext, href: string): Promise<TestPage & { console: string[] }> {
  const page = await context.newPage();
  const errors: Error[] = [];
  const console: string[] = [];
  page.on("pageerror", (e) => errors.push(e));
  page.on("console", (m) => console.push(`${m.type()}: ${m.text()}`));
  await page.goto(href);
  return {
    context,
    page,
    errors,
    console,
    check() {
      if (errors.length > 0) throw new Error(`page error: ${errors[0]!.message}`);
    },
  };
}

const violations = (tp: TestPage) => tp.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const cspConsole = (tp: { console: string[] }) => tp.console.filter((l) => /Content Security Policy|Refused to/i.test(l));
const withKey = (t: Trap) => t.seen.filter((s) => [running.facilitatorKey, running.seatKey, ended.facilitatorKey].some((k) => `${s.url} ${JSON.stringify(s.headers)} ${s.body}`.includes(k)));

describe.sequential("keys and the page's origin", () => {
  it("the teacher's page, the report and a #match= link send nothing to a ?server= the server does not list", async () => {
    const context = await holdingKeys();
    const server = encodeURIComponent(stranger.origin);

    const teach = await open(context, `${url}?teach&renderer=canvas&server=${server}`);
    // The lessons are listed: the keys went to the page's own origin.
    await until(teach, () => teach.page.locator(`[data-match="${running.id}"]`).count(), "the running lesson in the list");
    await until(teach, () => teach.page.locator(`[data-match="${ended.id}"]`).count(), "the finished lesson in the list");

    const report = await open(context, `${url}report.html?match=${ended.id}&server=${server}`);
    await until(report, async () => (await report.page.getAttribute("body", "data-report")) === "ready", "the report drawn");
    expect(Number(await report.page.getAttribute("body", "data-charts"))).toBeGreaterThan(0);

    // The default renderer (WebGL) here: Phaser under the CSP as players get it.
    const rejoin = await open(context, `${url}?server=${server}#match=${running.id}`);
    await until(rejoin, () => rejoin.page.evaluate(() => window.__overflight?.scene === "match" && window.__overflight.ready === true), "back in the seat", 30_000);
    expect(await rejoin.page.evaluate(() => document.getElementById("app")!.getAttribute("data-viewer"))).toBe("russia");
    await screenshot(rejoin, "origin-rejoin.png");

    // The projector (QR code) and the debrief (charts) too.
    const projector = await open(context, `${url}?projector=${running.id}&renderer=canvas&server=${server}`);
    await until(projector, () => projector.page.evaluate(() => window.__overflight?.scene === "projector" && window.__overflight.ready === true), "the projector");
    const debrief = await open(context, `${url}?debrief=${ended.id}&renderer=canvas&server=${server}`);
    await until(debrief, () => debrief.page.evaluate(() => window.__overflight?.scene === "debrief" && window.__overflight.ready === true), "the debrief");
    await until(debrief, () => debrief.page.locator("canvas[data-chart]").count(), "the debrief's charts");

    expect(stranger.seen).toEqual([]);
    for (const tp of [teach, report, rejoin, projector, debrief]) {
      expect(await violations(tp)).toEqual([]);
      expect(cspConsole(tp)).toEqual([]);
      tp.check();
    }
    await context.close();
  }, 90_000);

  it("follows ?server= to an origin the server lists (which is where the keys then go)", async () => {
    const context = await holdingKeys();
    const teach = await open(context, `${url}?teach&renderer=canvas&server=${encodeURIComponent(listed.origin)}`);
    await until(teach, () => listed.seen.some((s) => s.method === "GET" && s.url.startsWith("/api/archive")), "the archive asked of the listed origin");
    expect(withKey(listed).length).toBeGreaterThan(0);
    expect(stranger.seen).toEqual([]);
    await context.close();
  }, 60_000);
});

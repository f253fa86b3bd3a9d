/**
 * A whole turn in two real browsers against the real server, with bots in the other seats:
 * Russia (default renderer: Canvas where WebGL is only software, as here) creates a match,
 * Iran (Canvas, asked for by URL) joins it from the list; Russia asks
 * Iran for overflight rights and Iran accepts; Russia plans a Kalibr strike by clicking the
 * map (waypoints over Iran and Iraq, then Raqqa) and sends it; the turn resolves and both see
 * the flights replayed and the report; chat, a server error and a dropped connection; a reload
 * keeps the seat, also when Russia comes back in WebGL. Measures bundle size, time to
 * an interactive map and frames per second while the salvo flies.
 */
import { readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { matchMaker } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { attr, clickGame, clickLonLat, DIST, measureFps, openPage, screenshot, until, waitPhase, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

let russia: TestPage;
let iran: TestPage;
const suite = browserSuite("client");

describe.sequential("a turn in two browsers", { timeout: 60_000 }, () => {
  it("serves a bundle of reasonable size", () => {
    const files = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const bytes = readFileSync(join(DIST, "assets", f));
      raw += statSync(join(DIST, "assets", f)).size;
      gz += gzipSync(bytes).length;
    }
    suite.metrics.jsKB = Math.round(raw / 1024);
    suite.metrics.jsGzipKB = Math.round(gz / 1024);
    expect(gz).toBeLessThan(700 * 1024);
  });

  it("creates a match as Russia and joins it as Iran from the list", async () => {
    suite.mark("start");
    russia = await openPage(suite.browser, suite.server.url);
    await waitScene(russia, "lobby");
    suite.mark("lobby");
    await russia.page.fill("[data-testid=player-name]", "Ann");
    for (const p of ["usa", "iraq", "turkey", "syria"]) await russia.page.check(`[data-testid=bot-${p}]`);
    await russia.page.fill("[data-testid=match-name]", "E2E turn");
    await russia.page.click("[data-testid=create]");
    await waitScene(russia, "match");
    suite.mark("russiaMatch");
    expect(await attr(russia, "viewer")).toBe("russia");
    const matchId = await attr(russia, "match");
    expect(matchId).toBeTruthy();
    await screenshot(russia, "e2e-01-russia-briefing.png");

    iran = await openPage(suite.browser, `${suite.server.url}?renderer=canvas`);
    await waitScene(iran, "lobby");
    suite.mark("iranLobby");
    await iran.page.fill("[data-testid=player-name]", "Bea");
    await iran.page.locator("[data-testid=player-name]").blur();
    await until(iran, () => iran.page.locator(`[data-testid=join-${matchId}-iran]`).count(), "the match in the list");
    await iran.page.click(`[data-testid=join-${matchId}-iran]`);
    await waitScene(iran, "match");
    suite.mark("iranMatch");
    expect(await attr(iran, "viewer")).toBe("iran");
    expect(await iran.page.evaluate(() => window.__overflight.renderer)).toBe("canvas");
    // Seat keys are in each browser's storage.
    const key = await iran.page.evaluate((id) => localStorage.getItem(`overflight.seat.${id}`), matchId);
    expect(JSON.parse(key!).seatKey).toMatch(/^s_/);
  });

  it("Russia proposes overflight over Iran, Iran accepts", async () => {
    // Briefing → diplomacy once both humans are ready.
    await russia.page.click("[data-testid=ready]");
    await iran.page.click("[data-testid=ready]");
    await waitPhase(russia, "diplomacy", 1);
    await waitPhase(iran, "diplomacy", 1);

    await russia.page.click("[data-tab=diplomacy]");
    await russia.page.check("[data-testid=to-iran]");
    await russia.page.selectOption("[data-testid=term-kind]", "overflight");
    await russia.page.click("[data-testid=add-term]");
    // Defaults: Iran grants Russia missiles and aircraft for 3 turns.
    expect(await russia.page.inputValue("[data-testid=term-grantor]")).toBe("iran");
    expect(await russia.page.inputValue("[data-testid=term-grantee]")).toBe("russia");
    await russia.page.selectOption("[data-testid=term-scope]", "missiles");
    await russia.page.click("[data-testid=send-proposal]");

    const card = iran.page.locator('[data-proposal][data-from="russia"][data-status="open"]');
    await until(iran, () => card.count(), "Russia's proposal at Iran");
    await screenshot(iran, "e2e-02-iran-proposal.png");
    const id = await card.first().getAttribute("data-proposal");
    await iran.page.click(`[data-testid=accept-${id}]`);
    await until(russia, () => russia.page.locator('[data-treaty][data-kind="overflight"]').filter({ hasText: "Iran lets Russia fly missiles" }).count(), "the treaty at Russia");
    await until(iran, () => iran.page.locator('[data-treaty][data-kind="overflight"]').filter({ hasText: "Iran lets Russia fly missiles" }).count(), "the treaty at Iran");
    await screenshot(russia, "e2e-03-russia-treaty.png");

    await russia.page.click("[data-testid=ready]");
    await iran.page.click("[data-testid=ready]");
    await waitPhase(russia, "orders", 1);
    await waitPhase(iran, "orders", 1);
  });

  it("Russia plans a strike by clicking the map: platform, waypoints, target", async () => {
    const p = russia.page;
    const flotilla = await p.evaluate(() => window.__overflight.assets()["caspian-flotilla"]!);
    expect(flotilla.visible).toBe(true);
    await clickGame(russia, flotilla.x, flotilla.y);
    await until(russia, () => p.evaluate(() => (window.__overflight.route as { asset?: string } | null)?.asset === "caspian-flotilla"), "planning from the flotilla");

    // Waypoints over northern Iran and over Iraq (the 2015 route), then Raqqa.
    await clickLonLat(russia, 52.0, 38.5);
    await clickLonLat(russia, 44.6, 34.4);
    await until(russia, async () => (await attr(russia, "waypoints")) === "2", "two waypoints");
    // A mistaken third waypoint, removed with a right-click.
    await clickLonLat(russia, 42.0, 36.0);
    await until(russia, async () => (await attr(russia, "waypoints")) === "3", "three waypoints");
    const [wx, wy] = await p.evaluate(() => window.__overflight.lonLatToScreen(42.0, 36.0));
    await clickGame(russia, wx, wy, "right");
    await until(russia, async () => (await attr(russia, "waypoints")) === "2", "back to two waypoints");
    // From the keyboard: a bad latitude is refused with a message; a good one is added, then removed.
    await p.fill("[data-testid=waypoint-lat]", "95");
    await p.fill("[data-testid=waypoint-lon]", "42");
    await p.click("[data-testid=add-waypoint]");
    await until(russia, () => p.locator(".toast", { hasText: "between -90 and 90" }).count(), "the latitude refused");
    expect(await attr(russia, "waypoints")).toBe("2");
    await p.fill("[data-testid=waypoint-lat]", "36 N");
    await p.press("[data-testid=waypoint-lon]", "Enter");
    await until(russia, async () => (await attr(russia, "waypoints")) === "3", "a typed third waypoint");
    expect((await p.evaluate(() => (window.__overflight.route as { waypoints: number[][] }).waypoints))[2]).toEqual([42, 36]);
    await p.click("[aria-label='Remove waypoint 3']");
    await until(russia, async () => (await attr(russia, "waypoints")) === "2", "the typed waypoint removed");

    // Drag the second waypoint a little south: still two waypoints, the second one moved.
    const before = (await p.evaluate(() => (window.__overflight.route as { waypoints: number[][] }).waypoints))[1]!;
    const [dx, dy] = await p.evaluate(() => window.__overflight.lonLatToScreen(44.6, 34.4));
    const box = (await p.locator("#game canvas").boundingBox())!;
    await p.mouse.move(box.x + dx, box.y + dy);
    await p.mouse.down();
    await p.mouse.move(box.x + dx + 10, box.y + dy + 12, { steps: 4 });
    await p.mouse.up();
    const after = (await p.evaluate(() => (window.__overflight.route as { waypoints: number[][] }).waypoints))[1]!;
    expect(after[1]).toBeLessThan(before[1]!);
    expect(await attr(russia, "waypoints")).toBe("2");

    const raqqa = await p.evaluate(() => window.__overflight.zones().raqqa!);
    await clickGame(russia, raqqa.x, raqqa.y);
    await until(russia, async () => (await attr(russia, "route-zone")) === "raqqa", "Raqqa targeted");
    const route = (await p.evaluate(() => window.__overflight.route)) as { lengthKm: number; rangeKm: number; inRange: boolean; airspaces: { country: string | null; rights: string }[]; waypoints: number[][] };
    expect(route.inRange).toBe(true);
    expect(route.lengthKm).toBeGreaterThan(1400);
    expect(route.lengthKm).toBeLessThan(route.rangeKm);
    // Rights as planned: Iran granted (the treaty), Iraq none, Syria none, the Caspian international.
    const rights = Object.fromEntries(route.airspaces.filter((a) => a.country).map((a) => [a.country, a.rights]));
    expect(rights["364"]).toBe("granted");
    expect(rights["368"]).toBe("none");
    expect(route.airspaces.some((a) => a.country === null && a.rights === "international")).toBe(true);
    expect(await p.locator('[data-testid=airspaces] [data-country="364"][data-rights="granted"]').count()).toBeGreaterThan(0);
    await screenshot(russia, "e2e-04-russia-route.png");

    // Zoom: the buttons and the wheel; markers stay where the map puts them.
    const zoom0 = await p.evaluate(() => window.__overflight.camera!.zoom);
    await p.click("[data-testid=zoom-in]");
    const zoom1 = await p.evaluate(() => window.__overflight.camera!.zoom);
    expect(zoom1).toBeGreaterThan(zoom0);
    await p.mouse.move(box.x + 200, box.y + 200);
    await p.mouse.wheel(0, 300);
    await until(russia, async () => (await p.evaluate(() => window.__overflight.camera!.zoom)) < zoom1, "wheel zoom out");
    await p.click("[data-testid=zoom-fit]");

    await p.selectOption("[data-testid=strike-faction]", "rebels");
    await p.selectOption("[data-testid=strike-claim]", "isis");
    await p.click("[data-testid=add-strike]");
    await until(russia, () => p.locator("[data-strike=s1]").count(), "the strike in the orders");
    // The route crosses Iraq without rights: Send & ready first shows the warning and sends nothing.
    await p.click("[data-testid=ready]");
    const warnings = p.locator("[data-testid=orders-warnings]");
    await until(russia, () => warnings.isVisible(), "the orders' warnings");
    expect(await warnings.locator("[data-warning=violation]").innerText()).toMatch(/s1 crosses .*Iraq.* without rights.*legitimacy −\d/);
    expect(await attr(russia, "orders-sent")).toBe("false");
    await screenshot(russia, "e2e-05-russia-warnings.png");
    // Pressed again, it sends the orders, then says ready.
    await p.click("[data-testid=ready]");
    await until(russia, async () => (await attr(russia, "orders-sent")) === "true", "orders sent");
  });

  it("resolves the turn; both see the flights and the report", async () => {
    await iran.page.click("[data-testid=ready]");
    await waitPhase(russia, "report", 1);
    await waitPhase(iran, "report", 1);

    // The salvo flies on both maps.
    await until(russia, () => russia.page.evaluate(() => window.__overflight.playback?.playing === true), "playback at Russia", 5000);
    suite.metrics.fpsCanvasSalvoRussia = Math.round(await measureFps(russia));
    await until(iran, () => iran.page.evaluate(() => window.__overflight.playback?.playing === true || (window.__overflight.playback?.markers ?? 0) > 0), "playback at Iran", 5000);
    await screenshot(russia, "e2e-05-russia-salvo.png");
    suite.metrics.fpsCanvasSalvoIran = Math.round(await measureFps(iran));

    for (const tp of [russia, iran]) {
      await until(tp, async () => (await attr(tp, "playing")) === "false", "playback end", 15_000);
      await until(tp, async () => (await attr(tp, "report-turn")) === "1", "report of turn 1");
      // The playback's labels ("26/26 landed", "seen over Iraq") stay clear of the zones' labels and of each other.
      const boxes = await tp.page.evaluate(() => window.__overflight.mapBoxes());
      const played = boxes.filter((b) => b.kind === "playbackLabel");
      expect(played.length).toBeGreaterThan(0);
      const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      const clashes = played.flatMap((l) => boxes.filter((o) => o !== l && (o.kind === "zoneLabel" || o.kind === "playbackLabel") && overlap(l, o) > 4).map((o) => `${l.id} over ${o.kind} ${o.id}`));
      expect(clashes).toEqual([]);
    }
    const russiaReport = await russia.page.locator("[data-testid=report]").textContent() ?? "";
    expect(russiaReport, russiaReport).toMatch(/Russia flew \d+ missiles from Caspian Flotilla/);
    expect(russiaReport).toMatch(/claimed Islamic State/);
    const iranReport = await iran.page.locator("[data-testid=report]").textContent() ?? "";
    expect(iranReport, iranReport).toMatch(/Russia flew \d+ missiles .* over Iran( and Syria)? with consent/);
    await screenshot(russia, "e2e-06-russia-report.png");
    await screenshot(iran, "e2e-07-iran-report.png");

    // Replayable.
    await russia.page.click("[data-testid=replay]");
    await until(russia, async () => (await attr(russia, "playing")) === "true", "replay");
  });

  it("chats, shows server errors in words, survives a network drop", async () => {
    await iran.page.click("[data-tab=chat]");
    await iran.page.fill("[data-testid=chat-input]", "<b>Salaam</b> from Tehran");
    await iran.page.press("[data-testid=chat-input]", "Enter");
    await until(russia, async () => Number(await attr(russia, "unread")) >= 1, "unread chat at Russia");
    await russia.page.click("[data-tab=chat]");
    // Text only: the markup arrives as characters, never as an element.
    await until(russia, () => russia.page.locator("[data-testid=chat-messages]").filter({ hasText: "<b>Salaam</b> from Tehran" }).count(), "the message as text");
    expect(await russia.page.locator("[data-testid=chat-messages] b:text('Salaam')").count()).toBe(0);
    // Six messages at once: the server's rate limit answers, and a toast says so.
    for (let i = 0; i < 6; i++) {
      await iran.page.fill("[data-testid=chat-input]", `message ${i}`);
      await iran.page.press("[data-testid=chat-input]", "Enter");
    }
    await until(iran, () => iran.page.locator(".toast-error").filter({ hasText: "too fast" }).count(), "the rate-limit toast");
    await screenshot(iran, "e2e-08-iran-chat-error.png");

    // The connection drops (the server's socket dies without a close frame): a banner, then
    // the SDK reconnects to the same session and seat.
    const room = matchMaker.getLocalRoomById((await attr(iran, "match"))!);
    const socket = room.clients.find((c) => (c.userData as { viewer?: string } | undefined)?.viewer === "iran");
    (socket as unknown as { ref: { terminate(): void } }).ref.terminate();
    await until(iran, async () => (await attr(iran, "drops")) === "1", "the drop noticed", 10_000);
    if ((await attr(iran, "connection")) === "reconnecting") {
      expect(await iran.page.locator("#banner").isVisible()).toBe(true);
      await screenshot(iran, "e2e-09-iran-connection-lost.png");
    }
    await until(iran, async () => (await attr(iran, "connection")) === "connected", "connected again", 20_000);
    expect(await iran.page.locator("#banner").isVisible()).toBe(false);
    expect(await attr(iran, "viewer")).toBe("iran");
  });

  it("keeps the seat after a reload", async () => {
    await iran.page.reload();
    await waitScene(iran, "match");
    expect(await attr(iran, "viewer")).toBe("iran");
    expect(await attr(iran, "phase")).toBe("report");
    suite.metrics.timeToInteractiveMs = Math.round((await iran.page.evaluate(() => window.__overflight.readyAt)) ?? -1);
    await until(iran, async () => (await attr(iran, "report-turn")) === "1", "report after reload");
    await screenshot(iran, "e2e-10-iran-after-reload.png");

    // Russia comes back in WebGL (asked for by URL): same seat, the salvo replayed.
    const matchId = await attr(russia, "match");
    await russia.page.goto(`${suite.server.url}?renderer=webgl#match=${matchId}`);
    await waitScene(russia, "match");
    expect(await russia.page.evaluate(() => window.__overflight.renderer)).toBe("webgl");
    expect(await attr(russia, "viewer")).toBe("russia");
    suite.metrics.loadToReadyWebglMs = Math.round((await russia.page.evaluate(() => window.__overflight.readyAt)) ?? -1);
    await until(russia, async () => (await attr(russia, "playing")) === "false" || (await attr(russia, "playing")) === null, "no playback");
    await russia.page.click("[data-tab=report]");
    await russia.page.click("[data-testid=replay]");
    await until(russia, () => russia.page.evaluate(() => window.__overflight.playback?.playing === true), "replay in WebGL", 5000);
    suite.metrics.fpsWebglSalvo = Math.round(await measureFps(russia));
    await screenshot(russia, "e2e-11-russia-webgl-replay.png");
    russia.check();
    // Software WebGL is heavy here: close it before the next test.
    await russia.context.close();
    iran.check();
  });

  it("joins by code as a spectator, takes a seat, and plays a one-turn match to the debrief", async () => {
    const host = await openPage(suite.browser, `${suite.server.url}?renderer=canvas`);
    await waitScene(host, "lobby");
    await host.page.fill("[data-testid=player-name]", "Cy");
    await host.page.selectOption("[data-testid=visibility]", "private");
    await host.page.fill("[data-testid=turns]", "1");
    await host.page.locator("[data-testid=turns]").blur();
    await host.page.selectOption("[data-testid=create-power]", "syria");
    for (const p of ["usa", "iran", "iraq", "turkey"]) await host.page.check(`[data-testid=bot-${p}]`);
    await host.page.click("[data-testid=create]");
    await waitScene(host, "match");
    const code = (await attr(host, "code"))!;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await attr(host, "turn")).toBe("1");

    // Iran's browser leaves its match, spectates this one by code, then takes Russia's open seat.
    await iran.page.click("#hud .leave");
    await waitScene(iran, "lobby");
    // The lobby offers the seat this browser keeps in the first match.
    expect(await iran.page.locator("[data-testid=my-matches] [data-rejoin]").count()).toBeGreaterThan(0);
    await screenshot(iran, "e2e-12-lobby-your-matches.png");
    await iran.page.fill("[data-testid=join-code]", code.toLowerCase());
    await iran.page.click("[data-testid=spectate-code]");
    await waitScene(iran, "match");
    expect(await attr(iran, "viewer")).toBe("spectator");
    await iran.page.click("[data-tab=diplomacy]");
    await iran.page.click("[data-testid=claim-russia]");
    await until(iran, async () => (await attr(iran, "viewer")) === "russia" && (await iran.page.evaluate(() => window.__overflight.ready)), "seated as Russia");

    for (const phase of ["briefing", "diplomacy", "orders", "report"]) {
      await waitPhase(host, phase, 1);
      await waitPhase(iran, phase, 1);
      await host.page.click("[data-testid=ready]");
      await iran.page.click("[data-testid=ready]");
    }
    await waitScene(host, "debrief");
    await waitScene(iran, "debrief");
    // The archive is fetched once the debrief opens.
    await until(host, async () => (await host.page.locator("[data-testid=debrief] .scores li").count()) === 6, "the six powers' scores in the debrief");
    await screenshot(host, "e2e-13-debrief.png");
    host.check();
    iran.check();
  });
});

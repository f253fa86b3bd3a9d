/**
 * A player in real headless Chromium, behind the nginx example of docs/deploy.md (two server
 * processes, Redis, PostgreSQL): they create a match with bots, say ready; the process hosting
 * the match is killed with -9. The page says it is reconnecting, and comes back by itself to the
 * same match and seat, now run by the other process, with what it had before; play goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { kill9 } from "../fault/support";
import { attr, DIST, ensureBuilt, launchBrowser, openPage, screenshot, until, waitPhase, waitScene } from "../e2e/support";
import type { TestPage } from "../e2e/support";
import { startNginxCluster } from "./nginx-cluster";
import { OPERATOR_ENV, OPERATOR_HEADERS } from "../support/operator";
import type { NginxCluster } from "./nginx-cluster";

let cluster: NginxCluster;
let browser: Browser;
let page: TestPage;

beforeAll(async () => {
  ensureBuilt();
  cluster = await startNginxCluster({ DIST_DIR: DIST, LEASE_SECONDS: "2", RESTORE_GRACE_SECONDS: "120", ...OPERATOR_ENV });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
});

describe("a browser behind nginx when the process hosting its match dies", () => {
  it("reconnects by itself to the same seat, on the other process", async () => {
    page = await openPage(browser, `${cluster.url}?renderer=canvas`);
    await waitScene(page, "lobby");
    await page.page.fill("[data-testid=player-name]", "Ann");
    for (const p of ["usa", "iran", "iraq", "turkey", "syria"]) await page.page.check(`[data-testid=bot-${p}]`);
    await page.page.fill("[data-testid=match-name]", "Failover");
    await page.page.click("[data-testid=create]");
    await waitScene(page, "match");
    const matchId = (await attr(page, "match"))!;
    expect(await attr(page, "viewer")).toBe("russia");

    // Briefing → diplomacy, so that there is something to keep.
    await waitPhase(page, "briefing", 1);
    await page.page.click("[data-testid=ready]");
    await waitPhase(page, "diplomacy", 1);
    const host = await cluster.hostOf(matchId);
    expect(host).toBeGreaterThanOrEqual(0);
    const hashBefore = (await (await fetch(`${cluster.url}/api/matches/${matchId}`, { headers: OPERATOR_HEADERS })).json()) as { liveHash: string };

    await kill9(cluster.servers[host]!);
    const killedAt = Date.now();
    const connection = () => page.page.evaluate(() => window.__overflight.connection);
    await until(page, async () => (await page.page.locator("#banner").isVisible()) && (await connection()) === "reconnecting", "the page says it is reconnecting", 10_000);
    await screenshot(page, "cluster-01-reconnecting.png");

    // The other process takes the match over; the page finds it there through nginx.
    await until(page, async () => (await connection()) === "connected" && !(await page.page.locator("#banner").isVisible()), "back in the match", 60_000);
    console.log(`[failover] the page was back in its match ${Date.now() - killedAt} ms after the kill (lease 2 s)`);
    expect(await attr(page, "viewer")).toBe("russia");
    expect(await cluster.hostOf(matchId)).toBe(1 - host);
    expect(await attr(page, "match")).toBe(matchId);
    expect(await attr(page, "phase")).toBe("diplomacy");
    const hashAfter = (await (await fetch(`${cluster.url}/api/matches/${matchId}`, { headers: OPERATOR_HEADERS })).json()) as { liveHash: string };
    expect(hashAfter.liveHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAfter.liveHash).toBe(hashBefore.liveHash);
    await screenshot(page, "cluster-02-back.png");

    // Play goes on: ready in diplomacy moves the match to orders.
    await page.page.click("[data-testid=ready]");
    await waitPhase(page, "orders", 1, 30_000);
    page.check();
  }, 150_000);
});

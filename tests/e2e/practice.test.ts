/**
 * The lobby's practice match, in real Chromium against the real server: "Practice against bots"
 * makes a private match on quick timers with every other seat kept for a bot, and the guide
 * starts again from its first step even in a browser that had skipped it.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { matchMaker } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import type { PowerId } from "../../shared/ids";
import { attr, openPage, screenshot, until, waitScene } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("practice");

interface PracticeRoom {
  session: { settings: { visibility: string; timers: Record<string, number>; bots: Partial<Record<PowerId, string>> }; seats: { isBot(power: PowerId): boolean } };
}

describe("practice against bots", { timeout: 60_000 }, () => {
  it("starts a private quick match against bots with the guide at its first step", async () => {
    const tp = await openPage(suite.browser, suite.server.url);
    await waitScene(tp, "lobby");
    // A browser that skipped the guide in an earlier match.
    await tp.page.evaluate(() => localStorage.setItem("overflight.guide", JSON.stringify({ seen: ["briefing"], skipped: true })));
    await tp.page.fill("[data-testid=player-name]", "Ada");
    await tp.page.selectOption("[data-testid=quick-power]", "turkey");
    await tp.page.click("[data-testid=practice]");
    await waitScene(tp, "match");
    expect(await attr(tp, "viewer")).toBe("turkey");

    const room = matchMaker.getLocalRoomById((await attr(tp, "match"))!) as unknown as PracticeRoom;
    const { settings } = room.session;
    expect(settings.visibility).toBe("private");
    expect(settings.timers).toEqual({ briefing: 15, diplomacy: 120, orders: 60, report: 30 });
    expect(Object.keys(settings.bots).sort()).toEqual(CASPIAN_POWERS.filter((p) => p !== "turkey").sort());
    for (const p of CASPIAN_POWERS) expect(room.session.seats.isBot(p)).toBe(p !== "turkey");

    const guide = tp.page.locator("[data-testid=guide]");
    await until(tp, () => guide.isVisible(), "the guide");
    expect(await guide.innerText()).toContain("Briefing: read the news");
    expect(JSON.parse((await tp.page.evaluate(() => localStorage.getItem("overflight.guide")))!)).toMatchObject({ skipped: false });
    await screenshot(tp, "practice-00-guide.png");
    await tp.page.close();
  });
});

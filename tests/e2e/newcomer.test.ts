/**
 * A newcomer's first match, in real Chromium against the real server: Quick play to an
 * interactive map (timed), the Goals tab with every objective's points and standing equal to
 * what the rules judge on the server's state, and the rules page from docs/rules.md, with focus
 * moving into the dialog and back.
 */
import { at } from "../../shared/at";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { matchMaker } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import type { PowerId } from "../../shared/ids";
import { objectiveStatuses } from "../../shared/rules/objective-status";
import type { MatchState } from "../../shared/state";
import { attr, openPage, ROOT, screenshot, until, waitPhase, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("newcomer");
let tp: TestPage;
let me: PowerId;

function serverState(matchId: string): MatchState {
  const room = matchMaker.getLocalRoomById(matchId) as unknown as { session: { state: MatchState } };
  return room.session.state;
}

describe.sequential("a newcomer's first match", { timeout: 60_000 }, () => {
  it("Quick play leads to an interactive map", async () => {
    tp = await openPage(suite.browser, suite.server.url);
    await waitScene(tp, "lobby");
    await tp.page.fill("[data-testid=player-name]", "Nia");
    await tp.page.selectOption("[data-testid=quick-power]", "iran");
    const start = Date.now();
    await tp.page.click("[data-testid=quick-play]");
    await waitScene(tp, "match");
    suite.metrics.quickPlayToMapMs = Date.now() - start;
    me = (await attr(tp, "viewer")) as PowerId;
    expect(me).toBe("iran");
    // Quick timers, and a line that says what Ready does.
    const state = serverState((await attr(tp, "match"))!);
    expect(state.phase).toBe("briefing");
    const timer = await until(tp, async () => {
      const text = await tp.page.locator("[data-testid=timer]").innerText();
      return /\d/.test(text) ? text : null;
    }, "the phase timer");
    expect(timer).toMatch(/^0:(0\d|1[0-5])$/);
    expect(await tp.page.locator("[data-testid=ready-hint]").innerText()).toMatch(/only player.*press Ready to end the briefing now/);
    // The guide's first step: what the briefing is for; "Got it" puts it away for this phase.
    const guide = tp.page.locator("[data-testid=guide]");
    expect(await guide.innerText()).toContain("Briefing");
    await screenshot(tp, "newcomer-00-guide.png");
    await tp.page.click("[data-testid=guide-ok]");
    expect(await guide.isVisible()).toBe(false);
  });

  it("the Goals tab shows each objective with its points and the standing the rules give it now", async () => {
    await tp.page.click("[data-tab=goals]");
    const rows = tp.page.locator("[data-testid=objectives] [data-objective]");
    await until(tp, async () => (await rows.count()) > 0, "objectives listed");
    const state = serverState((await attr(tp, "match"))!);
    const expected = objectiveStatuses(state, me);
    const shown = await rows.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute("data-objective"), standing: e.getAttribute("data-standing"), secret: e.getAttribute("data-secret"), text: e.textContent })));
    expect(shown.map((s) => [s.id, s.standing, s.secret])).toEqual(expected.map((o) => [o.id, o.standing, String(o.secret)]));
    for (const [i, o] of expected.entries()) expect(shown[i]!.text).toContain(`${o.points} pt`);
    // The secret one is the seat's own draw, and no other power's objective is in the page.
    expect(expected.filter((o) => o.secret).map((o) => o.id)).toEqual([at(state.powers, me).secretObjective]);
    const html = await tp.page.content();
    for (const power of ["russia", "usa", "iran", "iraq", "turkey", "syria"] as const) {
      if (power !== me) expect(html).not.toContain(at(state.powers, power).secretObjective);
    }
    await screenshot(tp, "newcomer-01-goals.png");
  });

  it("the turn's news stays until dismissed, says what it did to the seat's values, and is kept in the history", async () => {
    const p = tp.page;
    const state = serverState((await attr(tp, "match"))!);
    const cards = state.log.filter((e) => e.kind === "card" && e.turn === 1) as { headline: string; cardId: string | null }[];
    expect(cards.length).toBeGreaterThan(0);
    const box = p.locator("[data-testid=news]");
    expect(await box.isVisible()).toBe(true);
    const text = await box.innerText();
    for (const c of cards) expect(text).toContain(c.headline);
    // Each change a card made to this seat's tracks is told, with its sign.
    const mine = state.log.filter((e) => e.kind === "track" && e.power === me && e.cause.code === "card" && cards.some((c) => c.cardId !== null && c.cardId === e.cause.card)) as { track: string; delta: number }[];
    for (const t of mine) expect(text).toContain(`${t.track.charAt(0).toUpperCase()}${t.track.slice(1)} ${t.delta > 0 ? "+" : ""}${t.delta}`);
    await screenshot(tp, "newcomer-03-news.png");
    await p.click("[data-testid=news-dismiss]");
    expect(await box.isVisible()).toBe(false);
    await p.reload();
    await waitScene(tp, "match");
    expect(await p.locator("[data-testid=news]").isVisible()).toBe(false);
    await p.click("[data-tab=goals]");
    await p.click("[data-testid=open-news]");
    const history = p.locator("[data-testid=news-history]");
    await until(tp, () => history.isVisible(), "the news history");
    for (const c of cards) expect(await history.innerText()).toContain(c.headline);
    await p.keyboard.press("Escape");
  });

  it("How to play opens docs/rules.md in a dialog that takes focus and gives it back", async () => {
    const opener = tp.page.locator("[data-testid=open-rules]");
    await opener.focus();
    await tp.page.keyboard.press("Enter");
    const dialog = tp.page.locator("[data-testid=rules]");
    await until(tp, () => dialog.isVisible(), "the rules dialog");
    expect(await tp.page.evaluate(() => document.activeElement?.closest("[data-testid=rules]") !== null)).toBe(true);
    const rules = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
    for (const heading of rules.match(/^## .+$/gm)!) expect(await dialog.locator("h2", { hasText: heading.slice(3) }).count()).toBe(1);
    await screenshot(tp, "newcomer-02-rules.png");
    await tp.page.keyboard.press("Escape");
    await until(tp, async () => !(await dialog.count()), "the dialog closed");
    expect(await tp.page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("open-rules");
    // Two clicks while the rules are still loading open one dialog, not two.
    await tp.page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>("[data-testid=open-rules]")!;
      button.click();
      button.click();
    });
    await until(tp, () => dialog.isVisible(), "the rules dialog again");
    expect(await dialog.count()).toBe(1);
    await tp.page.keyboard.press("Escape");
    await until(tp, async () => !(await dialog.count()), "the dialog closed again");
  });

  it("the report opens with what changed for you, folds the rest, and any past turn can be read and replayed again", async () => {
    const p = tp.page;
    const readyTo = async (phase: string, turn: number) => {
      const from = `${await attr(tp, "turn")}:${await attr(tp, "phase")}`;
      await p.click("[data-testid=ready]");
      // In the orders phase, warnings about the orders (a pledge the seat's treaties ask for) take a second press.
      const moved = async () => `${await attr(tp, "turn")}:${await attr(tp, "phase")}` !== from || (await attr(tp, "ready")) === "true";
      const warned = () => p.locator(".toast", { hasText: "Press again" }).count();
      await until(tp, async () => (await moved()) || (await warned()) > 0, "ready or warned");
      if (!(await moved())) await p.click("[data-testid=ready]");
      await waitPhase(tp, phase, turn, 20_000);
    };
    await readyTo("diplomacy", 1);
    // Diplomacy's first visit: the guide explains it; skipping ends the guide for good.
    const guide = p.locator("[data-testid=guide]");
    await until(tp, () => guide.isVisible(), "the diplomacy guide");
    expect(await guide.innerText()).toContain("Diplomacy");
    await p.click("[data-testid=guide-skip]");
    await readyTo("orders", 1);
    expect(await guide.isVisible()).toBe(false);
    expect(JSON.parse((await p.evaluate(() => localStorage.getItem("overflight.guide")))!)).toMatchObject({ skipped: true, seen: ["briefing"] });
    await readyTo("report", 1);
    await until(tp, async () => (await attr(tp, "report-turn")) === "1", "the report of turn 1");
    await until(tp, async () => (await attr(tp, "playing")) !== "true", "the flights played", 20_000);
    const changed = p.locator("[data-testid=what-changed]");
    expect(await changed.isVisible()).toBe(true);
    // Every section below it starts folded.
    const sections = p.locator("[data-testid=report] details.report-section");
    expect(await sections.count()).toBeGreaterThan(0);
    expect(await sections.evaluateAll((els) => els.filter((e) => (e as HTMLDetailsElement).open).length)).toBe(0);
    await screenshot(tp, "newcomer-04-report.png");

    // The next turn's briefing: last turn's flights are off the map.
    await readyTo("briefing", 2);
    expect(await p.evaluate(() => (window.__overflight.playback as { flights: number } | null)?.flights ?? 0)).toBe(0);
    await readyTo("diplomacy", 2);
    await readyTo("orders", 2);
    await readyTo("report", 2);
    await until(tp, async () => (await attr(tp, "report-turn")) === "2", "the report of turn 2");
    await until(tp, async () => (await attr(tp, "playing")) !== "true", "turn 2's flights played", 20_000);
    await p.click("[data-tab=report]");
    await p.selectOption("[data-testid=report-turn]", "1");
    await until(tp, async () => (await attr(tp, "report-turn")) === "1", "turn 1 again");
    expect(await p.locator("[data-testid=report] h2").innerText()).toBe("Turn 1 report");
    expect(await p.locator("[data-testid=report] [data-section=briefing]").count()).toBe(1);
    // The seat's own orders of turn 1 as it sent them (its posture at least), from its view's past orders.
    await p.click("[data-testid=report] [data-section=sent] summary");
    expect(await p.locator("[data-testid=orders-sent]").innerText()).toMatch(/Air defence posture: (open|watch|engage)/);
    await screenshot(tp, "newcomer-05a-orders-sent.png");
    const replay = p.locator("[data-testid=replay]");
    if (await replay.isEnabled()) {
      await replay.click();
      await until(tp, async () => (await attr(tp, "playing")) === "true", "turn 1 replayed");
    }
    await screenshot(tp, "newcomer-05-past-turn.png");
  });
});

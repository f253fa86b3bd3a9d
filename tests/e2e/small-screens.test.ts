/**
 * The game on a phone (390×844) and a tablet (768×1024), in real Chromium: the lobby, the
 * teacher's page and a student's join page fit the width; a one-turn match is played through by
 * tapping (the panel is a sheet over the map, Ready and Leave on screen, every tab reachable);
 * the debrief that follows fits too.
 */
import { describe, expect, it } from "vitest";
import { attr, createOneTurnMatch, openPage, screenshot, until, waitPhase, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("small-screens");

/** Visible elements that stick out of the viewport sideways, outside any sideways-scrolling box. */
function overflowing(tp: TestPage): Promise<string[]> {
  return tp.page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const scrollsX = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if ((s.overflowX === "auto" || s.overflowX === "scroll") && e.scrollWidth > e.clientWidth) return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll("#app *, dialog *")) {
      if (el.closest("#game") || el.closest("[hidden]")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if ((r.right > width + 1 || r.left < -1) && !scrollsX(el.parentElement)) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").slice(0, 30)}" ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out.slice(0, 10);
  });
}

/** The element is on screen and is what a tap at its centre reaches. */
async function tappable(tp: TestPage, selector: string): Promise<boolean> {
  const el = tp.page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  return tp.page.evaluate((sel) => {
    const e = document.querySelector(sel)!;
    const r = e.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width === 0 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === e || e.contains(hit));
  }, selector);
}

for (const size of [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
]) {
  describe.sequential(`on a ${size.name} (${size.width}×${size.height})`, { timeout: 90_000 }, () => {
    let tp: TestPage;

    it("the lobby, the teacher's page and the join page fit the width", async () => {
      tp = await openPage(suite.browser, `${suite.server.url}?renderer=canvas`, size);
      await waitScene(tp, "lobby");
      expect(await overflowing(tp)).toEqual([]);
      expect(await tappable(tp, "[data-testid=quick-play]")).toBe(true);
      expect(await tappable(tp, "[data-testid=join-code]")).toBe(true);
      expect(await tappable(tp, "[data-testid=create]")).toBe(true);
      await screenshot(tp, `small-${size.name}-01-lobby.png`);

      const teach = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, size);
      await waitScene(teach, "teach");
      expect(await overflowing(teach)).toEqual([]);
      expect(await tappable(teach, "[data-testid=create-lesson]")).toBe(true);
      await screenshot(teach, `small-${size.name}-02-teach.png`);
      await teach.context.close();

      const student = await openPage(suite.browser, `${suite.server.url}?join=ABC234&renderer=canvas`, size);
      await until(student, async () => (await student.page.evaluate(() => window.__overflight?.scene)) !== "boot", "the join page");
      expect(await overflowing(student)).toEqual([]);
      await screenshot(student, `small-${size.name}-03-join.png`);
      await student.context.close();
    });

    it("a one-turn match is played through by tapping", async () => {
      const p = tp.page;
      await createOneTurnMatch(tp, "Pat");
      expect(await attr(tp, "viewer")).toBe("russia");

      const canvas = await p.locator("#game canvas").boundingBox();
      expect(canvas!.width).toBeGreaterThanOrEqual(size.width - 1);
      for (const sel of ["[data-testid=ready]", "#hud .leave", "[data-testid=zoom-in]", "[data-testid=sheet-toggle]"]) expect(await tappable(tp, sel), sel).toBe(true);
      expect(await overflowing(tp)).toEqual([]);
      // The theatre, from the Mediterranean coast to the Caspian flotilla, is framed above the sheet.
      const sheetTop = (await p.locator("#side").boundingBox())!.y - canvas!.y;
      const flotilla = await p.evaluate(() => window.__overflight.assets()["caspian-flotilla"]!);
      const latakia = await p.evaluate(() => window.__overflight.lonLatToScreen(35.8, 35.5));
      const damascus = await p.evaluate(() => window.__overflight.lonLatToScreen(36.3, 33.5));
      for (const [x, y] of [[flotilla.x, flotilla.y], latakia, damascus] as [number, number][]) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(size.width);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(sheetTop);
      }
      await screenshot(tp, `small-${size.name}-04-briefing.png`);

      for (const tab of ["goals", "orders", "diplomacy", "chat", "report"]) {
        expect(await tappable(tp, `[data-tab=${tab}]`), tab).toBe(true);
        await p.click(`[data-tab=${tab}]`);
        await until(tp, async () => (await attr(tp, "tab")) === tab, `the ${tab} tab`);
        expect(await overflowing(tp), tab).toEqual([]);
      }
      // Folding the sheet shows the map; a tab opens it again.
      await p.click("[data-testid=sheet-toggle]");
      expect(await p.locator(".side-body").isVisible()).toBe(false);
      await screenshot(tp, `small-${size.name}-05-folded.png`);
      await p.click("[data-tab=goals]");
      expect(await p.locator(".side-body").isVisible()).toBe(true);

      await p.click("[data-testid=ready]");
      await waitPhase(tp, "diplomacy", 1);
      await screenshot(tp, `small-${size.name}-06-diplomacy.png`);
      await p.click("[data-testid=ready]");
      await waitPhase(tp, "orders", 1);
      await p.click("[data-tab=orders]");
      expect(await overflowing(tp)).toEqual([]);
      await screenshot(tp, `small-${size.name}-07-orders.png`);
      await p.click("[data-testid=ready]");
      await until(tp, async () => (await attr(tp, "phase")) === "report" || (await attr(tp, "status")) === "ended", "the report", 20_000);
      await screenshot(tp, `small-${size.name}-08-report.png`);
    });

    it("the debrief fits the width", async () => {
      const p = tp.page;
      if ((await attr(tp, "status")) !== "ended") await p.click("[data-testid=ready]");
      await waitScene(tp, "debrief", 40_000);
      await until(tp, () => p.locator("[data-testid=debrief] [data-testid=scores], .debrief").count(), "the debrief");
      expect(await overflowing(tp)).toEqual([]);
      await screenshot(tp, `small-${size.name}-09-debrief.png`);
      await tp.context.close();
    });
  });
}

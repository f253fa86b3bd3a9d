/**
 * axe-core (4.14) in real Chromium on every page a player or a teacher sees: the lobby, each tab
 * of a match, the debrief, the teacher's page and console, and the projector. The test fails on
 * any critical or serious finding. Keyboard: focus moves into the strike form and back, a bad
 * waypoint is refused with a message tied to its field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attr, createOneTurnMatch, openPage, ROOT, screenshot, until, waitPhase, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("accessibility");
const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const counts: Record<string, string> = {};

interface Finding {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Critical and serious findings on the page as it is now; all counts go to the metrics. */
async function audit(tp: TestPage, page: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy refuses inline scripts.
  if (!(await tp.page.evaluate(() => "axe" in window))) await tp.page.evaluate(AXE_SOURCE);
  const found = await tp.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations as Finding[];
  });
  const by = (impact: string) => found.filter((f) => f.impact === impact).length;
  const ids = found.map((f) => `${f.id} (${f.impact})`).join(", ");
  counts[page] = `critical ${by("critical")}, serious ${by("serious")}, moderate ${by("moderate")}, minor ${by("minor")}${ids ? `: ${ids}` : ""}`;
  suite.metrics[`axe_${page}`] = counts[page];
  return found.filter((f) => f.impact === "critical" || f.impact === "serious").map((f) => `${f.id} (${f.impact}): ${f.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

describe.sequential("accessibility", { timeout: 90_000 }, () => {
  let tp: TestPage;

  it("the lobby", async () => {
    tp = await openPage(suite.browser, `${suite.server.url}?renderer=canvas`);
    await waitScene(tp, "lobby");
    expect(await audit(tp, "lobby")).toEqual([]);
  });

  it("each tab of a match", async () => {
    const p = tp.page;
    await createOneTurnMatch(tp, "Kim");
    await p.click("[data-testid=ready]");
    await waitPhase(tp, "diplomacy", 1);
    for (const tab of ["goals", "orders", "diplomacy", "chat", "report"]) {
      await p.click(`[data-tab=${tab}]`);
      await until(tp, async () => (await attr(tp, "tab")) === tab, tab);
      expect(await audit(tp, `match_${tab}`), tab).toEqual([]);
      if (tab === "diplomacy") {
        // Each "Send to" box is nearer its own power's name than the previous one's.
        const gaps = await p.locator("fieldset.recipients label").evaluateAll((labels) =>
          labels.map((l) => {
            const box = l.querySelector("input")!.getBoundingClientRect();
            const own = l.getBoundingClientRect();
            const prev = l.previousElementSibling?.tagName === "LABEL" ? l.previousElementSibling.getBoundingClientRect() : null;
            return { toOwnText: own.right - box.right, toPrevious: prev && prev.top === own.top ? box.left - prev.right : Infinity };
          }),
        );
        for (const g of gaps) expect(g.toPrevious).toBeGreaterThan(8);
        await p.locator("fieldset.recipients").screenshot({ path: join(ROOT, "tests/artifacts/a11y-send-to.png") });
      }
    }
    await p.click("[data-tab=goals]");
    await p.click("[data-testid=open-rules]");
    // The rules are their own chunk, fetched in the screen's language: the dialog opens once they arrive.
    await p.locator("[data-testid=rules] .rules h2").first().waitFor();
    expect(await audit(tp, "rules")).toEqual([]);
    await p.keyboard.press("Escape");
    await p.locator("[data-testid=rules]").waitFor({ state: "hidden" });
  });

  it("by keyboard: focus moves into the strike form and stays on what is used; a bad waypoint is told at its field", async () => {
    const p = tp.page;
    const focused = () => p.evaluate(() => {
      const a = document.activeElement;
      return a === null || a === document.body ? "body" : (a.getAttribute("data-testid") ?? `${a.tagName}:${a.textContent?.slice(0, 30)}`);
    });
    await p.click("[data-testid=ready]");
    await waitPhase(tp, "orders", 1);
    await p.click("[data-tab=orders]");
    await p.focus("[data-testid=plan-caspian-flotilla]");
    await p.keyboard.press("Enter");
    await until(tp, async () => (await attr(tp, "planning")) === "true", "planning");
    expect(await p.evaluate(() => document.querySelector("[data-testid=route-plan]")!.contains(document.activeElement))).toBe(true);

    for (const [lat, lon, field] of [["abc", "52", "waypoint-lat"], ["38", "999", "waypoint-lon"]] as const) {
      await p.fill("[data-testid=waypoint-lat]", lat);
      await p.fill("[data-testid=waypoint-lon]", lon);
      await p.press("[data-testid=waypoint-lon]", "Enter");
      const bad = p.locator(`[data-testid=${field}]`);
      expect(await bad.getAttribute("aria-invalid")).toBe("true");
      expect(await bad.getAttribute("aria-describedby")).toBe("waypoint-error");
      expect(await p.locator("#waypoint-error").innerText()).toMatch(field === "waypoint-lat" ? /latitude/ : /longitude/);
      expect(await focused()).toBe(field);
    }
    await screenshot(tp, "a11y-waypoint-error.png");
    await p.fill("[data-testid=waypoint-lat]", "38.5");
    await p.fill("[data-testid=waypoint-lon]", "52");
    await p.press("[data-testid=waypoint-lon]", "Enter");
    await until(tp, async () => (await attr(tp, "waypoints")) === "1", "one waypoint");
    expect(await p.locator("[data-testid=waypoint-lat]").getAttribute("aria-invalid")).toBeNull();

    await p.focus("[data-testid=target-zone]");
    await p.keyboard.press("ArrowDown");
    await until(tp, () => p.inputValue("[data-testid=target-zone]"), "a target chosen");
    expect(await focused()).toBe("target-zone");
    expect(await audit(tp, "match_orders_planning")).toEqual([]);
    await p.focus("[data-testid=add-strike]");
    await p.keyboard.press("Enter");
    await until(tp, async () => (await attr(tp, "planning")) === "false", "the strike added");
    expect(await focused()).toBe("strikes-heading");
    // The strike is dropped again (by keyboard): the debrief below needs no resolution of it.
    await p.focus("[aria-label='Remove strike s1']");
    await p.keyboard.press("Enter");
    await until(tp, () => p.locator("[data-strike]").count().then((n) => n === 0), "the strike removed");
    expect(await focused()).not.toBe("body");
  });

  it("the debrief", async () => {
    const p = tp.page;
    await p.click("[data-testid=ready]");
    await until(tp, async () => (await attr(tp, "phase")) === "report" || (await attr(tp, "status")) === "ended", "the report", 20_000);
    await p.click("[data-tab=report]");
    expect(await audit(tp, "match_report_playing")).toEqual([]);
    await until(tp, async () => (await attr(tp, "playing")) !== "true", "the flights played", 20_000);
    await p.locator("[data-testid=report] details.report-section").first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await audit(tp, "match_report_read")).toEqual([]);
    await screenshot(tp, "a11y-report.png");
    if ((await attr(tp, "status")) !== "ended") await p.click("[data-testid=ready]");
    await waitScene(tp, "debrief", 40_000);
    await until(tp, () => p.locator(".debrief").count(), "the debrief");
    expect(await audit(tp, "debrief")).toEqual([]);
    await screenshot(tp, "a11y-debrief.png");
    await tp.context.close();
  });

  it("the teacher's page, the console and the projector", async () => {
    const teacher = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, { width: 1440, height: 900 });
    await waitScene(teacher, "teach");
    expect(await audit(teacher, "teach")).toEqual([]);
    await teacher.page.fill("[data-testid=class-name]", "10A");
    await teacher.page.fill("[data-testid=teacher-name]", "Mr Ode");
    await teacher.page.click("[data-testid=create-lesson]");
    await waitScene(teacher, "facilitator");
    expect(await audit(teacher, "console")).toEqual([]);
    await screenshot(teacher, "a11y-console.png");
    const matchId = await attr(teacher, "match");
    const projector = await openPage(suite.browser, `${suite.server.url}?projector=${matchId}&renderer=canvas`, { width: 1600, height: 900 });
    await waitScene(projector, "projector");
    expect(await audit(projector, "projector")).toEqual([]);
    await projector.context.close();
    await teacher.context.close();
    console.log("[axe]", JSON.stringify(counts, null, 1));
  });
});

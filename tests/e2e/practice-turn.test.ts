/**
 * A lesson's practice turn in real headless Chromium against the real server (real bots): the
 * teacher ticks "Practice turn first" (the page says the 45-minute lesson no longer fits and
 * offers the turns that do), the student's bar, news and the projector say Practice through the
 * whole turn, and the teacher's "Start the real match" brings every screen to turn 1 afresh.
 * Screenshots go to tests/artifacts/practice-*.png.
 */
import { describe, expect, it } from "vitest";
import { attr, joinByLink, openPage, screenshot, until, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("practice-turn");
let teacher: TestPage;
let projector: TestPage;
let ann: TestPage;

const text = async (tp: TestPage, selector: string) => ((await tp.page.textContent(selector)) ?? "").trim();

describe.sequential("a practice turn before turn 1", { timeout: 90_000 }, () => {
  it("the teacher ticks the practice turn; the page adds its minutes and offers the turns that fit", async () => {
    teacher = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, { width: 1440, height: 900 });
    await waitScene(teacher, "teach");
    const p = teacher.page;
    await p.fill("[data-testid=class-name]", "9C practice");
    await p.fill("[data-testid=teacher-name]", "Mr Osei");
    await p.check("[data-testid=practice-turn]");
    expect(await text(teacher, "[data-testid=lesson-total]")).toBe("5 min to join + 5 min of practice + 30 min of play + 10 min of debrief = 50 minutes: more than a 45-minute period with the practice turn. Play 5 turns");
    await p.click("[data-testid=fit-turns]");
    expect(await p.inputValue("[data-testid=lesson-turns]")).toBe("5");
    expect(await text(teacher, "[data-testid=lesson-total]")).toBe("5 min to join + 5 min of practice + 25 min of play + 10 min of debrief = 45 minutes (a 45-minute period).");
    await screenshot(teacher, "practice-01-setup.png");
    await p.click("[data-testid=create-lesson]");
    await waitScene(teacher, "facilitator");
    expect(await text(teacher, "#hud .phase")).toBe("Practice turn · Briefing");
    expect(await p.isVisible("[data-testid=real-match]")).toBe(true);
    expect(await p.isVisible("[data-testid=end-match]")).toBe(false);
  });

  it("the student and the projector see Practice through the whole turn", async () => {
    const matchId = (await attr(teacher, "match"))!;
    const code = (await attr(teacher, "code"))!;
    projector = await openPage(suite.browser, `${suite.server.url}?projector=${matchId}&renderer=canvas`, { width: 1600, height: 900 });
    await waitScene(projector, "projector");
    expect(await text(projector, "[data-testid=pj-phase]")).toBe("Practice turn · Briefing");
    ann = await joinByLink(suite.browser, suite.server.url, code, "Ann");
    await ann.page.click("[data-testid=pick-russia]");
    await waitScene(ann, "match");
    expect(await attr(ann, "practice")).toBe("true");
    expect(await text(ann, "#hud .phase")).toBe("Practice turn · Briefing");
    // The banner is worded by the HUD's clock tick, which may not have run yet.
    await until(ann, async () => (await text(ann, "[data-testid=pause-banner]")).includes("Practice turn: waiting for your teacher to start it"), "the practice's waiting banner");

    const p = teacher.page;
    await p.click("[data-testid=pause]");
    await until(teacher, async () => (await attr(teacher, "paused")) === "false", "the practice running");
    expect(await text(ann, "[data-testid=news] h2")).toBe("Practice turn news");
    await screenshot(ann, "practice-02-student-practice.png");
    for (const phase of ["diplomacy", "orders", "report"]) {
      await p.click("[data-testid=advance]");
      await until(ann, async () => (await attr(ann, "phase")) === phase, `the practice's ${phase}`, 20_000);
    }
    expect(await text(ann, "#hud .phase")).toBe("Practice turn · Report");
    await until(projector, async () => (await text(projector, "[data-testid=pj-story]")).includes("Practice turn: what the world saw"), "the practice report on the projector");
    expect(await text(projector, "[data-testid=pj-phase]")).toBe("Practice turn · Report");
    await screenshot(projector, "practice-03-projector-report.png");
    await screenshot(ann, "practice-04-student-report.png");
  });

  it("Start the real match: every screen is at turn 1, afresh", async () => {
    await teacher.page.click("[data-testid=real-match]");
    await until(ann, async () => (await attr(ann, "practice")) === "false" && (await attr(ann, "phase")) === "briefing", "the real match at the student's", 20_000);
    await waitScene(ann, "match");
    expect(await attr(ann, "turn")).toBe("1");
    expect(await text(ann, "#hud .phase")).toBe("Turn 1/5 · Briefing");
    await until(projector, async () => (await text(projector, "[data-testid=pj-phase]")) === "Turn 1 of 5 · Briefing", "the real match on the projector", 20_000);
    await until(teacher, async () => (await text(teacher, "#hud .phase")) === "Turn 1/5 · Briefing", "the real match at the teacher's", 20_000);
    expect(await teacher.page.isVisible("[data-testid=real-match]")).toBe(false);
    expect(await teacher.page.isVisible("[data-testid=end-match]")).toBe(true);
    // The news is the real turn 1's, shown again even though the practice's was on screen.
    expect(await text(ann, "[data-testid=news] h2")).toBe("Turn 1 news");
    await screenshot(ann, "practice-05-student-turn1.png");
    await screenshot(projector, "practice-06-projector-turn1.png");
    await screenshot(teacher, "practice-07-teacher-turn1.png");
  });
});

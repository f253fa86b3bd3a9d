/**
 * The teacher's screens in French, in real Chromium: with the language set to French, the
 * teacher's page (?teach), the facilitator's bar and console (every tab, the recovery card) and
 * the projector show no English string of the UI catalog (tests/e2e/untranslated.ts), before the
 * lesson starts and again in the report phase of turn 1. Screenshots go to tests/artifacts/classroom-fr-*.png.
 */
import { describe, expect, it } from "vitest";
import { attr, openPage, pageBeside, screenshot, until, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";
import { textsIn, untranslated } from "./untranslated";

const suite = browserSuite("classroom-fr");
let teacher: TestPage;
let projector: TestPage;
let matchId = "";

/** Every console tab, each checked for English words of the UI catalog. */
async function consoleInFrench(tp: TestPage, shot: string): Promise<void> {
  const p = tp.page;
  expect(await untranslated(tp, "#hud", "fr", ".match-name")).toEqual([]);
  for (const tab of ["class", "inject", "chat", "deals", "orders", "log", "goals"]) {
    await p.click(`[data-fac-tab=${tab}]`);
    expect(await untranslated(tp, "#side", "fr"), tab).toEqual([]);
    if (tab === "class") await screenshot(tp, `${shot}-class.png`);
    if (tab === "inject") await screenshot(tp, `${shot}-inject.png`);
  }
  await p.click("[data-fac-tab=class]");
}

describe.sequential("the teacher's screens in French", { timeout: 90_000 }, () => {
  it("the English teacher's page shows the classroom's English words (the check can fail)", async () => {
    const english = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`);
    await waitScene(english, "teach");
    expect(await english.page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await untranslated(english, "#overlay", "fr")).toContain("classroom.setup.newLesson: New lesson");
    english.check();
    await english.context.close();
  });

  it("the teacher's page is in French", async () => {
    teacher = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, { width: 1440, height: 900 });
    await teacher.page.evaluate(() => localStorage.setItem("overflight.language", "fr"));
    await teacher.page.reload();
    await waitScene(teacher, "teach");
    const p = teacher.page;
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("fr");
    await until(teacher, async () => (await p.locator("[data-testid=my-classes]").innerText()) !== "Chargement…", "the list of lessons");
    for (const summary of await p.locator("[data-testid=teach] details > summary").all()) await summary.click();
    expect(await untranslated(teacher, "#overlay", "fr")).toEqual([]);
    const texts = await textsIn(teacher, "#overlay");
    for (const french of ["Nouvelle séance", "Créer la séance", "Vos séances", "Durées", "Utiliser votre propre fichier de scénario"]) expect(texts).toContain(french);
    expect(await p.textContent("[data-testid=lesson-total]")).toBe("5 min pour rejoindre + 30 min de jeu + 10 min de débriefing = 45 minutes (un cours de 45 minutes).");
    await screenshot(teacher, "classroom-fr-00-teach.png");
    teacher.check();
  });

  it("the facilitator's bar, console and recovery card are in French", async () => {
    const p = teacher.page;
    await p.fill("[data-testid=class-name]", "Seconde B");
    await p.fill("[data-testid=teacher-name]", "Mme Durand");
    await p.fill("[data-testid=lesson-turns]", "2");
    await p.locator("[data-testid=lesson-turns]").blur();
    await p.click("[data-testid=create-lesson]");
    await waitScene(teacher, "facilitator");
    matchId = (await attr(teacher, "match"))!;
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("fr");
    await until(teacher, () => p.locator("[data-testid=recovery]").count(), "the recovery card");
    expect(await untranslated(teacher, "[data-testid=recovery]", "fr")).toEqual([]);
    expect(await p.locator("[data-testid=recovery-done]").innerText()).toBe("Je l’ai gardé");
    await screenshot(teacher, "classroom-fr-01-recovery.png");
    await p.click("[data-testid=recovery-done]");
    expect(await p.locator("[data-testid=pause]").innerText()).toBe("▶ Lancer");
    expect(await p.locator("[data-testid=advance]").innerText()).toBe("Lancer la diplomatie ▸");
    await consoleInFrench(teacher, "classroom-fr-02-console");
    teacher.check();
  });

  it("the projector is in French", async () => {
    projector = await pageBeside(teacher, `${suite.server.url}?projector=${matchId}&renderer=canvas`);
    await projector.page.setViewportSize({ width: 1600, height: 900 });
    await waitScene(projector, "projector");
    const p = projector.page;
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await p.textContent(".pj-status")).toBe("On attend que l’enseignant lance la séance");
    expect(await untranslated(projector, "[data-testid=projector]", "fr", ".pj-title")).toEqual([]);
    expect(await textsIn(projector, "[data-testid=projector]")).toContain("Rejoignez avec le code");
    await screenshot(projector, "classroom-fr-03-projector.png");
    projector.check();
  });

  it("in the report of turn 1, the console and the projector are still in French", async () => {
    const p = teacher.page;
    await p.click("[data-testid=pause]");
    // The facilitator moves the match on, phase by phase, to the report of turn 1 (bots play every seat).
    await until(teacher, async () => {
      if ((await attr(teacher, "phase")) === "report") return true;
      const advance = p.locator("[data-testid=advance]:enabled");
      if ((await advance.count()) > 0) await advance.click({ timeout: 1000 }).catch(() => undefined);
      // Time for the phase to change before the next look (a second click would skip a phase).
      await p.waitForTimeout(500);
      return false;
    }, "the report phase of turn 1", 45_000);
    expect(await attr(teacher, "turn")).toBe("1");
    await consoleInFrench(teacher, "classroom-fr-04-console-report");
    await p.click("[data-fac-tab=orders]");
    expect(await p.locator("[data-testid=fac-orders] h2").innerText()).toBe("Ordres, tour 1");
    await screenshot(teacher, "classroom-fr-05-orders.png");
    await until(projector, async () => (await attr(projector, "projector-story")) === "report", "the projector's turn report");
    expect(await untranslated(projector, "[data-testid=projector]", "fr", ".pj-title")).toEqual([]);
    expect(await projector.page.locator("[data-testid=pj-story] h2").innerText()).toBe("Tour 1 : ce que le monde a vu");
    await screenshot(projector, "classroom-fr-06-projector-report.png");
    projector.check();
    teacher.check();
  });
});

/**
 * The second language in real Chromium: the lobby's switch puts the page in French, the choice
 * survives a reload, <html lang> follows it, and no English string of the UI catalog is left on
 * the lobby, the match page, the debrief or the printed report (for the parts translated so far).
 */
import { describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { command, create, waitFor } from "../server/harness";
import { attr, openPage, pageBeside, screenshot, until, waitPhase, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { englishOnly, textsIn, untranslated } from "./untranslated";

const suite = browserSuite("languages");
let tp: TestPage;

describe.sequential("the game in French", { timeout: 90_000 }, () => {
  it("the English lobby shows the English catalog (the check can fail)", async () => {
    tp = await openPage(suite.browser, `${suite.server.url}?renderer=canvas`);
    await waitScene(tp, "lobby");
    expect(await tp.page.evaluate(() => document.documentElement.lang)).toBe("en");
    const english = englishOnly("fr");
    expect(english.size).toBeGreaterThan(30);
    // In English, many of the catalog's strings are on the lobby: the comparison finds them.
    const left = await untranslated(tp, "#overlay", "fr");
    expect(left.length).toBeGreaterThan(20);
    expect(left).toContain("lobby.quickPlay: Quick play");
  });

  it("the switch puts the lobby in French, and a reload keeps it", async () => {
    const p = tp.page;
    expect(await p.getByLabel("Language").count()).toBe(1);
    await p.selectOption("[data-testid=language]", "fr");
    await until(tp, async () => (await p.locator("[data-testid=quick-play]").innerText()) === "Partie rapide", "the lobby in French");
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("fr");
    // The switch keeps focus across the redraw, and is labelled in the new language.
    expect(await p.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("language");
    expect(await p.getByLabel("Langue").count()).toBe(1);
    await p.reload();
    await waitScene(tp, "lobby");
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await p.locator("[data-testid=language]").inputValue()).toBe("fr");
    expect(await untranslated(tp, "#overlay", "fr")).toEqual([]);
    const texts = await textsIn(tp, "#overlay");
    for (const french of ["Créer une partie", "Rejoindre avec un code", "Parties ouvertes", "Partie rapide"]) expect(texts).toContain(french);
    await screenshot(tp, "languages-00-lobby-fr.png");
  });

  it("a match entered from the French lobby is in French where translated", async () => {
    const p = tp.page;
    await p.fill("[data-testid=player-name]", "Léa");
    await p.click("[data-testid=quick-play]");
    await waitScene(tp, "match");
    expect(await attr(tp, "viewer")).toBeTruthy();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await p.locator("#hud").innerText()).toMatch(/Tour 1\/\d+/);
    // The top bar (the match's name is the server's: "Quick play" is a name, not the UI's words).
    await until(tp, async () => (await p.locator("[data-testid=ready]").innerText()) === "Prêt", "the Ready button in French");
    expect(await untranslated(tp, "#hud", "fr", ".match-name")).toEqual([]);
    // The side panel's tabs, the zoom buttons and the legend.
    await p.click(".legend summary");
    expect(await p.locator(".tabs [data-tab=goals]").innerText()).toBe("Objectifs");
    expect(await untranslated(tp, ".sheet-bar, .map-controls", "fr")).toEqual([]);
    // The line that says what Ready does, and the first-match guide.
    expect(await p.locator("[data-testid=guide-ok]").innerText()).toBe("Compris");
    expect(await p.locator("[data-testid=ready-hint]").innerText()).toMatch(/^Vous êtes le seul joueur ici/);
    expect(await untranslated(tp, "[data-testid=guide], [data-testid=ready-hint]", "fr")).toEqual([]);
    // The turn's news and the Goals tab; the cards' and objectives' own words are the scenario's French.
    expect(await p.locator("[data-testid=news-dismiss]").innerText()).toBe("Fermer");
    const scenarioFr = caspianSalvo.texts!.fr!;
    expect(await p.locator("[data-testid=news]").innerText()).toContain(scenarioFr.events!["ev-air-campaign"]!.headline);
    const goals = await p.locator("[data-testid=objectives]").innerText();
    expect(Object.values(scenarioFr.objectives!).filter((t) => goals.includes(t)).length).toBeGreaterThanOrEqual(3);
    expect(caspianSalvo.objectives.filter((o) => goals.includes(o.text))).toEqual([]);
    expect(await untranslated(tp, "[data-testid=news], [data-testid=objectives]", "fr")).toEqual([]);
    await p.click("[data-testid=news-history]");
    await until(tp, () => p.locator("[data-testid=news-history-close]").count(), "the news history");
    expect(await untranslated(tp, "dialog, [role=dialog]", "fr")).toEqual([]);
    await screenshot(tp, "languages-02-news-history-fr.png");
    await p.click("[data-testid=news-history-close]");
    // "How to play": the rules in French (docs/rules.fr.md), the dialog's own words too.
    await p.click("[data-testid=open-rules]");
    await until(tp, () => p.locator("[data-testid=rules] .rules h2").count(), "the rules");
    expect(await p.locator("[data-testid=rules] .rules").innerText()).toContain("1. Le jeu en un paragraphe");
    expect(await p.locator("#rules-title").innerText()).toBe("Comment jouer : les règles");
    // Code spans are the game's own ids (a posture is `engage` in every language).
    expect(await untranslated(tp, "[data-testid=rules]", "fr", "code")).toEqual([]);
    await p.click("[data-testid=rules-close]");
    // The Chat tab, and the Report tab before the first resolution.
    await p.click(".tabs [data-tab=chat]");
    expect(await p.locator(".panel.chat h2").innerText()).toBe("Discussion");
    expect(await untranslated(tp, ".panel.chat", "fr")).toEqual([]);
    // The Diplomacy tab with a term in the composer.
    await p.click(".tabs [data-tab=diplomacy]");
    expect(await p.locator(".panel.diplomacy h2").innerText()).toBe("Diplomatie");
    await p.selectOption("[data-testid=term-kind]", "nfz");
    await p.getByRole("button", { name: "Ajouter la clause" }).click();
    await until(tp, () => p.locator("[data-term=nfz]").count(), "a no-fly-zone term in the composer");
    expect(await untranslated(tp, ".panel.diplomacy", "fr")).toEqual([]);
    await screenshot(tp, "languages-03-diplomacy-fr.png");
    // The Orders tab, with a strike being planned from the first platform.
    await p.click(".tabs [data-tab=orders]");
    expect(await p.locator(".panel.orders h2").innerText()).toBe("Ordres");
    await p.locator("[data-testid^=plan-]:enabled").first().click();
    await until(tp, () => p.locator("[data-testid=target-zone]").count(), "the strike form");
    expect(await untranslated(tp, ".panel.orders", "fr")).toEqual([]);
    await screenshot(tp, "languages-04-orders-fr.png");
    await p.keyboard.press("Escape");
    await p.click(".tabs [data-tab=report]");
    expect(await p.locator("[data-testid=report] h2").innerText()).toBe("Rapport du tour");
    expect(await untranslated(tp, "[data-testid=report]", "fr")).toEqual([]);
    await screenshot(tp, "languages-01-match-fr.png");
    tp.check();
  });

  it("a student's join page has the switch too, before the student ever saw the lobby", async () => {
    const student = await openPage(suite.browser, `${suite.server.url}?join=&renderer=canvas`);
    await waitScene(student, "join");
    expect(await student.page.locator("[data-testid=student-join-go]").innerText()).toBe("Join");
    await student.page.selectOption("[data-testid=language]", "fr");
    await until(student, async () => (await student.page.locator("[data-testid=student-join-go]").innerText()) === "Rejoindre", "the join page in French");
    expect(await student.page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await untranslated(student, "#overlay", "fr")).toEqual([]);
    expect(await textsIn(student, "#overlay")).toContain("Saisissez le code que montre votre enseignant.");
    await screenshot(student, "languages-06-join-fr.png");
    student.check();
    await student.context.close();
  });

  it("the French turn report, after Ready through a turn, is in French", async () => {
    const p = tp.page;
    // The only player: each press of Ready ends the phase, until the report of turn 1.
    await until(tp, async () => {
      if ((await attr(tp, "phase")) === "report") return true;
      const ready = p.locator("[data-testid=ready]:enabled[aria-pressed=false]");
      if ((await ready.count()) > 0) await ready.click({ timeout: 1000 }).catch(() => undefined);
      return false;
    }, "the report phase of turn 1", 45_000);
    await waitPhase(tp, "report", 1);
    await p.click(".tabs [data-tab=report]");
    await until(tp, async () => (await p.locator("[data-testid=report] h2").innerText()) === "Rapport du tour 1", "the turn 1 report");
    await until(tp, async () => (await p.locator("[data-testid=playing]").count()) === 0, "the playback over", 30_000);
    for (const summary of await p.locator("[data-testid=report] details > summary").all()) await summary.click();
    expect(await untranslated(tp, "[data-testid=report]", "fr")).toEqual([]);
    expect(await textsIn(tp, "[data-testid=report]")).toContain("Ce qui a changé pour vous");
    await screenshot(tp, "languages-05-report-fr.png");
    tp.check();
  });
  it("the debrief and the printed report of a finished match are in French", async () => {
    // A one-turn lesson the facilitator runs to its end: bots play the seats.
    const sdk = new Client(suite.server.url.replace(/\/$/, ""));
    const lesson = await create(sdk, { match: { visibility: "private", name: "Fin de partie", facilitator: true, turns: 1 } });
    await waitFor(async () => {
      if ((lesson.room.state as { status: string }).status === "ended") return true;
      await command(lesson.room, { type: "advance" });
      return false;
    }, 30_000, "the lesson ended");
    const matchId = lesson.room.roomId;
    await lesson.room.leave();

    const debrief = await pageBeside(tp, `${suite.server.url}?debrief=${matchId}&renderer=canvas`);
    await waitScene(debrief, "debrief");
    await until(debrief, async () => (await attr(debrief, "debrief")) === "ready", "the archive loaded", 15_000);
    const p = debrief.page;
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await p.locator("[data-testid=debrief] h1").innerText()).toBe("Débriefing");
    for (const tab of ["summary", "charts", "agreements", "claims", "timeline", "chat", "replay"]) {
      await p.click(`[data-debrief-tab=${tab}]`);
      expect(await untranslated(debrief, "[data-testid=debrief]", "fr"), tab).toEqual([]);
      if (tab === "summary") await screenshot(debrief, "languages-07-debrief-fr.png");
      if (tab === "claims") await screenshot(debrief, "languages-08-debrief-claims-fr.png");
    }
    const texts = await textsIn(debrief, "[data-testid=debrief]");
    for (const french of ["Comment la partie s’est terminée", "Scores et objectifs", "Questions pour la discussion", "Rapport imprimable"]) expect(texts).toContain(french);
    expect(texts).toContain("Le dernier tour (1) est terminé.");
    debrief.check();

    const report = await pageBeside(tp, `${suite.server.url}report.html?match=${matchId}`);
    await report.page.waitForSelector("body[data-report=ready]", { timeout: 15_000 });
    expect(await report.page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await untranslated(report, "body", "fr")).toEqual([]);
    expect(await report.page.title()).toMatch(/ — rapport$/);
    const printed = await textsIn(report, "body");
    for (const french of ["Imprimer ou enregistrer en PDF", "Les jauges tour par tour", "Revendications et effets observés"]) expect(printed).toContain(french);
    await report.page.setViewportSize({ width: 1000, height: 1400 });
    await screenshot(report, "languages-09-report-page-fr.png");
    report.check();
  });
});

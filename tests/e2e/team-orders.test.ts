/**
 * One team, one set of orders, in real headless Chromium: a teacher and two students on Russia.
 * Each student adds a strike from their own browser; each sees the other's, with who added it;
 * one sends, and the server holds both strikes as Russia's orders; both screens say who sent them.
 * Screenshots: tests/artifacts/team-*.png.
 */
import { describe, expect, it } from "vitest";
import { attr, joinByLink, openPage, screenshot, until, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("team-orders");
let teacher: TestPage;
const students: Record<string, TestPage> = {};
let matchId = "";

async function addStrike(tp: TestPage, zone: string): Promise<void> {
  const p = tp.page;
  await p.click("[data-tab=orders]");
  await p.click("[data-testid=plan-hmeimim]");
  await p.selectOption("[data-testid=target-zone]", zone);
  await p.selectOption("[data-testid=strike-faction]", "rebels");
  await p.fill("[data-testid=strike-units]", "4");
  await p.locator("[data-testid=strike-units]").blur();
  await p.click("[data-testid=add-strike]");
}

function strikesAt(tp: TestPage): Promise<string[]> {
  return tp.page.$$eval("[data-strike]", (rows) => rows.map((r) => `${r.getAttribute("data-strike")}:${r.querySelector("[data-testid=strike-by]")?.textContent ?? ""}`));
}

describe.sequential("a team's orders in two browsers", () => {
  it("two students on Russia edit one draft and one sends it for both", async () => {
    teacher = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, { width: 1440, height: 900 });
    await waitScene(teacher, "teach");
    await teacher.page.fill("[data-testid=class-name]", "Team orders");
    await teacher.page.fill("[data-testid=lesson-turns]", "1");
    await teacher.page.click("[data-testid=create-lesson]");
    await waitScene(teacher, "facilitator");
    matchId = (await attr(teacher, "match"))!;
    const code = (await attr(teacher, "code"))!;
    // The recovery code is shown once, at creation: the facilitator key this browser keeps.
    const recovery = (await teacher.page.textContent("[data-testid=recovery-code]"))!;
    const stored = JSON.parse((await teacher.page.evaluate(() => localStorage.getItem("overflight.facilitator.keys")))!) as { key: string }[];
    expect(recovery).toBe(stored[0]!.key);
    expect(await teacher.page.getAttribute("[data-testid=recovery-link]", "href")).toBe(`${suite.server.url}?teach#recover=${recovery}`);
    await screenshot(teacher, "team-00-recovery.png");
    await teacher.page.click("[data-testid=recovery-done]");
    // Opened on 127.0.0.1 with a server listening there only: the teacher is told students cannot use this link.
    await until(teacher, async () => ((await teacher.page.textContent("[data-testid=loopback-warning]")) ?? "").includes("HOST=0.0.0.0"), "the loopback warning");

    for (const name of ["Ann", "Ben"]) {
      const tp = await joinByLink(suite.browser, suite.server.url, code, name, { width: 1280, height: 800 });
      students[name] = tp;
      await tp.page.click("[data-testid=pick-russia]");
      await waitScene(tp, "match");
    }
    const ann = students.Ann!;
    const ben = students.Ben!;
    // Until the teacher starts, every student sees why nothing moves.
    await until(ann, () => ann.page.locator("[data-testid=pause-banner]:visible", { hasText: "Waiting for your teacher" }).count(), "the waiting banner");
    await teacher.page.click("[data-testid=pause]");
    await until(teacher, async () => (await attr(teacher, "paused")) === "false", "the lesson started");
    await until(ann, async () => (await ann.page.locator("[data-testid=pause-banner]:visible").count()) === 0, "the banner gone");

    // Ann plans a strike in her browser: Ben's screen shows it, as Ann's.
    await addStrike(ann, "idlib");
    await until(ben, async () => (await strikesAt(ben)).join() === "s1:by Ann", "Ann's strike at Ben's");
    // Ben adds his: both screens hold both, each credited.
    await addStrike(ben, "hama");
    for (const tp of [ann, ben]) await until(tp, async () => (await strikesAt(tp)).join() === "s1:by Ann,s2:by Ben", "both strikes");
    expect(await ann.page.textContent("[data-testid=team-draft]")).toContain("Ben: added strike s2");
    await screenshot(ben, "team-01-ben-draft.png");
    // The teacher's Goals tab: every power's objectives, the secret one included; role cards print one page per team.
    await teacher.page.click("[data-fac-tab=goals]");
    const goals = teacher.page.locator("[data-testid=fac-goals] [data-power]");
    expect(await goals.count()).toBe(6);
    for (let i = 0; i < 6; i++) expect(await goals.nth(i).locator('[data-secret="true"]').count()).toBe(1);
    const russiaSecret = (await teacher.page.textContent('[data-testid=fac-goals] [data-power="russia"] [data-secret="true"] .objective-text'))!.replace(/^Secret: /, "").replace(/ \(only you know this one\)$/, "");
    // The students see their own secret, no one else's.
    await ann.page.click("[data-tab=goals]");
    expect(await ann.page.textContent("[data-testid=objectives]")).toContain(russiaSecret);
    // A team prints its own role card: its page only.
    const [own] = await Promise.all([ann.context.waitForEvent("page"), ann.page.click("[data-testid=print-role-card]")]);
    await own.waitForLoadState();
    expect(await own.locator("section.card").count()).toBe(1);
    expect(await own.locator('section.card[data-power="russia"]').textContent()).toContain(russiaSecret);
    await own.close();
    const [cards] = await Promise.all([teacher.context.waitForEvent("page"), teacher.page.click("[data-testid=print-role-cards]")]);
    await cards.waitForLoadState();
    expect(await cards.locator("section.card").count()).toBe(6);
    expect(await cards.locator("section.card").first().textContent()).toContain(russiaSecret);
    await cards.setViewportSize({ width: 794, height: 1123 });
    await cards.screenshot({ path: `${process.cwd()}/tests/artifacts/team-06-role-card.png` });
    await cards.close();
    // The teacher sees the team's draft as it is written (oversight), before anything is sent.
    await teacher.page.click("[data-fac-tab=orders]");
    await until(teacher, async () => ((await teacher.page.textContent("[data-testid=fac-draft-russia]")) ?? "").includes("on Syrian rebels in Hama"), "Russia's draft at the teacher's");
    expect(await teacher.page.textContent("[data-testid=fac-draft-russia]")).toContain("not sent");

    // The orders phase; Ben sends: Russia's orders on the server are both strikes.
    for (const phase of ["diplomacy", "orders"]) {
      await teacher.page.click("[data-testid=advance]");
      await until(ann, async () => (await attr(ann, "phase")) === phase, `phase ${phase}`);
    }
    await ben.page.click("[data-tab=orders]");
    await ben.page.click("[data-testid=send-orders]");
    const session = suite.server.app.services.registry.get(matchId)!;
    await until(ben, () => (session.state.orders.russia?.strikes.length === 2 ? true : undefined), "Russia's orders on the server");
    expect(session.state.orders.russia!.strikes.map((s) => s.zone)).toEqual(["idlib", "hama"]);
    for (const tp of [ann, ben]) await until(tp, async () => (await tp.page.textContent("[data-testid=orders-status]"))?.startsWith("Sent by Ben at"), "sent by Ben");
    const sent = session.commands.filter((c) => c.actor === "russia" && c.command.type === "orders");
    expect(sent.map((c) => c.by?.name)).toEqual(["Ben"]);
    expect(sent[0]!.by!.parts!.map((p) => p.name).sort()).toEqual(["Ann", "Ben"]);
    // Sending changes nothing in the draft: it is sent as it stands.
    expect(session.team.draft("russia").changes.map((c) => c.what)).toEqual(["strikeAdded s1", "strikeAdded s2"]);
    await screenshot(ann, "team-02-ann-sent-by-ben.png");
    await until(teacher, async () => ((await teacher.page.textContent("[data-testid=fac-draft-russia]")) ?? "").includes("sent by Ben"), "sent by Ben at the teacher's");
    // Two minutes left: the teacher may take one off (with less than one left the button is disabled, and the server refuses it).
    expect(await teacher.page.isDisabled("[data-testid=shorten]")).toBe(false);
    await screenshot(teacher, "team-03-teacher-drafts.png");

    // A pause is a banner on every student's screen.
    await teacher.page.click("[data-testid=pause]");
    for (const tp of [ann, ben]) await until(tp, () => tp.page.locator("[data-testid=pause-banner]:visible", { hasText: "Paused by your teacher" }).count(), "the pause banner");
    await screenshot(ann, "team-04-paused.png");
    await teacher.page.click("[data-testid=pause]");

    // The teacher's browser is lost: on another device (a fresh profile) the recovery code opens the console.
    const elsewhere = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, { width: 1280, height: 800 });
    await waitScene(elsewhere, "teach");
    await elsewhere.page.click(".recovery-form summary");
    await elsewhere.page.fill("[data-testid=recovery-input]", recovery);
    await elsewhere.page.click("[data-testid=recovery-go]");
    await waitScene(elsewhere, "facilitator");
    expect(await attr(elsewhere, "match")).toBe(matchId);
    // It is the facilitator there: the clock obeys it.
    await elsewhere.page.click("[data-testid=extend]");
    // A code that opens nothing says so.
    const wrong = await openPage(suite.browser, `${suite.server.url}?teach#recover=f_notarealkeyatall000`, { width: 1280, height: 800 });
    await waitScene(wrong, "teach");
    await until(wrong, async () => (await wrong.page.textContent("[data-testid=recovery-note]"))?.includes("opens no lesson"), "the refusal");
    await wrong.page.close();
    await elsewhere.page.close();

    // The teacher wants a majority of each team: Ann's ready alone does not end the phase for Russia; Ben's too does.
    await teacher.page.click("[data-fac-tab=class]");
    await teacher.page.selectOption("[data-testid=ready-rule]", "majority");
    await until(ben, async () => ((await ben.page.textContent("[data-testid=team-ready]")) ?? "").includes("more than half of you"), "the rule told to the team");
    await ann.page.click("[data-testid=ready]");
    await until(ben, async () => ((await ben.page.textContent("[data-testid=team-ready]")) ?? "").startsWith("Ready: Ann"), "Ann ready at Ben's");
    await new Promise((r) => setTimeout(r, 300));
    expect(session.state.powers.russia!.ready).toBe(false);
    expect(session.state.phase).toBe("orders");
    await screenshot(ben, "team-05-majority.png");
    await ben.page.click("[data-testid=ready]");
    await until(teacher, () => (session.state.powers.russia!.ready || session.state.phase !== "orders" ? true : undefined), "Russia ready");
  }, 120_000);
});

/**
 * A teacher's own scenario file on the teacher's page, in real headless Chromium against the real
 * server: the Scenario select lists the server's scenarios; a bad file has every error the server finds listed (announced) and Create disabled; the
 * example file (docs/examples/short-salvo.json) shows its name and turns and enables Create; the
 * lesson is created from it, a student joins by the link and plays the file's scenario (escalation
 * starts at the file's 3, not the base's 2); the facilitator ends the lesson and both debriefs open.
 * Screenshots go to tests/artifacts/custom-*.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { customScenarioId } from "../../shared/scenario/file";
import type { ScenarioFile } from "../../shared/scenario/file";
import { attr, joinByLink, openPage, ROOT, screenshot, until, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("custom-scenario");
const EXAMPLE = readFileSync(join(ROOT, "docs/examples/short-salvo.json"));
const example = JSON.parse(EXAMPLE.toString("utf8")) as ScenarioFile;
const bad = { ...example, lessonTurns: 0, zones: [{ id: "aleppo", strength: { rebels: -5 } }] };
let teacher: TestPage;
let student: TestPage;
let code = "";

const pick = (name: string, buffer: Buffer) => teacher.page.setInputFiles("[data-testid=scenario-file]", { name, mimeType: "application/json", buffer });
const createButton = () => teacher.page.locator("[data-testid=create-lesson]");

describe.sequential("a teacher's own scenario file", () => {
  it("lists every error of a bad file and keeps Create disabled", async () => {
    teacher = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, { width: 1440, height: 900 });
    await waitScene(teacher, "teach");
    const p = teacher.page;
    // The Scenario select lists the server's scenarios, the first chosen, with its powers shown and offered as bot seats.
    const listed = ((await (await fetch(`${suite.server.url}api/scenarios`)).json()) as { scenarios: { id: string; powers: { id: string }[] }[] }).scenarios;
    expect(listed.length).toBeGreaterThanOrEqual(1);
    const first = listed[0]!;
    const scenarioSelect = p.getByLabel("Scenario", { exact: true });
    await until(teacher, async () => (await scenarioSelect.locator("option").count()) === listed.length && (await p.locator("[data-testid=scenario-picker] [role=status]").count()) === 0, "the scenarios listed");
    expect(await scenarioSelect.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(listed.map((s) => s.id));
    expect(await scenarioSelect.inputValue()).toBe(first.id);
    expect(await p.locator("[data-testid=scenario-powers] li").evaluateAll((ls) => ls.map((l) => l.getAttribute("data-power")))).toEqual(first.powers.map((x) => x.id));
    expect(await p.locator("[data-testid^=reserve-]").evaluateAll((bs) => bs.map((b) => b.getAttribute("data-testid")))).toEqual(first.powers.map((x) => `reserve-${x.id}`));
    expect(await p.locator("[data-testid=scenario-list-error]").count()).toBe(0);
    await p.click(".own-scenario summary");
    // The input is labelled: found by its label, as a screen reader names it.
    expect(await p.getByLabel("Scenario file (JSON)").count()).toBe(1);

    // What the server says of the bad file is what the page lists, every line of it.
    const checked = await fetch(`${suite.server.url}api/scenarios/check`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bad) });
    const errors = ((await checked.json()) as { errors: string[] }).errors;
    expect(errors.length).toBeGreaterThanOrEqual(2);
    await pick("bad.json", Buffer.from(JSON.stringify(bad)));
    // (until takes 0 for an answer: wait for a count above it.)
    await until(teacher, async () => (await p.locator("[data-testid=scenario-errors] li").count()) > 0, "the errors listed");
    expect(await p.locator("[data-testid=scenario-errors] li").allTextContents()).toEqual(errors);
    expect(await p.locator("[data-testid=scenario-status] [role=alert]").count()).toBe(1);
    expect(await createButton().isDisabled()).toBe(true);
    // The lesson would still be the shipped scenario: the page says so.
    expect(await p.textContent("[data-testid=scenario-about]")).toMatch(/^Caspian Salvo, /);
    await screenshot(teacher, "custom-01-bad-file.png");

    // Not JSON at all: said so, still disabled.
    await pick("broken.json", Buffer.from("{ \"format\": 1,"));
    await until(teacher, async () => (await p.textContent("[data-testid=scenario-errors]"))?.includes("not JSON"), "not JSON");
    expect(await createButton().isDisabled()).toBe(true);
  });

  it("shows the example file's name and turns, and creates the lesson from it", async () => {
    const p = teacher.page;
    await pick("short-salvo.json", EXAMPLE);
    const loaded = await until(teacher, () => p.textContent("[data-testid=scenario-loaded]"), "the file loaded");
    expect(loaded).toContain(example.name);
    expect(loaded).toContain(`${example.lessonTurns} turns`);
    expect(await p.locator("[data-testid=scenario-errors]").count()).toBe(0);
    expect(await p.textContent("[data-testid=scenario-about]")).toContain(example.summary!);
    expect(await p.inputValue("[data-testid=lesson-turns]")).toBe(String(example.lessonTurns));
    // The file decides the scenario: the select says so and is out of use.
    expect(await p.locator("[data-testid=scenario-overridden]").count()).toBe(1);
    expect(await p.locator("[data-testid=scenario-select]").isDisabled()).toBe(true);
    expect(await createButton().isDisabled()).toBe(false);
    await p.fill("[data-testid=class-name]", "Year 10 own scenario");
    await p.fill("[data-testid=teacher-name]", "Mr Ode");
    await screenshot(teacher, "custom-02-good-file.png");
    await p.click("[data-testid=create-lesson]");
    await waitScene(teacher, "facilitator");
    code = (await attr(teacher, "code"))!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    const matchId = (await attr(teacher, "match"))!;
    const scenario = (await (await fetch(`${suite.server.url}api/matches/${matchId}/scenario`)).json()) as { scenarioId: string; file: unknown };
    expect(scenario).toEqual({ scenarioId: customScenarioId(example), file: example });
  });

  it("a student joins by the link and plays the file's scenario", async () => {
    student = await joinByLink(suite.browser, suite.server.url, code, "Ann");
    await student.page.click("[data-testid=pick-russia]");
    await waitScene(student, "match");
    expect(await attr(student, "viewer")).toBe("russia");
    // The file starts escalation at 3 (Caspian Salvo: 2).
    const escalation = await until(student, () => student.page.textContent(".escalation .value"), "the escalation meter");
    expect(escalation).toMatch(/^3\//);
    // The turn's news is the file's own card.
    await until(student, async () => (await student.page.textContent("[data-testid=news]"))?.includes(example.events![0]!.headline), "the file's news card");
    await screenshot(student, "custom-03-student-match.png");
  });

  it("the facilitator ends the lesson; the debriefs open", async () => {
    const p = teacher.page;
    await p.click("[data-testid=pause]");
    await until(teacher, async () => (await attr(teacher, "paused")) === "false", "running");
    // End is armed by the first click and done by the second.
    await p.click("[data-testid=end-match]");
    await p.click("[data-testid=end-match]");
    await until(teacher, async () => (await attr(teacher, "status")) === "ended", "the end", 20_000);
    await p.click("[data-testid=open-debrief]");
    await waitScene(teacher, "debrief");
    await until(teacher, async () => (await attr(teacher, "debrief")) === "ready", "the archive loaded", 15_000);
    expect(await p.textContent("body")).toContain(example.name);
    await screenshot(teacher, "custom-04-debrief.png");
    await waitScene(student, "debrief", 20_000);
    await until(student, async () => (await attr(student, "debrief")) === "ready", "Ann's debrief");
    await screenshot(student, "custom-05-student-debrief.png");
    teacher.check();
    student.check();
  });
});

/**
 * A whole lesson in real headless Chromium against the real server (real bots): the facilitator
 * creates a lesson from the teacher's page and gets a code, a link and a QR code; the projector
 * opens; three students join by the link: two pick Russia (one team), one waits and is assigned
 * Iran; bots take the other seats. The facilitator starts, pauses, injects a written event and a
 * card from the deck, broadcasts, and a student's try at facilitator controls is refused; the
 * facilitator moves the match through both turns to its end, opens the debrief (charts drawn),
 * replays a turn on the map, downloads the CSV and the JSON and checks them, and prints the report.
 * Screenshots go to tests/artifacts/lesson-*.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../shared/protocol";
import { ARTIFACTS, attr, joinByLink, openPage, screenshot, until, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

let teacher: TestPage;
let projector: TestPage;
const students: Record<string, TestPage> = {};
let matchId = "";
let code = "";
const suite = browserSuite("lesson");

/** Counts the pixels a canvas has drawn (alpha > 0), for each chart canvas on the page. */
async function chartPixels(tp: TestPage): Promise<number[]> {
  return tp.page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>("canvas[data-chart]")].map((c) => {
      const ctx = c.getContext("2d");
      if (!ctx || c.width === 0 || c.height === 0) return 0;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    }),
  );
}

async function facilitatorPhase(): Promise<string> {
  return `${await attr(teacher, "turn")}:${await attr(teacher, "phase")}:${await attr(teacher, "status")}`;
}

describe.sequential("a lesson", () => {
  it("the facilitator creates a lesson and gets a code, a link and a QR code", async () => {
    teacher = await openPage(suite.browser, `${suite.server.url}?teach&renderer=canvas`, { width: 1440, height: 900 });
    await waitScene(teacher, "teach");
    const p = teacher.page;
    await p.fill("[data-testid=class-name]", "Year 11 crisis lab");
    await p.fill("[data-testid=teacher-name]", "Ms Kaya");
    // The default is the 45-minute lesson: 6 turns of 5 minutes, with 5 to join and 10 to debrief.
    expect(await p.inputValue("[data-testid=lesson-profile]")).toBe("lesson45");
    expect(await p.textContent("[data-testid=lesson-total]")).toBe("5 min to join + 30 min of play + 10 min of debrief = 45 minutes (a 45-minute period).");
    await p.selectOption("[data-testid=lesson-profile]", "lesson60");
    expect(await p.textContent("[data-testid=lesson-total]")).toBe("5 min to join + 45 min of play + 10 min of debrief = 60 minutes (a 60-minute period).");
    await p.selectOption("[data-testid=lesson-profile]", "lesson45");
    await p.fill("[data-testid=lesson-turns]", "2");
    await p.locator("[data-testid=lesson-turns]").blur();
    expect(await p.textContent("[data-testid=lesson-minutes]")).toContain("At most 10 minutes");
    await p.click("[data-testid=create-lesson]");
    await waitScene(teacher, "facilitator");
    suite.mark("facilitator");
    matchId = (await attr(teacher, "match"))!;
    code = (await attr(teacher, "code"))!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(await attr(teacher, "paused")).toBe("true");
    const link = await p.getAttribute("[data-testid=join-link]", "href");
    expect(link).toBe(`${suite.server.url}?join=${code}`);
    await until(teacher, () => p.getAttribute("[data-testid=join-qr]", "data-ready"), "the QR code");
    // The facilitator key is kept in this browser, for refreshes and the archive.
    const keys = JSON.parse((await p.evaluate(() => localStorage.getItem("overflight.facilitator.keys")))!) as { matchId: string; key: string }[];
    expect(keys[0]).toMatchObject({ matchId, key: expect.stringMatching(/^f_/) });
  });

  it("the projector shows the public map with the code, the QR code and the clock", async () => {
    projector = await openPage(suite.browser, `${suite.server.url}?projector=${matchId}&renderer=canvas`, { width: 1600, height: 900 });
    await waitScene(projector, "projector");
    suite.mark("projector");
    expect(await projector.page.textContent("[data-testid=pj-code]")).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
    await until(projector, () => projector.page.getAttribute("[data-testid=pj-qr]", "data-ready"), "the projector's QR code");
    expect(await projector.page.textContent(".pj-status")).toContain("Waiting for the teacher to start");
  });

  it("three students join by the link: two on Russia, one waits and is assigned Iran; bots fill the rest", async () => {
    const join = async (name: string, pick: string | null) => {
      const tp = await joinByLink(suite.browser, suite.server.url, code, name);
      students[name] = tp;
      if (pick) await tp.page.click(`[data-testid=pick-${pick}]`);
      return tp;
    };
    const ann = await join("Ann", "russia");
    await waitScene(ann, "match");
    expect(await attr(ann, "viewer")).toBe("russia");
    const ben = await join("Ben", "russia");
    await waitScene(ben, "match");
    expect(await attr(ben, "viewer")).toBe("russia");
    const cem = await join("Cem", null);
    suite.mark("studentsIn");

    // Cem waits in the facilitator's roster; the facilitator assigns Iran.
    const p = teacher.page;
    await until(teacher, () => p.locator('[data-testid=waiting] [data-name="Cem"]').count(), "Cem waiting");
    await screenshot(cem, "lesson-02-student-waiting.png");
    await p.selectOption("[data-testid=assign-power-Cem]", "iran");
    await p.click("[data-testid=assign-Cem]");
    await waitScene(cem, "match");
    expect(await attr(cem, "viewer")).toBe("iran");
    // Cem's key is in Cem's browser: a refresh keeps the seat.
    const stored = JSON.parse((await cem.page.evaluate((id) => localStorage.getItem(`overflight.seat.${id}`), matchId))!) as { seatKey?: string };
    expect(stored.seatKey).toMatch(/^s_/);
    // Students are told the facilitator reads their negotiations.
    await cem.page.click("[data-tab=chat]");
    expect(await cem.page.textContent("[data-testid=oversight-notice]")).toContain("facilitator can read every channel");

    await until(teacher, async () => (await p.textContent("[data-testid=roster-summary]"))?.startsWith("3 students in 2 teams"), "the roster: 3 students in 2 teams");
    await p.click("[data-testid=fill-bots]");
    await until(teacher, () => p.locator('[data-power="usa"] [data-testid=open-usa]').count(), "USA kept for a bot");
    await until(projector, async () => (await projector.page.textContent('.pj-teams [data-power="russia"]'))?.includes("Ann, Ben"), "the teams on the projector");
    await screenshot(teacher, "lesson-01-facilitator-roster.png");
  });

  it("the facilitator starts and pauses; every screen shows it", async () => {
    // A refresh brings the facilitator back to the console (the key is kept in the browser).
    await teacher.page.reload();
    await waitScene(teacher, "facilitator");
    await until(teacher, async () => (await teacher.page.textContent("[data-testid=roster-summary]"))?.startsWith("3 students in 2 teams"), "the roster after a refresh");
    const p = teacher.page;
    await p.click("[data-testid=pause]");
    await until(teacher, async () => (await attr(teacher, "paused")) === "false", "running");
    await until(students.Ann!, async () => Number(await attr(students.Ann!, "time-left")) > 0, "Ann's clock running");
    await p.click("[data-testid=pause]");
    await until(teacher, async () => (await attr(teacher, "paused")) === "true", "paused");
    await until(projector, async () => (await projector.page.textContent(".pj-status"))?.includes("Paused by the teacher"), "paused on the projector");
    await until(students.Ann!, () => students.Ann!.page.evaluate(() => document.querySelector("[data-testid=timer]")?.getAttribute("title")?.includes("Paused by the facilitator")), "paused at Ann's");
  });

  it("the facilitator injects a written event and a deck card, and broadcasts", async () => {
    const p = teacher.page;
    await p.click("[data-fac-tab=inject]");
    await p.fill("[data-testid=inject-headline]", "Aid convoy attacked near Azaz");
    await p.fill("[data-testid=inject-text]", "Nobody claims it; Ankara blames Damascus.");
    await p.selectOption("[data-testid=effect-kind]", "escalation");
    await p.fill("[data-testid=effect-delta]", "1");
    await p.locator("[data-testid=effect-delta]").blur();
    await p.click("[data-testid=effect-add]");
    await p.click("[data-testid=inject-send]");
    await p.click("[data-testid=play-ev-missiles-in-iran]");
    // The latest news on the projector; both as breaking news in the students' news box.
    await until(projector, async () => (await projector.page.textContent("[data-testid=pj-news]"))?.includes("Russian cruise missiles crashed in Iran"), "the card on the projector");
    for (const headline of ["Aid convoy attacked near Azaz", "Russian cruise missiles crashed in Iran"]) {
      await until(students.Cem!, () => students.Cem!.page.locator("[data-testid=news]", { hasText: headline }).count(), `"${headline}" at Cem's`);
    }

    await p.fill("[data-testid=broadcast-text]", "Ten minutes to agree on overflight.");
    await p.click("[data-testid=broadcast-send]");
    await until(students.Ann!, () => students.Ann!.page.locator(".toast", { hasText: "Ten minutes to agree on overflight." }).count(), "the broadcast at Ann's");
    await until(projector, async () => (await projector.page.textContent("[data-testid=pj-banner]"))?.includes("Ten minutes to agree"), "the broadcast on the projector");
    await screenshot(projector, "lesson-03-projector.png");
    await screenshot(students.Ann!, "lesson-03b-student-broadcast.png");
    await screenshot(teacher, "lesson-04-facilitator-inject.png");
  });

  it("a student's facilitator actions are refused", async () => {
    const ann = students.Ann!;
    // The page has no imports of its own: the protocol's names go in as an argument.
    const answers = await ann.page.evaluate(async (m) => {
      const game = window.__overflight.game as { registry: { get(k: string): { conn: { request(t: string, p: unknown): Promise<{ ok: boolean; code?: string }>; command(b: unknown): Promise<{ ok: boolean; code?: string }> } } } };
      const conn = game.registry.get("app").conn;
      return [
        await conn.request(m.pause, { paused: false }),
        await conn.request(m.extend, { seconds: 600 }),
        await conn.request(m.broadcast, { to: "all", text: "No school today" }),
        await conn.request(m.bots, { powers: ["iran"], reserved: true }),
        await conn.request(m.roster, {}),
        await conn.command({ type: "advance" }),
        await conn.command({ type: "end" }),
        await conn.command({ type: "inject", card: { cardId: "ev-civilian-toll" }, to: null }),
      ].map((a) => a.code);
    }, MESSAGES);
    expect(answers).toEqual(Array(8).fill("seat/not_facilitator"));
    // The refusal is shown to the student, and nothing changed.
    await until(ann, () => ann.page.locator(".toast-error").count(), "an error toast");
    expect(await attr(teacher, "paused")).toBe("true");
    expect(await facilitatorPhase()).toBe("1:briefing:running");
  });

  it("the facilitator reads the students' private chat", async () => {
    const whisper = "Iran, let our missiles through and we back you in Vienna.";
    const sent = await students.Ann!.page.evaluate(async (text) => {
      const game = window.__overflight.game as { registry: { get(k: string): { conn: { chat(to: string[], t: string): Promise<{ ok: boolean }> } } } };
      return game.registry.get("app").conn.chat(["iran"], text);
    }, whisper);
    expect(sent.ok).toBe(true);
    const p = teacher.page;
    await p.click("[data-fac-tab=chat]");
    await until(teacher, () => p.locator('[data-channel="russia+iran"]').count(), "the private channel at the facilitator's");
    await p.click('[data-channel="russia+iran"]');
    await until(teacher, () => p.locator("[data-testid=chat-messages]", { hasText: whisper }).count(), "the private message at the facilitator's");
    await screenshot(teacher, "lesson-04b-facilitator-chat.png");
    // Not on the projector (public only).
    expect(await projector.page.evaluate((t) => document.body.textContent?.includes(t), whisper)).toBe(false);
  });

  it("the facilitator advances every phase to the end; the map replays the flights", async () => {
    const p = teacher.page;
    await p.click("[data-fac-tab=deals]");
    const expected = ["1:diplomacy", "1:orders", "1:report", "2:briefing", "2:diplomacy", "2:orders", "2:report"];
    for (const next of expected) {
      await p.click("[data-testid=advance]");
      await until(teacher, async () => (await facilitatorPhase()).startsWith(`${next}:`), `phase ${next}`, 20_000);
      if (next === "1:report") {
        await p.click("[data-fac-tab=orders]");
        await until(teacher, () => p.locator('[data-testid=fac-orders] [data-power="usa"]').count(), "the locked orders");
        await until(teacher, () => p.evaluate(() => (window.__overflight.playback?.flights ?? 0) > 0), "flights replayed at the facilitator's", 8000).catch(() => undefined);
        await screenshot(teacher, "lesson-05-facilitator-report.png");
        // The projector tells the room what the world saw this turn, in large type.
        await until(projector, async () => ((await projector.page.textContent("[data-testid=pj-story]")) ?? "").includes("Turn 1: what the world saw"), "the report on the projector");
        await screenshot(projector, "lesson-06-projector-report.png");
        await p.click("[data-fac-tab=log]");
      }
    }
    await p.click("[data-testid=advance]");
    await until(teacher, async () => (await attr(teacher, "status")) === "ended", "the end", 20_000);
    // The projector's end: the results and the key moments; the join code is gone.
    await until(projector, () => projector.page.locator("[data-testid=pj-results] li").count().then((n) => n === 6), "the results on the projector");
    expect(await projector.page.isVisible("[data-testid=pj-join]")).toBe(false);
    expect(await projector.page.isVisible("[data-testid=pj-code]")).toBe(false);
    await screenshot(projector, "lesson-06b-projector-results.png");
    suite.mark("ended");
  });

  it("opens the debrief: charts drawn, agreements, claims, scores, map replay", async () => {
    const p = teacher.page;
    await p.click("[data-testid=open-debrief]");
    await waitScene(teacher, "debrief");
    await until(teacher, async () => (await attr(teacher, "debrief")) === "ready", "the archive loaded", 15_000);
    suite.mark("debrief");
    expect(await p.locator("[data-testid=scores] li[data-power]").count()).toBe(6);
    expect(await p.locator("[data-testid=scores] [data-objective]").count()).toBeGreaterThan(12);
    await screenshot(teacher, "lesson-07-debrief-summary.png");
    await p.click("[data-debrief-tab=charts]");
    const charts = Number(await attr(teacher, "charts"));
    expect(charts).toBeGreaterThanOrEqual(4 + 5 + 2);
    const pixels = await until(teacher, async () => {
      const px = await chartPixels(teacher);
      return px.length === charts && px.every((n) => n > 2000) ? px : undefined;
    }, "every chart drawn");
    suite.metrics.chartPixelsMin = Math.min(...pixels);
    await screenshot(teacher, "lesson-08-debrief-charts.png");
    await p.click("[data-debrief-tab=timeline]");
    expect(await p.textContent("[data-section=timeline]")).toContain("Aid convoy attacked near Azaz");
    await p.click("[data-debrief-tab=chat]");
    expect(await p.textContent("[data-section=chat]")).toContain("Ten minutes to agree on overflight.");
    await p.click("[data-debrief-tab=replay]");
    const turns = await p.locator("[data-replay-turn]").count();
    if (turns > 0) {
      await p.locator("[data-replay-turn]").first().click();
      await until(teacher, () => p.evaluate(() => window.__overflight.playback?.playing === true), "the replay playing", 5000);
      await new Promise((r) => setTimeout(r, 1200));
      await screenshot(teacher, "lesson-09-debrief-replay.png");
    }
    suite.metrics.replayTurns = turns;

    // The students' screens move on to their own debrief.
    await waitScene(students.Ann!, "debrief", 20_000);
    await until(students.Ann!, async () => (await attr(students.Ann!, "debrief")) === "ready", "Ann's debrief");
    expect(await students.Ann!.page.locator('[data-testid=scores] li[data-power="russia"]').count()).toBe(1);
    // Her debrief has her team's private talks (her whisper to Iran), though not everyone's.
    await students.Ann!.page.click("[data-debrief-tab=chat]");
    expect(await students.Ann!.page.textContent("[data-section=chat]")).toContain("let our missiles through");
  });

  // Two PDFs and a page reload: more than the default 30 s on a busy machine.
  it("downloads the CSV and the JSON, prints the report, and keeps the lesson in the teacher's list", { timeout: 90_000 }, async () => {
    const p = teacher.page;
    const [csvDownload] = await Promise.all([p.waitForEvent("download"), p.click("[data-testid=export-csv]")]);
    expect(csvDownload.suggestedFilename()).toMatch(/^overflight-year-11-crisis-lab-.*\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("record,seq,turn,phase,at,actor,student,kind,to,text,data");
    // Every row has its time; the facilitator's copy names the student behind each command.
    expect(lines.slice(1).every((l) => /^[a-z]+,\d+,\d+,[a-z]+,\d{4}-/.test(l))).toBe(true);
    expect(csv).toContain("Inject: Aid convoy attacked near Azaz.");
    expect(csv).toMatch(/\ncommand,\d+,1,briefing,[^,]+,facilitator,,inject,/);
    // The link carries a token, never the facilitator key.
    const key = JSON.parse((await p.evaluate(() => localStorage.getItem("overflight.facilitator.keys")))!)[0].key as string;
    for (const link of await p.$$eval("[data-testid=exports] a", (as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(link).not.toContain(encodeURIComponent(key));
    const [studentsDownload] = await Promise.all([p.waitForEvent("download"), p.click("[data-testid=export-students]")]);
    const studentRows = readFileSync((await studentsDownload.path())!, "utf8").trim().split("\r\n");
    expect(studentRows[0]).toMatch(/^student,student id,power,team,commands,orders sent,/);
    expect(studentRows.slice(1).map((l) => l.split(",").slice(0, 3).filter((_, i) => i !== 1).join(":")).sort()).toEqual(["Ann:russia", "Ben:russia", "Cem:iran"]);
    expect(csv).toContain("Ten minutes to agree on overflight.");
    expect(lines.some((l) => l.startsWith("event,") && l.includes(",matchEnded,"))).toBe(true);
    suite.metrics.csvLines = lines.length;

    const [jsonDownload] = await Promise.all([p.waitForEvent("download"), p.click("[data-testid=export-json]")]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8")) as {
      id: string;
      seats: { power: string; players: string[] }[];
      final: { history: unknown[]; status: string };
      scoring: { details: Record<string, unknown[]> };
      commands: { actor: string; command: { type: string } }[];
    };
    expect(json.id).toBe(matchId);
    expect(json.final.status).toBe("ended");
    expect(json.final.history.length).toBe(3);
    expect(json.seats.find((s) => s.power === "russia")!.players).toEqual(["Ann", "Ben"]);
    expect(json.seats.find((s) => s.power === "iran")!.players).toEqual(["Cem"]);
    expect(Object.keys(json.scoring.details)).toHaveLength(6);
    expect(json.commands.filter((c) => c.actor === "facilitator").map((c) => c.command.type)).toEqual(["inject", "inject", ...Array(8).fill("advance")]);
    suite.metrics.jsonKB = Math.round(readFileSync((await jsonDownload.path())!).length / 1024);

    // The printable report: light, every section, charts drawn; printed to PDF by Chromium.
    const report = await teacher.context.newPage();
    report.on("pageerror", (e) => teacher.errors.push(e));
    await report.goto(`${suite.server.url}report.html?match=${matchId}`);
    await report.waitForSelector("body[data-report=ready]", { timeout: 15_000 });
    expect(Number(await report.getAttribute("body", "data-charts"))).toBeGreaterThanOrEqual(11);
    // A handout by default, even from the teacher's browser: no private chat until the teacher ticks it.
    const whisper = "let our missiles through";
    expect(await report.textContent("[data-section=chat]")).not.toContain(whisper);
    expect(await report.locator("[data-section=discussion] li").count()).toBeGreaterThanOrEqual(3);
    await report.check("[data-testid=include-private]");
    await report.waitForSelector("body[data-private=true]");
    expect(await report.textContent("[data-section=chat]")).toContain(whisper);
    await report.uncheck("[data-testid=include-private]");
    await report.waitForSelector("body[data-private=false]");
    await report.setViewportSize({ width: 1000, height: 1400 });
    await report.screenshot({ path: join(ARTIFACTS, "lesson-10-report.png") });
    await report.emulateMedia({ media: "print" });
    await report.setViewportSize({ width: 794, height: 1123 });
    await report.screenshot({ path: join(ARTIFACTS, "lesson-11-report-print.png"), fullPage: true });
    const pdf = await report.pdf({ path: join(ARTIFACTS, "lesson-report.pdf"), format: "A4", printBackground: true });
    suite.metrics.reportPdfKB = Math.round(pdf.length / 1024);
    suite.metrics.reportPdfPages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(suite.metrics.reportPdfPages).toBeGreaterThanOrEqual(2);
    // US Letter too: the page size is the printer's.
    const letter = await report.pdf({ path: join(ARTIFACTS, "lesson-report-letter.pdf"), format: "Letter", printBackground: true });
    suite.metrics.reportLetterPages = (letter.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    await report.close();

    // The finished lesson stays in the teacher's list, with its debrief.
    await teacher.page.goto(`${suite.server.url}?teach&renderer=canvas`);
    await waitScene(teacher, "teach");
    const item = teacher.page.locator(`[data-testid=my-classes] [data-match="${matchId}"]`);
    await until(teacher, () => item.count(), "the lesson in the teacher's list");
    expect(await item.textContent()).toContain("Finished");
    await teacher.page.click(`[data-testid=debrief-${matchId}]`);
    await waitScene(teacher, "debrief");
    await until(teacher, async () => (await attr(teacher, "debrief")) === "ready", "the debrief from the list");
    await teacher.page.click("[data-debrief-tab=chat]");
    expect(await teacher.page.textContent("[data-section=chat]")).toContain("Ten minutes to agree on overflight.");
    teacher.check();
    for (const s of Object.values(students)) s.check();
    projector.check();
    suite.mark("done");
  });
});

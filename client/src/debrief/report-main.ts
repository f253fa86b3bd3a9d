/**
 * The printable report of a finished match (report.html?match=<id>): every debrief section on one
 * light page that prints cleanly to PDF (print CSS: A4, charts two by two, no buttons). No
 * Phaser: it loads fast and prints anywhere. `&print=1` opens the print dialog once drawn.
 * It is a handout: student-safe by default (public chat only, or a student's own team's talks);
 * the teacher may tick "include private chat" for their own copy. Questions for discussion
 * come from what happened in this match.
 */
import { getScenario } from "../../../shared/scenario";
import { chartSpecs } from "../model/debrief-model";
import { FacilitatorKeys } from "../model/facilitator-keys";
import { chooseServer } from "../net/origin";
import { button, fill, h } from "../ui/dom";
import { exportLinks, exportToken, fetchArchive } from "./archive-api";
import { drawCharts } from "./charts";
import { agreementsSection, chatSection, claimsSection, scoresSection, summarySection, teamsLine, timelineSection } from "./sections";
import { discussionSection } from "./discussion";
import { SeatStore } from "../net/seat-store";
import { applyLanguage, language, loadLanguage } from "../lang/language";
import { ui } from "../lang/ui";
import "./debrief.css";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  applyLanguage();
  await loadLanguage(language());
  const t = ui().printed;
  const root = document.getElementById("report")!;
  const params = new URLSearchParams(location.search);
  const matchId = params.get("match");
  if (!matchId) {
    fill(root, h("h1", {}, t.title), h("p", {}, t.noMatch));
    return;
  }
  const base = await chooseServer(location);
  const key = new FacilitatorKeys(storage()).keyFor(matchId);
  let archive;
  const seatKey = new SeatStore(storage()).get(matchId)?.seatKey ?? null;
  try {
    // What a student may see, even from the teacher's browser: private chat only on request.
    archive = await fetchArchive(base, matchId, null, seatKey);
  } catch (e) {
    fill(root, h("h1", {}, t.title), h("p", {}, (e as Error).message));
    document.body.setAttribute("data-report", "error");
    return;
  }
  const scenario = getScenario(archive.setup.scenarioId);
  const links = exportLinks(base, archive.id, await exportToken(base, archive.id, key));
  document.title = t.docTitle(archive.name);
  const d = ui().debrief;
  const charts = h("div", { class: "charts-grid", "data-testid": "charts" });
  fill(
    root,
    h("h1", {}, t.heading(archive.name)),
    h("p", {}, t.intro(scenario.name, scenario.date, archive.id)),
    h("p", { class: "small" }, teamsLine(archive, scenario)),
    h(
      "div",
      { class: "toolbar" },
      button(t.print, () => window.print(), { "data-testid": "print" }),
      h("a", { class: "button", href: links.csv, download: "" }, d.csvLog),
      h("a", { class: "button", href: links.tracksCsv, download: "" }, d.csvTracks),
      h("a", { class: "button", href: links.scoresCsv, download: "" }, d.csvScores),
      links.studentsCsv ? h("a", { class: "button", href: links.studentsCsv, download: "" }, d.csvStudents) : null,
      h("a", { class: "button", href: links.json, download: "" }, "JSON"),
      key ? privateToggle(base, matchId, key, scenario) : null,
    ),
    summarySection(archive, scenario),
    scoresSection(archive, scenario),
    h("section", { class: "debrief-section", "data-section": "charts" }, h("h2", {}, t.tracksTitle), charts),
    agreementsSection(archive, scenario),
    claimsSection(archive, scenario),
    timelineSection(archive, scenario),
    discussionSection(archive, scenario),
    chatSection(archive, scenario),
  );
  const set = drawCharts(charts, chartSpecs(archive, scenario), "print", 240);
  // On paper each chart is an image that scales with the page (a canvas keeps its screen size).
  for (const chart of set.charts) {
    const img = h("img", { class: "print-only", alt: chart.canvas.getAttribute("aria-label") ?? t.chart, src: chart.toBase64Image("image/png", 1) });
    chart.canvas.parentElement?.append(img);
  }
  document.body.setAttribute("data-charts", String(set.charts.length));
  document.body.setAttribute("data-report", "ready");
  if (params.get("print") === "1") setTimeout(() => window.print(), 300);
}

/** The teacher's copy: every channel's private talks, swapped in for the public chat (and back). */
function privateToggle(base: string, matchId: string, key: string, scenario: ReturnType<typeof getScenario>): HTMLElement {
  const box = h("input", { type: "checkbox", "data-testid": "include-private" });
  box.addEventListener("change", () => {
    void fetchArchive(base, matchId, box.checked ? key : null).then((a) => {
      document.querySelector("[data-section=chat]")?.replaceWith(chatSection(a, scenario));
      document.body.setAttribute("data-private", String(box.checked));
    });
  });
  return h("label", { class: "check small" }, box, ui().printed.includePrivate);
}

void main();

/**
 * The debrief screen, beside the map: tabs for the summary and scores, the charts, the
 * agreements, the claims, the timeline, chat and the map replay of each turn, with the exports
 * (CSV, JSON, printable report) always at hand.
 */
import { discussionSection } from "./discussion";
import type { Scenario } from "../../../shared/scenario/types";
import type { DebriefArchive } from "../model/debrief-model";
import { chartSpecs, resolvedTurns } from "../model/debrief-model";
import { reportLink } from "../model/classroom-links";
import { mirror } from "../observe";
import { button, byId, fill, h } from "../ui/dom";
import type { ExportLinks } from "./archive-api";
import { drawCharts } from "./charts";
import type { ChartSet } from "./charts";
import { agreementsSection, chatSection, claimsSection, scoresSection, summarySection, timelineSection } from "./sections";
import { ui } from "../lang/ui";
import "./debrief.css";

export type DebriefTab = "summary" | "charts" | "agreements" | "claims" | "timeline" | "chat" | "replay";

const TABS: readonly DebriefTab[] = ["summary", "charts", "agreements", "claims", "timeline", "chat", "replay"];

export interface DebriefActions {
  /** Plays a turn's flights on the map (null: stop). */
  replay(turn: number | null): void;
  back: { label: string; run(): void }[];
}

export class DebriefView {
  private readonly side = byId("side");
  private readonly root = h("div", { class: "debrief-panel", "data-testid": "debrief" });
  private readonly tabBar = h("nav", { class: "tabs", role: "tablist", "aria-label": ui().debrief.title });
  private readonly body = h("div", { class: "side-body debrief-body", tabindex: 0, role: "region", "aria-label": ui().debrief.title });
  private readonly panels = new Map<DebriefTab, HTMLElement>();
  private charts: ChartSet | null = null;
  private tab: DebriefTab = "summary";
  private replayStatus = h("p", { class: "hint", "data-testid": "replay-status" }, ui().debrief.replayPick);

  constructor(private readonly actions: DebriefActions) {
    fill(this.side, this.root);
    this.side.hidden = false;
    document.getElementById("app")?.setAttribute("data-mode", "debrief");
    fill(this.root, h("div", { class: "debrief-head" }, h("h1", {}, ui().debrief.title), h("p", { class: "hint" }, ui().debrief.loading)));
  }

  showError(text: string): void {
    fill(this.root, h("div", { class: "debrief-head" }, h("h1", {}, ui().debrief.title), h("p", { class: "warn" }, text), this.backButtons()));
  }

  show(archive: DebriefArchive, scenario: Scenario, links: ExportLinks, facilitator: boolean): void {
    const t = ui().debrief;
    const report = reportLink(location.href, archive.id);
    const head = h(
      "div",
      { class: "debrief-head" },
      h("div", { class: "row" }, h("h1", { class: "grow" }, t.title), this.backButtons()),
      h("p", { class: "match-title" }, h("b", {}, archive.name), ` · ${scenario.name}`),
      h(
        "div",
        { class: "inline exports", "data-testid": "exports" },
        h("span", { class: "small dim" }, t.exportLabel),
        h("a", { class: "button", href: links.csv, download: "", "data-testid": "export-csv" }, t.csvLog),
        h("a", { class: "button", href: links.tracksCsv, download: "", "data-testid": "export-tracks" }, t.csvTracks),
        h("a", { class: "button", href: links.scoresCsv, download: "", "data-testid": "export-scores" }, t.csvScores),
        links.studentsCsv ? h("a", { class: "button", href: links.studentsCsv, download: "", "data-testid": "export-students", title: t.csvStudentsTitle }, t.csvStudents) : null,
        h("a", { class: "button", href: links.json, download: "", "data-testid": "export-json" }, "JSON"),
        h("a", { class: "button", href: report, target: "_blank", rel: "noopener", "data-testid": "export-report" }, t.printable),
      ),
      facilitator ? h("p", { class: "small dim" }, t.facilitatorChat) : null,
    );
    this.panels.set("summary", h("div", {}, summarySection(archive, scenario), scoresSection(archive, scenario)));
    const chartsPanel = h("div", { class: "charts-grid", "data-testid": "charts" });
    this.panels.set("charts", chartsPanel);
    this.panels.set("agreements", agreementsSection(archive, scenario));
    this.panels.set("claims", claimsSection(archive, scenario));
    this.panels.set("timeline", h("div", {}, discussionSection(archive, scenario), timelineSection(archive, scenario)));
    this.panels.set("chat", chatSection(archive, scenario));
    const turns = resolvedTurns(archive);
    this.panels.set(
      "replay",
      h(
        "section",
        { class: "debrief-section", "data-section": "replay" },
        h("h2", {}, t.tabs.replay),
        h("p", { class: "hint" }, t.replayHint),
        turns.length === 0
          ? h("p", { class: "hint" }, t.noTurn)
          : h("div", { class: "inline" }, ...turns.map((n) => button(t.turn(n), () => this.play(n), { "data-replay-turn": n })), button(t.stop, () => this.play(null))),
        this.replayStatus,
      ),
    );
    fill(this.body);
    for (const [tab, el] of this.panels) {
      el.classList.add("debrief-tab");
      el.setAttribute("data-tab-panel", tab);
      this.body.append(el);
    }
    fill(this.root, head, this.tabBar, this.body);
    // Charts are drawn once, while their panel is visible (Chart.js measures its box).
    this.setTab("charts");
    this.charts = drawCharts(chartsPanel, chartSpecs(archive, scenario), "screen", 230);
    mirror("charts", this.charts.charts.length);
    this.setTab("summary");
    mirror("debrief", "ready");
  }

  setTab(tab: DebriefTab): void {
    this.tab = tab;
    fill(
      this.tabBar,
      ...TABS.map((t) =>
        button(ui().debrief.tabs[t], () => this.setTab(t), { role: "tab", "aria-selected": String(t === tab), class: t === tab ? "on" : "", "data-debrief-tab": t }),
      ),
    );
    for (const [t, el] of this.panels) el.hidden = t !== tab;
    mirror("debrief-tab", tab);
  }

  setReplayStatus(text: string): void {
    this.replayStatus.textContent = text;
  }

  destroy(): void {
    this.charts?.destroy();
    this.charts = null;
    fill(this.side);
    this.side.hidden = true;
    document.getElementById("app")?.removeAttribute("data-mode");
  }

  private play(turn: number | null): void {
    this.actions.replay(turn);
  }

  private backButtons(): HTMLElement {
    return h("div", { class: "inline" }, ...this.actions.back.map((b, i) => button(b.label, () => b.run(), { class: i === this.actions.back.length - 1 ? "primary" : "", "data-testid": `debrief-back-${i}` })));
  }
}

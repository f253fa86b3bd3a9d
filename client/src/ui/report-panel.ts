/**
 * The turn report: "what changed for you" first, then the turn's events by section, each
 * folded; any resolved turn can be chosen again, with its news, the seat's own orders as
 * carried out, and a replay of its flights on the map.
 */
import type { MatchStore } from "../model/match-store";
import { ui } from "../lang/ui";
import { newsByTurn } from "../model/news";
import { buildReport, lastResolvedTurn } from "../model/report";
import { ordersSentLines, resolvedTurns, summaryFor } from "../model/report-summary";
import { mirror } from "../observe";
import { button, fill, h, keepFocus, select } from "./dom";

function linesBlock(title: string, lines: readonly string[], testid: string): HTMLElement | null {
  if (lines.length === 0) return null;
  return h("div", { class: "summary-block", "data-testid": testid }, h("h4", {}, title), h("ul", { class: "list events" }, ...lines.map((l) => h("li", {}, l))));
}

export class ReportPanel {
  readonly root = h("section", { class: "panel turn-report", "aria-label": ui().report.title, "data-testid": "report" });
  private playing = false;
  private turn: number | null = null;
  /** Sections the player opened, kept open across re-renders. */
  private readonly open = new Set<string>();

  constructor(
    private readonly store: MatchStore,
    private readonly onSkip: () => void,
  ) {
    store.on("view", () => this.rerender());
    store.on("report", ({ turn }) => {
      this.turn = turn;
      this.rerender();
    });
    this.turn = lastResolvedTurn(store.view.log);
    this.render();
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
    this.rerender();
  }

  private rerender(): void {
    keepFocus(this.root, () => this.render());
  }

  private render(): void {
    const { view, scenario } = this.store;
    const turn = this.turn ?? lastResolvedTurn(view.log);
    const w = ui().report;
    if (turn === null) {
      fill(this.root, h("div", { class: "panel-head" }, h("h2", {}, w.title)), h("p", { class: "hint" }, w.empty));
      mirror("report-turn", null);
      return;
    }
    const report = buildReport(view.log, turn, scenario);
    const turns = resolvedTurns(view.log);
    const picker =
      turns.length > 1
        ? select({ "aria-label": w.turnToRead, "data-testid": "report-turn" }, turns.map((t) => [String(t), ui().news.turn(t)] as const), String(turn), (v) => {
            this.turn = Number(v);
            this.render();
          })
        : null;
    const controls = h(
      "div",
      { class: "inline" },
      this.playing
        ? h("span", { class: "playing", role: "status", "data-testid": "playing" }, w.playing)
        : button("▶ Replay flights", () => this.store.replayTurn(turn), { disabled: report.flights === 0, "data-testid": "replay" }),
      this.playing ? button(w.skip, this.onSkip, { "data-testid": "skip-playback" }) : null,
      h("span", { class: "small hint" }, report.flights === 0 ? w.noFlights : w.flightsSeen(report.flights)),
    );
    const me = this.store.power;
    const summary = me ? summaryFor(view.log, turn, scenario, me, view.treaties) : null;
    const news = newsByTurn(view.log, scenario, me).find((n) => n.turn === turn);
    const kept = me ? (view.pastOrders ?? []).find((o) => o.turn === turn && o.power === me) : undefined;
    const sent = kept ? ordersSentLines(scenario, kept.orders) : [];
    const folded = (key: string, title: string, body: HTMLElement, count: number) => {
      const el = h("details", { class: "report-section", "data-section": key, open: this.open.has(key) }, h("summary", {}, `${title} (${count})`), body);
      el.addEventListener("toggle", () => (el.open ? this.open.add(key) : this.open.delete(key)));
      return el;
    };
    const changed = summary
      ? [
          linesBlock(w.yourTracks, summary.tracks, "summary-tracks"),
          linesBlock(w.yourStrikes, summary.strikes, "summary-strikes"),
          linesBlock(w.seenOfYou, summary.seen, "summary-seen"),
          linesBlock(w.brokenWithYou, summary.brokenWithYou, "summary-broken"),
        ].filter((x): x is HTMLElement => x !== null)
      : [];
    fill(
      this.root,
      h("div", { class: "panel-head" }, h("h2", {}, w.titleOf(turn)), picker, controls),
      this.playing ? h("p", { class: "hint" }, w.replaying) : null,
      ...(this.playing
        ? []
        : [
            summary ? h("section", { class: "what-changed", "data-testid": "what-changed" }, h("h3", {}, w.whatChanged), changed.length > 0 ? changed : h("p", { class: "hint small" }, w.nothingChanged)) : null,
            news ? folded("briefing", ui().news.turnNews(turn), h("ul", { class: "list events" }, ...news.cards.map((c) => h("li", {}, h("b", {}, c.headline), ` ${c.text}`))), news.cards.length) : null,
            sent.length > 0 ? folded("sent", w.sentOrders, h("ul", { class: "list events", "data-testid": "orders-sent" }, ...sent.map((l) => h("li", {}, l))), sent.length) : null,
            summary && summary.orders.length > 0 ? folded("orders", w.carriedOut, h("ul", { class: "list events" }, ...summary.orders.map((l) => h("li", {}, l))), summary.orders.length) : null,
            ...report.sections.map((s) =>
              folded(s.section, s.title, h("ul", { class: "list events" }, ...s.lines.map((l) => h("li", { class: l.alert ? "alert" : "", "data-kind": l.kind }, l.text))), s.lines.length),
            ),
          ]),
      !this.playing && report.sections.length === 0 ? h("p", { class: "hint" }, w.nothingSeen) : null,
    );
    mirror("report-turn", turn);
  }
}

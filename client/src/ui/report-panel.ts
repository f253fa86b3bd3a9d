/** The turn report: events in words by section, after the flights have been played; replayable. */
import type { MatchStore } from "../model/match-store";
import { buildReport, lastResolvedTurn } from "../model/report";
import { mirror } from "../testing";
import { button, fill, h } from "./dom";

export class ReportPanel {
  readonly root = h("section", { class: "panel report", "aria-label": "Turn report", "data-testid": "report" });
  private playing = false;
  private turn: number | null = null;

  constructor(
    private readonly store: MatchStore,
    private readonly onSkip: () => void,
  ) {
    store.on("view", () => this.render());
    store.on("report", ({ turn }) => {
      this.turn = turn;
      this.render();
    });
    this.turn = lastResolvedTurn(store.view.log);
    this.render();
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
    this.render();
  }

  private render(): void {
    const { view, scenario } = this.store;
    const turn = this.turn ?? lastResolvedTurn(view.log);
    if (turn === null) {
      fill(this.root, h("div", { class: "panel-head" }, h("h2", {}, "Turn report")), h("p", { class: "hint" }, "The report of each turn appears here after resolution, with a replay of the flights on the map."));
      mirror("report-turn", null);
      return;
    }
    const report = buildReport(view.log, turn, scenario);
    const controls = h(
      "div",
      { class: "inline" },
      this.playing
        ? h("span", { class: "playing", role: "status", "data-testid": "playing" }, "Playing the flights…")
        : button("▶ Replay flights", () => this.store.replay(), { disabled: report.flights === 0, "data-testid": "replay" }),
      this.playing ? button("Skip", this.onSkip, { "data-testid": "skip-playback" }) : null,
      h("span", { class: "small hint" }, report.flights === 0 ? "No flight was seen this turn." : `${report.flights} ${report.flights === 1 ? "flight" : "flights"} seen.`),
    );
    fill(
      this.root,
      h("div", { class: "panel-head" }, h("h2", {}, `Turn ${turn} report`), controls),
      this.playing ? h("p", { class: "hint" }, "The turn's flights are being replayed on the map; the report follows.") : null,
      ...(this.playing ? [] : report.sections).map((s) =>
        h("section", { class: "report-section", "data-section": s.section }, h("h3", {}, s.title), h("ul", { class: "list events" }, ...s.lines.map((l) => h("li", { class: l.alert ? "alert" : "", "data-kind": l.kind }, l.text)))),
      ),
      !this.playing && report.sections.length === 0 ? h("p", { class: "hint" }, "Nothing you could observe happened.") : null,
    );
    mirror("report-turn", turn);
  }
}

/** A simple debrief: how the match ended, scores, the tracks per turn, agreements. (The classroom issue extends it.) */
import { POWERS, TRACKS } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { MatchView } from "../../../shared/view";
import { capitalise } from "../model/format";
import { describeTerm } from "../model/proposal";
import { button, byId, h, swatch } from "./dom";

export class DebriefView {
  private readonly root: HTMLElement;

  constructor(view: MatchView, scenario: Scenario, onLobby: () => void, onMap: () => void) {
    const ending = view.ending;
    const reason = ending?.reason === "openWar" ? "Open war: a loss for all." : ending?.reason === "facilitator" ? "The facilitator ended the match." : "The last turn is over.";
    const scores = POWERS.map((p) => ({ p, score: ending?.scores[p] ?? 0 })).sort((a, b) => b.score - a.score);
    const history = view.history;
    this.root = h(
      "div",
      { class: "debrief card", "data-testid": "debrief" },
      h("h1", {}, "Debrief"),
      h("p", {}, reason),
      h("h2", {}, "Scores"),
      h("ol", { class: "list scores" }, ...scores.map(({ p, score }) => h("li", { class: "row", "data-power": p }, swatch(scenario.powers[p].color), h("span", { class: "grow" }, scenario.powers[p].name), h("b", {}, String(score))))),
      h("h2", {}, "Tracks at the end of each turn"),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          {},
          h("thead", {}, h("tr", {}, h("th", {}, "Turn"), h("th", {}, "Escalation"), ...POWERS.flatMap((p) => TRACKS.map((t) => h("th", { title: `${scenario.powers[p].name} ${t}` }, `${scenario.powers[p].short} ${capitalise(t).slice(0, 4)}`))))),
          h("tbody", {}, ...history.map((s) => h("tr", {}, h("td", {}, String(s.turn)), h("td", {}, String(s.escalation)), ...POWERS.flatMap((p) => TRACKS.map((t) => h("td", {}, String(Math.round(s.tracks[p][t])))))))),
        ),
      ),
      h("h2", {}, "Agreements"),
      h("ul", { class: "list" }, ...view.treaties.map((t) => h("li", { class: "small" }, `${t.id} (turn ${t.agreedTurn}): ${describeTerm(t.term, scenario)} — ${t.status}`))),
      h("div", { class: "inline" }, button("Back to the map", onMap), button("Back to the lobby", onLobby, { class: "primary" })),
    );
    byId("overlay").append(this.root);
  }

  destroy(): void {
    this.root.remove();
  }
}

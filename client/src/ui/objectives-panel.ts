/**
 * The seat's objectives: its public ones and its secret one, each with its points and where it
 * stands now as the end-of-match scoring would judge it (the view's `objectives`, worked out by
 * the rules on the server). The "How to play" rules open from here.
 */
import type { ObjectiveStanding } from "../../../shared/rules/objective-status";
import type { MatchStore } from "../model/match-store";
import type { PowerId } from "../../../shared/ids";
import { mirror } from "../observe";
import { button, fill, h } from "./dom";
import { chunkFailed } from "./chunk-error";
import { printRoleCards } from "../model/role-cards";
import { ui } from "../lang/ui";
import { objectiveText } from "../lang/scenario-words";

export class ObjectivesPanel {
  readonly root = h("section", { class: "panel objectives", "aria-label": ui().objectives.title, "data-testid": "objectives" });

  constructor(
    private readonly store: MatchStore,
    private readonly openNews: () => void,
    /** Another power's objectives (the facilitator's console shows every power's), instead of the seat's. */
    private readonly power: PowerId | null = null,
  ) {
    store.on("view", () => this.render());
    this.render();
  }

  private render(): void {
    const { view } = this.store;
    const me = this.power ?? this.store.power;
    const list = me ? (view.objectives?.[me] ?? []) : [];
    const scored = list.filter((o) => o.standing === "met").reduce((sum, o) => sum + o.points, 0);
    const total = list.reduce((sum, o) => sum + o.points, 0);
    const w = ui().objectives;
    const standing: Record<ObjectiveStanding, { label: string; hint: string }> = w.standing;
    const rules = h(
      "div",
      { class: "inline" },
      button(w.newsHistory, this.openNews, { "data-testid": "open-news" }),
      button(w.howToPlay, () => void import("./rules-page").then((m) => m.openRules()).catch((e: unknown) => chunkFailed(w.theRules, e)), { "data-testid": "open-rules" }),
      me && !this.power ? button(w.printRoleCard, () => printRoleCards(this.store.scenario, view, [me]), { "data-testid": "print-role-card", title: w.printRoleCardTitle }) : null,
    );
    fill(
      this.root,
      h("div", { class: "panel-head" }, h("h2", {}, w.title), rules),
      me
        ? h("p", { class: "hint", "data-testid": "objectives-total" }, w.total(scored, total, view.turns))
        : h("p", { class: "hint" }, w.eachPower),
      h(
        "ul",
        { class: "list objective-list" },
        ...list.map((o) =>
          h(
            "li",
            { class: `objective ${o.standing}`, "data-objective": o.id, "data-standing": o.standing, "data-secret": String(o.secret) },
            h("span", { class: `standing ${o.standing}`, title: standing[o.standing].hint }, standing[o.standing].label),
            h("span", { class: "objective-text" }, o.secret ? h("strong", {}, `${w.secret} `) : null, objectiveText(this.store.scenario, o.id, o.text), o.secret ? h("span", { class: "small hint" }, ` ${w.onlyYou}`) : null),
            h("span", { class: "points" }, w.points(o.points)),
          ),
        ),
      ),
    );
    mirror("objectives", list.map((o) => `${o.id}:${o.standing}`).join(","));
  }
}

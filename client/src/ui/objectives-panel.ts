/**
 * The seat's objectives: its public ones and its secret one, each with its points and where it
 * stands now as the end-of-match scoring would judge it (the view's `objectives`, worked out by
 * the rules on the server). The "How to play" rules open from here.
 */
import type { ObjectiveStanding } from "../../../shared/rules/objective-status";
import type { MatchStore } from "../model/match-store";
import type { PowerId } from "../../../shared/ids";
import { plural } from "../model/format";
import { mirror } from "../observe";
import { button, fill, h } from "./dom";
import { chunkFailed } from "./chunk-error";
import { printRoleCards } from "../model/role-cards";

const STANDING: Record<ObjectiveStanding, { label: string; hint: string }> = {
  met: { label: "Met", hint: "met if the match ended now" },
  notYet: { label: "Not yet", hint: "not met yet; still possible" },
  lost: { label: "Lost", hint: "can no longer be met" },
};

export class ObjectivesPanel {
  readonly root = h("section", { class: "panel objectives", "aria-label": "Objectives", "data-testid": "objectives" });

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
    const rules = h(
      "div",
      { class: "inline" },
      button("News history", this.openNews, { "data-testid": "open-news" }),
      button("How to play", () => void import("./rules-page").then((m) => m.openRules(), (e: unknown) => chunkFailed("the rules", e)), { "data-testid": "open-rules" }),
      me && !this.power ? button("Print role card", () => printRoleCards(this.store.scenario, view, [me]), { "data-testid": "print-role-card", title: "Your team's brief and goals on one page" }) : null,
    );
    fill(
      this.root,
      h("div", { class: "panel-head" }, h("h2", {}, "Objectives"), rules),
      me
        ? h("p", { class: "hint", "data-testid": "objectives-total" }, `If the match ended now you would score ${scored} of ${plural(total, "point")}. Objectives are scored after turn ${view.turns}.`)
        : h("p", { class: "hint" }, "Each power scores its own objectives at the end of the match."),
      h(
        "ul",
        { class: "list objective-list" },
        ...list.map((o) =>
          h(
            "li",
            { class: `objective ${o.standing}`, "data-objective": o.id, "data-standing": o.standing, "data-secret": String(o.secret) },
            h("span", { class: `standing ${o.standing}`, title: STANDING[o.standing].hint }, STANDING[o.standing].label),
            h("span", { class: "objective-text" }, o.secret ? h("strong", {}, "Secret: ") : null, o.text, o.secret ? h("span", { class: "small hint" }, " (only you know this one)") : null),
            h("span", { class: "points" }, plural(o.points, "pt")),
          ),
        ),
      ),
    );
    mirror("objectives", list.map((o) => `${o.id}:${o.standing}`).join(","));
  }
}

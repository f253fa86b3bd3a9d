/**
 * The facilitator's Goals tab: every power's public and secret objectives and where each stands
 * now (the students' own Goals panel, ui/objectives-panel.ts, once per power), and role cards to
 * print and hand out at the start: one page per team with its brief and its objectives in plain words.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { MatchStore } from "../model/match-store";
import { printRoleCards } from "../model/role-cards";
import { ObjectivesPanel } from "../ui/objectives-panel";
import { button, h, swatch } from "../ui/dom";
import { ui } from "../lang/ui";

export class GoalsPanel {
  readonly root = h("section", { class: "panel fac-goals", "data-testid": "fac-goals" });

  constructor(private readonly store: MatchStore) {
    const w = ui().classroom.goals;
    this.root.append(
      h("div", { class: "panel-head" }, h("h2", {}, w.title), button(w.print, () => this.print(), { "data-testid": "print-role-cards", title: w.printTitle })),
      h("p", { class: "hint small" }, w.hint),
      ...powerIds(this.store.scenario).map((p) => {
        const panel = new ObjectivesPanel(store, () => undefined, p).root;
        panel.querySelector(".panel-head")?.replaceWith(h("h3", {}, swatch(at(store.scenario.powers, p).color), at(store.scenario.powers, p).name));
        panel.setAttribute("data-power", p);
        return panel;
      }),
    );
  }

  private print(): void {
    printRoleCards(this.store.scenario, this.store.view, powerIds(this.store.scenario));
  }
}

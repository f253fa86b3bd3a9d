/**
 * The facilitator's Goals tab: every power's public and secret objectives and where each stands
 * now (the students' own Goals panel, ui/objectives-panel.ts, once per power), and role cards to
 * print and hand out at the start: one page per team with its brief and its objectives in plain words.
 */
import { POWERS } from "../../../shared/ids";
import type { PowerId } from "../../../shared/ids";
import type { MatchStore } from "../model/match-store";
import { plural } from "../model/format";
import { ObjectivesPanel } from "../ui/objectives-panel";
import { button, h, swatch } from "../ui/dom";

export class GoalsPanel {
  readonly root = h("section", { class: "panel fac-goals", "data-testid": "fac-goals" });

  constructor(private readonly store: MatchStore) {
    this.root.append(
      h("div", { class: "panel-head" }, h("h2", {}, "Every team's goals"), button("Print role cards", () => this.print(), { "data-testid": "print-role-cards", title: "One page per team: its brief, its objectives and its secret one" })),
      h("p", { class: "hint small" }, "Each team sees only its own goals; the secret one is for that team alone."),
      ...POWERS.map((p) => {
        const panel = new ObjectivesPanel(store, () => undefined, p).root;
        panel.querySelector(".panel-head")?.replaceWith(h("h3", {}, swatch(store.scenario.powers[p].color), store.scenario.powers[p].name));
        panel.setAttribute("data-power", p);
        return panel;
      }),
    );
  }

  /** The role cards as a document of its own, printed from a new window (one team per page). */
  roleCardsHtml(): string {
    const { scenario, view } = this.store;
    const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
    const card = (p: PowerId) => {
      const list = view.objectives?.[p] ?? [];
      const line = (o: (typeof list)[number]) => `<li><b>${plural(o.points, "pt")}</b> · ${esc(o.text)}</li>`;
      return `<section class="card"><h1 style="border-color:${scenario.powers[p].color}">${esc(scenario.powers[p].name)}</h1>
<p class="brief">${esc(scenario.powers[p].brief)}</p>
<h2>Your goals (everyone knows them)</h2><ul>${list.filter((o) => !o.secret).map(line).join("")}</ul>
<h2>Your secret goal (only your team knows it)</h2><ul>${list.filter((o) => o.secret).map(line).join("")}</ul>
<p class="small">${esc(scenario.name)}, ${esc(scenario.date)}. Goals are scored after the last turn (${view.turns}).</p></section>`;
    };
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Role cards</title><style>
body{font:14pt/1.4 system-ui,sans-serif;color:#111;margin:0}.card{padding:18mm;page-break-after:always;break-after:page}
h1{font-size:26pt;margin:0 0 6mm;border-left:10mm solid;padding-left:5mm}h2{font-size:14pt;margin:6mm 0 2mm}.brief{font-style:italic}.small{font-size:10pt;color:#444}
@page{size:auto;margin:0}</style></head><body>${POWERS.map(card).join("")}</body></html>`;
  }

  private print(): void {
    const w = window.open("", "_blank");
    if (!w) return;
    w.document.write(this.roleCardsHtml());
    w.document.close();
    w.focus();
    w.print();
  }
}

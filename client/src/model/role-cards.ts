/**
 * Role cards to print and hand out at the start: one page per team with its brief, its public
 * goals and its secret one, in plain words. The teacher prints every team's (console, Goals tab);
 * a team prints its own (Goals tab). A document of its own, printed from a new window.
 */
import { at } from "../../../shared/at";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { MatchView } from "../../../shared/view";
import { language } from "../lang/language";
import { objectiveText, powerBrief, scenarioDate } from "../lang/scenario-words";
import { ui } from "../lang/ui";

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function roleCardsHtml(scenario: Scenario, view: MatchView, powers: readonly PowerId[]): string {
  const w = ui().objectives;
  const card = (p: PowerId) => {
    const list = view.objectives?.[p] ?? [];
    const line = (o: (typeof list)[number]) => `<li><b>${esc(w.points(o.points))}</b> · ${esc(objectiveText(scenario, o.id, o.text))}</li>`;
    return `<section class="card" data-power="${p}"><h1 style="border-color:${at(scenario.powers, p).color}">${esc(at(scenario.powers, p).name)}</h1>
<p class="brief">${esc(powerBrief(scenario, p))}</p>
<h2>${esc(w.roleCards.publicGoals)}</h2><ul>${list.filter((o) => !o.secret).map(line).join("")}</ul>
<h2>${esc(w.roleCards.secretGoal)}</h2><ul>${list.filter((o) => o.secret).map(line).join("")}</ul>
<p class="small">${esc(w.roleCards.footer(scenario.name, scenarioDate(scenario), view.turns))}</p></section>`;
  };
  return `<!doctype html><html lang="${language()}"><head><meta charset="utf-8"><title>${esc(w.roleCards.title)}</title><style>
:root{color-scheme:light}body{font:14pt/1.4 system-ui,sans-serif;color:#111;background:#fff;margin:0}.card{padding:18mm;page-break-after:always;break-after:page}
h1{font-size:26pt;margin:0 0 6mm;border-left:10mm solid;padding-left:5mm}h2{font-size:14pt;margin:6mm 0 2mm}.brief{font-style:italic}.small{font-size:10pt;color:#444}
@page{size:auto;margin:0}</style></head><body>${powers.map(card).join("")}</body></html>`;
}

export function printRoleCards(scenario: Scenario, view: MatchView, powers: readonly PowerId[]): void {
  const w = window.open("", "_blank");
  if (!w) return;
  w.document.write(roleCardsHtml(scenario, view, powers));
  w.document.close();
  w.focus();
  w.print();
}

/**
 * What the facilitator watches: every proposal and treaty between any powers (private ones
 * included), every power's orders once locked (resolution, report), and the match's events as
 * they happen. Chat, private channels included, is the ordinary chat panel in the facilitator's
 * view.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import { describeEvent } from "../../../shared/catalog";
import type { PowerId } from "../../../shared/ids";
import type { Orders } from "../../../shared/orders";
import { phaseName } from "../model/format";
import type { MatchStore } from "../model/match-store";
import { describeTerm } from "../model/proposal";
import { fill, h, swatch } from "../ui/dom";
import { messages } from "../lang/language";
import { ui } from "../lang/ui";
import { changeText } from "../model/draft-change";

export class DealsPanel {
  readonly root = h("section", { class: "panel fac-deals", "data-testid": "deals" });

  constructor(private readonly store: MatchStore) {
    store.on("view", () => this.render());
    this.render();
  }

  private render(): void {
    const { view, scenario } = this.store;
    const names = (ps: readonly PowerId[]) => ps.map((p) => at(scenario.powers, p).short).join(", ");
    const proposals = [...view.proposals].reverse();
    const treaties = [...view.treaties].reverse();
    const w = ui().classroom.oversight;
    const status = (s: string) => w.statuses[s] ?? s;
    fill(
      this.root,
      h("h2", {}, w.negotiations),
      h("p", { class: "hint small" }, w.negotiationsHint),
      proposals.length === 0
        ? h("p", { class: "hint" }, w.noProposal)
        : h(
            "ul",
            { class: "list cards" },
            ...proposals.map((p) =>
              h(
                "li",
                { class: "card", "data-proposal": p.id },
                h("div", { class: "row" }, swatch(at(scenario.powers, p.from).color), h("b", { class: "grow" }, `${at(scenario.powers, p.from).name} → ${names(p.parties.filter((x) => x !== p.from))}`), h("span", { class: `badge status-${p.status}` }, w.proposalBadge(p.turn, status(p.status)))),
                h("ul", { class: "terms small" }, ...p.terms.map((t) => h("li", {}, describeTerm(t, scenario)))),
                p.note ? h("p", { class: "note small" }, w.note(p.note)) : null,
                p.status === "open" ? h("p", { class: "small dim" }, w.acceptedSoFar(names(p.accepted))) : null,
              ),
            ),
          ),
      h("h2", {}, w.treaties),
      treaties.length === 0
        ? h("p", { class: "hint" }, w.noTreaty)
        : h(
            "ul",
            { class: "list" },
            ...treaties.map((t) => h("li", { class: "small", "data-treaty": t.id }, h("span", { class: `badge status-${t.status}` }, status(t.status)), w.treatyLine(describeTerm(t.term, scenario), names(t.parties), t.agreedTurn, t.untilTurn))),
          ),
    );
  }
}

export class OrdersPanel {
  readonly root = h("section", { class: "panel fac-orders", "data-testid": "fac-orders" });

  constructor(private readonly store: MatchStore) {
    store.on("view", () => this.render());
    store.on("team", () => this.render());
    this.render();
  }

  private render(): void {
    const { view, scenario } = this.store;
    const locked = view.phase === "resolution" || view.phase === "report" || view.status === "ended";
    const zone = (id: string) => scenario.zones.find((z) => z.id === id)?.name ?? id;
    const asset = (id: string) => scenario.assets.find((a) => a.id === id)?.name ?? id;
    const faction = (f: string) => scenario.factions[f as keyof typeof scenario.factions]?.name ?? f;
    const w = ui().classroom.oversight;
    const ordersOf = (o: Orders) => [
      ...o.strikes.map((s) => w.strike(s.units, asset(s.asset), faction(s.faction), zone(s.zone), s.claim !== s.faction ? faction(s.claim) : null, s.waypoints.length)),
      ...o.support.map((s) => w.support(s.covert, s.points, faction(s.faction), zone(s.zone))),
      ...o.patrols.map((p) => w.patrols(p.units, p.treaty)),
      ...o.revoke.map((t) => w.revoke(t)),
      w.airDefence(w.postures[o.posture] ?? o.posture),
    ];
    fill(
      this.root,
      h("h2", {}, w.ordersTitle(view.turn)),
      locked
        ? h(
            "ul",
            { class: "list" },
            ...powerIds(scenario).map((p) => {
              const o = view.orders[p];
              return h(
                "li",
                { "data-power": p },
                h("b", {}, swatch(at(scenario.powers, p).color), at(scenario.powers, p).name),
                o ? h("ul", { class: "small" }, ...ordersOf(o).map((line) => h("li", {}, line))) : h("p", { class: "small dim" }, w.noOrders),
              );
            }),
          )
        : h(
            "div",
            {},
            h("p", { class: "hint" }, w.draftsHint(view.ordersIn.length, powerIds(scenario).length)),
            h(
              "ul",
              { class: "list" },
              ...powerIds(scenario).map((p) => {
                const team = this.store.teams.find((t) => t.power === p);
                const draft = team?.draft;
                const sent = draft?.sent;
                const state = sent ? (sent.version === draft!.version ? w.sentBy(sent.by) : w.sentChanged(sent.by)) : !draft || draft.version === 0 ? w.noDraft : w.notSent;
                return h(
                  "li",
                  { "data-power": p, "data-testid": `fac-draft-${p}` },
                  h("b", {}, swatch(at(scenario.powers, p).color), at(scenario.powers, p).name),
                  h("span", { class: "small dim" }, ` · ${state}${team && team.ready.length > 0 ? w.readyList(team.ready.join(", ")) : ""}`),
                  draft && (draft.version > 0 || sent) ? h("ul", { class: "small" }, ...ordersOf(draft.orders).map((line) => h("li", {}, line))) : null,
                  draft && draft.changes.length > 0 ? h("p", { class: "small dim" }, w.lastChange(draft.changes.at(-1)!.by, changeText(draft.changes.at(-1)!.what, this.store.scenario))) : null,
                );
              }),
            ),
          ),
    );
  }
}

export class LogPanel {
  readonly root = h("section", { class: "panel fac-log", "data-testid": "fac-log" });

  constructor(private readonly store: MatchStore) {
    store.on("view", () => this.render());
    this.render();
  }

  private render(): void {
    const { view, scenario } = this.store;
    const events = view.log.filter((e) => e.kind !== "ordersIn" && e.kind !== "track" && e.kind !== "influence").slice(-120).reverse();
    const w = ui().classroom.oversight;
    fill(
      this.root,
      h("h2", {}, w.log),
      h("p", { class: "hint small" }, w.logHint),
      h("ol", { class: "list events" }, ...events.map((e) => h("li", { class: "small" }, h("span", { class: "dim" }, w.logWhen(e.turn, phaseName(e.phase))), describeEvent(e, scenario, messages())))),
    );
  }
}

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
    fill(
      this.root,
      h("h2", {}, "Negotiations"),
      h("p", { class: "hint small" }, "Every proposal between any powers, private ones included."),
      proposals.length === 0
        ? h("p", { class: "hint" }, "No proposal yet.")
        : h(
            "ul",
            { class: "list cards" },
            ...proposals.map((p) =>
              h(
                "li",
                { class: "card", "data-proposal": p.id },
                h("div", { class: "row" }, swatch(at(scenario.powers, p.from).color), h("b", { class: "grow" }, `${at(scenario.powers, p.from).name} → ${names(p.parties.filter((x) => x !== p.from))}`), h("span", { class: `badge status-${p.status}` }, `T${p.turn} ${p.status}`)),
                h("ul", { class: "terms small" }, ...p.terms.map((t) => h("li", {}, describeTerm(t, scenario)))),
                p.note ? h("p", { class: "note small" }, `“${p.note}”`) : null,
                p.status === "open" ? h("p", { class: "small dim" }, `Accepted so far: ${names(p.accepted) || "nobody"}`) : null,
              ),
            ),
          ),
      h("h2", {}, "Treaties"),
      treaties.length === 0
        ? h("p", { class: "hint" }, "No treaty yet.")
        : h(
            "ul",
            { class: "list" },
            ...treaties.map((t) => h("li", { class: "small", "data-treaty": t.id }, h("span", { class: `badge status-${t.status}` }, t.status), ` ${describeTerm(t.term, scenario)} (${names(t.parties)}, turn ${t.agreedTurn}–${t.untilTurn})`)),
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
    const ordersOf = (o: Orders) => [
      ...o.strikes.map((s) => `Strike: ${s.units} from ${asset(s.asset)} on ${faction(s.faction)} in ${zone(s.zone)}${s.claim !== s.faction ? `, claiming ${faction(s.claim)}` : ""}${s.waypoints.length > 0 ? ` (${s.waypoints.length} ${s.waypoints.length === 1 ? "waypoint" : "waypoints"})` : ""}`),
      ...o.support.map((s) => `${s.covert ? "Covert" : "Overt"} support: ${s.points} to ${faction(s.faction)} in ${zone(s.zone)}`),
      ...o.patrols.map((p) => `No-fly-zone patrols: ${p.units} for ${p.treaty}`),
      ...o.revoke.map((t) => `Revoke ${t}`),
      `Air defence: ${o.posture}`,
    ];
    fill(
      this.root,
      h("h2", {}, `Orders, turn ${view.turn}`),
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
                o ? h("ul", { class: "small" }, ...ordersOf(o).map((line) => h("li", {}, line))) : h("p", { class: "small dim" }, "No orders (the seat held its ground)."),
              );
            }),
          )
        : h(
            "div",
            {},
            h("p", { class: "hint" }, `Players see no one's orders but their own until they are locked (resolution); you see each team's draft as it is written. ${view.ordersIn.length} of ${powerIds(scenario).length} powers have sent theirs.`),
            h(
              "ul",
              { class: "list" },
              ...powerIds(scenario).map((p) => {
                const team = this.store.teams.find((t) => t.power === p);
                const draft = team?.draft;
                const sent = draft?.sent;
                const state = sent ? (sent.version === draft!.version ? `sent by ${sent.by}` : `sent by ${sent.by}, changed since`) : !draft || draft.version === 0 ? "no draft yet" : "not sent";
                return h(
                  "li",
                  { "data-power": p, "data-testid": `fac-draft-${p}` },
                  h("b", {}, swatch(at(scenario.powers, p).color), at(scenario.powers, p).name),
                  h("span", { class: "small dim" }, ` · ${state}${team && team.ready.length > 0 ? ` · ready: ${team.ready.join(", ")}` : ""}`),
                  draft && (draft.version > 0 || sent) ? h("ul", { class: "small" }, ...ordersOf(draft.orders).map((line) => h("li", {}, line))) : null,
                  draft && draft.changes.length > 0 ? h("p", { class: "small dim" }, `Last change: ${draft.changes.at(-1)!.by}, ${draft.changes.at(-1)!.what}`) : null,
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
    fill(
      this.root,
      h("h2", {}, "What happens"),
      h("p", { class: "hint small" }, "Every event, newest first (track changes are in the debrief's charts)."),
      h("ol", { class: "list events" }, ...events.map((e) => h("li", { class: "small" }, h("span", { class: "dim" }, `T${e.turn} ${phaseName(e.phase)} · `), describeEvent(e, scenario, messages())))),
    );
  }
}

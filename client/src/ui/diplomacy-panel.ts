/**
 * The diplomacy panel: who plays each power, proposals addressed to this seat (accept, reject,
 * counter), its own (withdraw), a composer of terms (overflight, no-fly zone, proxy support,
 * basing, intelligence cell) sent to one or more powers, and the treaties in force.
 */
import { at } from "../../../shared/at";
import { powerIds, factionIds } from "../../../shared/scenario/ids-of";
import type { FactionId, PowerId } from "../../../shared/ids";
import { OVERFLIGHT_SCOPES } from "../../../shared/terms";
import type { Proposal, Term, TermKind } from "../../../shared/terms";
import type { Connection } from "../net/connection";
import { ui } from "../lang/ui";
import type { MatchStore } from "../model/match-store";
import { defaultTerm, describeTerm, partiesFor, proposalProblem, proposalStance, TERM_KINDS, turnsLeft } from "../model/proposal";
import { button, fill, h, numberInput, select, swatch } from "./dom";
import type { Child } from "./dom";
import { toast } from "./toasts";
import { LIMITS } from "../../../shared/limits";

interface Composer {
  recipients: Set<PowerId>;
  terms: Term[];
  note: string;
  counterOf: string | null;
}

export class DiplomacyPanel {
  readonly root = h("section", { class: "panel diplomacy", "aria-label": ui().diplomacy.title });
  private readonly head = h("div", { class: "panel-head" });
  private readonly proposals = h("div", { class: "block", "data-testid": "proposals" });
  private readonly composerEl = h("div", { class: "block composer", "data-testid": "composer" });
  private readonly treaties = h("div", { class: "block", "data-testid": "treaties" });
  private composer: Composer = { recipients: new Set(), terms: [], note: "", counterOf: null };
  private newKind: TermKind = "overflight";

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
  ) {
    this.root.append(this.head, this.proposals, this.composerEl, this.treaties);
    store.on("view", ({ phaseChanged }) => {
      this.renderLists();
      if (phaseChanged) this.renderComposer();
    });
    store.on("public", () => this.renderHead());
    this.renderHead();
    this.renderLists();
    this.renderComposer();
  }

  private get me(): PowerId | null {
    return this.store.power;
  }

  private get open(): boolean {
    return this.me !== null && this.store.view.phase === "diplomacy" && this.store.view.status === "running";
  }

  private renderHead(): void {
    const { scenario, view, pub } = this.store;
    const w = ui().diplomacy;
    const phase = view.phase === "diplomacy" ? w.bindNow : w.bindLater;
    fill(
      this.head,
      h("h2", {}, w.title),
      h("p", { class: "hint" }, phase),
      h(
        "ul",
        { class: "roster" },
        ...powerIds(scenario).map((p) => {
          const seat = pub?.seats[p];
          const who = !seat ? "" : seat.bot ? w.bot(seat.botReason === "absent") : seat.players.map((x) => x.name).join(", ") || w.open;
          const take =
            this.store.viewer === "spectator" && seat?.claimable && seat.players.length === 0 && view.status === "running"
              ? button(w.take, () => void this.conn.claim(p), { class: "small", "data-testid": `claim-${p}`, title: w.takeTitle(at(scenario.powers, p).name) })
              : null;
          return h("li", { "data-power": p }, swatch(at(scenario.powers, p).color), h("b", {}, at(scenario.powers, p).name), h("span", { class: "small" }, ` ${who}${p === this.me ? w.you : ""}${at(view.powers, p).ready ? w.readyMark : ""} `), take);
        }),
      ),
    );
  }

  private renderLists(): void {
    this.renderHead();
    const { view, scenario } = this.store;
    const me = this.me;
    const thisTurn = view.proposals.filter((p) => p.turn === view.turn);
    const openOnes = thisTurn.filter((p) => p.status === "open");
    const closed = thisTurn.filter((p) => p.status !== "open");
    const w = ui().diplomacy;
    fill(
      this.proposals,
      h("h3", {}, w.proposals(openOnes.length)),
      openOnes.length === 0 ? h("p", { class: "hint small" }, w.noProposals) : h("ul", { class: "list cards" }, ...openOnes.map((p) => this.proposalCard(p))),
      closed.length > 0 ? h("details", {}, h("summary", {}, w.settled(closed.length)), h("ul", { class: "list cards" }, ...closed.map((p) => this.proposalCard(p)))) : null,
    );
    const inForce = view.treaties.filter((t) => t.status === "active" || t.status === "agreed");
    const ended = view.treaties.filter((t) => t.status !== "active" && t.status !== "agreed");
    fill(
      this.treaties,
      h("h3", {}, w.inForce(inForce.length)),
      inForce.length === 0
        ? h("p", { class: "hint small" }, w.none)
        : h(
            "ul",
            { class: "list" },
            ...inForce.map((t) =>
              h(
                "li",
                { class: `row small ${me && t.parties.includes(me) ? "mine" : ""}`, "data-treaty": t.id, "data-kind": t.term.kind },
                h("span", { class: "grow" }, `${t.id}: ${describeTerm(t.term, scenario, t.untilTurn)}`),
                h("span", { class: "badge" }, t.status === "agreed" ? w.fromThisTurn : w.turnsLeft(turnsLeft(t, view.turn))),
              ),
            ),
          ),
      ended.length > 0 ? h("details", {}, h("summary", {}, w.ended(ended.length)), h("ul", { class: "list" }, ...ended.map((t) => h("li", { class: "small" }, `${t.id}: ${describeTerm(t.term, scenario)} — ${w.endedBy(w.statuses[t.status] ?? t.status, t.endedBy ? at(scenario.powers, t.endedBy).name : null)}`)))) : null,
    );
  }

  private proposalCard(p: Proposal): HTMLElement {
    const { scenario } = this.store;
    const me = this.me;
    const stance = me ? proposalStance(p, me) : "closed";
    const w = ui().diplomacy;
    const name = (x: PowerId) => at(scenario.powers, x).name;
    const waiting = p.parties.filter((x) => !p.accepted.includes(x));
    const actions: Child[] = [];
    if (this.open && stance === "awaiting-me") {
      actions.push(
        button(w.accept, () => void this.conn.command({ type: "accept", proposal: p.id }), { class: "primary", "data-testid": `accept-${p.id}` }),
        button(w.reject, () => void this.conn.command({ type: "reject", proposal: p.id }), { "data-testid": `reject-${p.id}` }),
        button(w.counter, () => this.startCounter(p), { "data-testid": `counter-${p.id}` }),
      );
    } else if (this.open && stance === "mine") {
      actions.push(button(w.withdraw, () => void this.conn.command({ type: "withdraw", proposal: p.id })));
    }
    return h(
      "li",
      { class: `card proposal ${stance}`, "data-proposal": p.id, "data-status": p.status, "data-from": p.from },
      h("div", { class: "row" }, h("b", { class: "grow" }, w.from(p.id, name(p.from), p.counterOf ?? null)), h("span", { class: `badge status-${p.status}` }, w.statuses[p.status] ?? p.status)),
      h("ul", { class: "terms" }, ...p.terms.map((t) => h("li", {}, describeTerm(t, scenario)))),
      p.note ? h("p", { class: "note" }, `“${p.note}”`) : null,
      ...this.rejectionNotes(p),
      h("div", { class: "small" }, `${w.parties(p.parties.map(name))} ${p.status === "open" && waiting.length ? w.waitingFor(waiting.map(name)) : ""}`.trim()),
      actions.length ? h("div", { class: "inline" }, ...actions) : null,
    );
  }

  /** Why each party that rejected the proposal said no, when it gave a reason. */
  private rejectionNotes(p: Proposal): HTMLElement[] {
    const { scenario, view } = this.store;
    const notes: HTMLElement[] = [];
    for (const e of view.log) {
      if (e.kind !== "proposal" || e.action !== "rejected" || e.proposalId !== p.id || !e.note) continue;
      notes.push(h("p", { class: "note rejection", "data-testid": `rejection-${p.id}` }, ui().diplomacy.rejected(at(scenario.powers, e.by).name, e.note)));
    }
    return notes;
  }

  private startCounter(p: Proposal): void {
    const me = this.me;
    if (!me) return;
    this.composer = {
      recipients: new Set(p.parties.filter((x) => x !== me)),
      terms: p.terms.map((t) => structuredClone(t)),
      note: "",
      counterOf: p.id,
    };
    this.renderComposer();
    this.composerEl.scrollIntoView({ block: "nearest" });
  }

  // --- composer

  private renderComposer(): void {
    const me = this.me;
    const { scenario } = this.store;
    if (!me) {
      fill(this.composerEl);
      return;
    }
    const c = this.composer;
    const dis = !this.open;
    const others = powerIds(scenario).filter((p) => p !== me);
    const parties = partiesFor(powerIds(scenario), me, [...c.recipients], c.terms);
    const problem = proposalProblem(scenario, me, parties, c.terms);
    const note = h("textarea", { rows: 2, maxlength: LIMITS.noteLength, placeholder: ui().diplomacy.notePlaceholder, "aria-label": ui().diplomacy.note, disabled: dis });
    note.value = c.note;
    note.addEventListener("input", () => (c.note = note.value));
    fill(
      this.composerEl,
      h("h3", {}, c.counterOf ? ui().diplomacy.counterTo(c.counterOf) : ui().diplomacy.newProposal),
      h(
        "fieldset",
        { class: "recipients" },
        h("legend", {}, ui().diplomacy.sendTo),
        ...others.map((p) => {
          const box = h("input", { type: "checkbox", checked: c.recipients.has(p), disabled: dis, "data-testid": `to-${p}` });
          box.addEventListener("change", () => {
            if (box.checked) c.recipients.add(p);
            else c.recipients.delete(p);
            this.renderComposer();
          });
          return h("label", { class: "check" }, box, swatch(at(scenario.powers, p).color), at(scenario.powers, p).short);
        }),
      ),
      h("ol", { class: "list terms-edit" }, ...c.terms.map((t, i) => this.termEditor(t, i, dis))),
      h(
        "div",
        { class: "inline" },
        select({ "aria-label": ui().diplomacy.kindOfTerm, disabled: dis, "data-testid": "term-kind" }, TERM_KINDS.map((k) => [k.kind, ui().terms.kinds[k.kind]] as const), this.newKind, (v) => (this.newKind = v as TermKind)),
        button(ui().diplomacy.addTerm, () => {
          c.terms.push(defaultTerm(this.newKind, scenario, me, [...c.recipients]));
          this.renderComposer();
        }, { disabled: dis, "data-testid": "add-term" }),
      ),
      note,
      h("p", { class: "small" }, ui().diplomacy.parties(parties.map((p) => at(scenario.powers, p).name))),
      problem && c.terms.length > 0 ? h("p", { class: "small warn" }, problem) : null,
      h(
        "div",
        { class: "inline" },
        button(c.counterOf ? ui().diplomacy.sendCounter : ui().diplomacy.sendProposal, () => void this.send(), { class: "primary", disabled: dis || problem !== null, "data-testid": "send-proposal" }),
        c.terms.length > 0 || c.counterOf
          ? button(ui().diplomacy.clear, () => {
              this.composer = { recipients: new Set(), terms: [], note: "", counterOf: null };
              this.renderComposer();
            })
          : null,
      ),
    );
  }

  private async send(): Promise<void> {
    const me = this.me;
    if (!me) return;
    const c = this.composer;
    const parties = partiesFor(powerIds(this.store.scenario), me, [...c.recipients], c.terms);
    const body = { parties, terms: c.terms, note: c.note.trim() };
    const result = c.counterOf ? await this.conn.command({ type: "counter", proposal: c.counterOf, ...body }) : await this.conn.command({ type: "propose", ...body });
    if (result.ok) {
      toast(c.counterOf ? ui().diplomacy.counterSent : ui().diplomacy.proposalSent, "ok");
      this.composer = { recipients: new Set(), terms: [], note: "", counterOf: null };
      this.renderComposer();
    }
  }

  private termEditor(t: Term, index: number, dis: boolean): HTMLElement {
    const { scenario } = this.store;
    const w = ui().diplomacy;
    const powers = powerIds(scenario).map((p) => [p, at(scenario.powers, p).name] as const);
    const update = () => this.renderComposer();
    const powerSelect = (label: string, value: PowerId, set: (p: PowerId) => void, testid?: string) =>
      h("label", { class: "field" }, label, select({ disabled: dis, ...(testid ? { "data-testid": testid } : {}) }, powers, value, (v) => {
        set(v as PowerId);
        update();
      }));
    const turns = h("label", { class: "field" }, w.turns, numberInput({ class: "num", disabled: dis }, t.turns, 1, LIMITS.turns, (v) => {
      t.turns = v;
      update();
    }));
    const zonePicker = (zones: string[]) =>
      h(
        "fieldset",
        { class: "zones" },
        h("legend", {}, w.zones),
        ...scenario.zones.map((z) => {
          const box = h("input", { type: "checkbox", checked: zones.includes(z.id), disabled: dis });
          box.addEventListener("change", () => {
            const i = zones.indexOf(z.id);
            if (box.checked && i < 0) zones.push(z.id);
            if (!box.checked && i >= 0) zones.splice(i, 1);
            update();
          });
          return h("label", { class: "check small" }, box, z.name);
        }),
      );
    const powerChecks = (legend: string, chosen: PowerId[]) =>
      h(
        "fieldset",
        { class: "zones" },
        h("legend", {}, legend),
        ...powerIds(scenario).map((p) => {
          const box = h("input", { type: "checkbox", checked: chosen.includes(p), disabled: dis });
          box.addEventListener("change", () => {
            const i = chosen.indexOf(p);
            if (box.checked && i < 0) chosen.push(p);
            if (!box.checked && i >= 0) chosen.splice(i, 1);
            update();
          });
          return h("label", { class: "check small" }, box, at(scenario.powers, p).short);
        }),
      );
    let fields: Child[] = [];
    switch (t.kind) {
      case "overflight":
        fields = [
          powerSelect(w.grantor, t.grantor, (p) => (t.grantor = p), "term-grantor"),
          powerSelect(w.grantee, t.grantee, (p) => (t.grantee = p), "term-grantee"),
          h("label", { class: "field" }, w.scope, select({ disabled: dis, "data-testid": "term-scope" }, OVERFLIGHT_SCOPES.map((s) => [s, ui().terms.scopes[s]] as const), t.scope, (v) => {
            t.scope = v as typeof t.scope;
            update();
          })),
          turns,
        ];
        break;
      case "nfz":
        fields = [
          zonePicker(t.zones),
          h(
            "fieldset",
            { class: "zones" },
            h("legend", {}, w.pledges),
            ...powerIds(scenario).filter((p) => at(scenario.powers, p).patrolUnits > 0).map((p) =>
              h("label", { class: "field small" }, at(scenario.powers, p).short, numberInput({ class: "num", disabled: dis }, t.pledges[p] ?? 0, 0, at(scenario.powers, p).patrolUnits, (v) => {
                if (v > 0) t.pledges[p] = v;
                else delete t.pledges[p];
                update();
              })),
            ),
          ),
          powerChecks(w.exempt, t.exempt),
          turns,
        ];
        break;
      case "support":
        fields = [
          powerSelect(w.pledger, t.pledger, (p) => (t.pledger = p)),
          h("label", { class: "field" }, w.stance, select({ disabled: dis }, [["stop", w.stop], ["support", w.support]], t.stance, (v) => {
            t.stance = v as "stop" | "support";
            update();
          })),
          h("label", { class: "field" }, w.faction, select({ disabled: dis }, factionIds(scenario).map((f) => [f, at(scenario.factions, f).name] as const), t.faction, (v) => {
            t.faction = v as FactionId;
            update();
          })),
          zonePicker(t.zones),
          turns,
        ];
        break;
      case "basing":
        fields = [powerSelect(w.host, t.host, (p) => (t.host = p)), powerSelect(w.guest, t.guest, (p) => (t.guest = p)), turns];
        break;
      case "intel":
        fields = [powerChecks(w.members, t.members), turns];
        break;
    }
    return h(
      "li",
      { class: "card term", "data-term": t.kind },
      h("div", { class: "row" }, h("b", { class: "grow" }, ui().terms.kinds[t.kind] ?? t.kind), button("✕", () => {
        this.composer.terms.splice(index, 1);
        this.renderComposer();
      }, { class: "icon", disabled: dis, "aria-label": w.removeTerm })),
      h("div", { class: "fields" }, ...fields),
      h("p", { class: "small hint" }, describeTerm(t, scenario)),
    );
  }
}

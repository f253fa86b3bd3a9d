/**
 * The diplomacy panel: who plays each power, proposals addressed to this seat (accept, reject,
 * counter), its own (withdraw), a composer of terms (overflight, no-fly zone, proxy support,
 * basing, intelligence cell) sent to one or more powers, and the treaties in force.
 */
import { FACTIONS, POWERS } from "../../../shared/ids";
import type { FactionId, PowerId } from "../../../shared/ids";
import { OVERFLIGHT_SCOPES } from "../../../shared/terms";
import type { Proposal, Term, TermKind } from "../../../shared/terms";
import type { Connection } from "../net/connection";
import { capitalise, list, plural } from "../model/format";
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
  readonly root = h("section", { class: "panel diplomacy", "aria-label": "Diplomacy" });
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
    const phase = view.phase === "diplomacy" ? "Proposals bind when every party accepts. Open ones lapse at the end of the turn." : "Proposals can be made, accepted and countered in the diplomacy phase.";
    fill(
      this.head,
      h("h2", {}, "Diplomacy"),
      h("p", { class: "hint" }, phase),
      h(
        "ul",
        { class: "roster" },
        ...POWERS.map((p) => {
          const seat = pub?.seats[p];
          const who = !seat ? "" : seat.bot ? `bot${seat.botReason === "absent" ? " (player away)" : ""}` : seat.players.map((x) => x.name).join(", ") || "open";
          const take =
            this.store.viewer === "spectator" && seat?.claimable && seat.players.length === 0 && view.status === "running"
              ? button("Take", () => void this.conn.claim(p), { class: "small", "data-testid": `claim-${p}`, title: `Play ${scenario.powers[p].name} (a bot plays it now)` })
              : null;
          return h("li", { "data-power": p }, swatch(scenario.powers[p].color), h("b", {}, scenario.powers[p].name), h("span", { class: "small" }, ` ${who}${p === this.me ? " (you)" : ""}${view.powers[p].ready ? " ✓ ready" : ""} `), take);
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
    fill(
      this.proposals,
      h("h3", {}, `Proposals (${openOnes.length} open)`),
      openOnes.length === 0 ? h("p", { class: "hint small" }, "No open proposals.") : h("ul", { class: "list cards" }, ...openOnes.map((p) => this.proposalCard(p))),
      closed.length > 0 ? h("details", {}, h("summary", {}, `Settled this turn (${closed.length})`), h("ul", { class: "list cards" }, ...closed.map((p) => this.proposalCard(p)))) : null,
    );
    const inForce = view.treaties.filter((t) => t.status === "active" || t.status === "agreed");
    const ended = view.treaties.filter((t) => t.status !== "active" && t.status !== "agreed");
    fill(
      this.treaties,
      h("h3", {}, `Treaties in force (${inForce.length})`),
      inForce.length === 0
        ? h("p", { class: "hint small" }, "None.")
        : h(
            "ul",
            { class: "list" },
            ...inForce.map((t) =>
              h(
                "li",
                { class: `row small ${me && t.parties.includes(me) ? "mine" : ""}`, "data-treaty": t.id, "data-kind": t.term.kind },
                h("span", { class: "grow" }, `${t.id}: ${describeTerm(t.term, scenario, t.untilTurn)}`),
                h("span", { class: "badge" }, t.status === "agreed" ? "from this turn" : `${plural(turnsLeft(t, view.turn), "turn")} left`),
              ),
            ),
          ),
      ended.length > 0 ? h("details", {}, h("summary", {}, `Ended (${ended.length})`), h("ul", { class: "list" }, ...ended.map((t) => h("li", { class: "small" }, `${t.id}: ${describeTerm(t.term, scenario)} — ${t.status}${t.endedBy ? ` by ${scenario.powers[t.endedBy].name}` : ""}`)))) : null,
    );
  }

  private proposalCard(p: Proposal): HTMLElement {
    const { scenario } = this.store;
    const me = this.me;
    const stance = me ? proposalStance(p, me) : "closed";
    const name = (x: PowerId) => scenario.powers[x].name;
    const waiting = p.parties.filter((x) => !p.accepted.includes(x));
    const actions: Child[] = [];
    if (this.open && stance === "awaiting-me") {
      actions.push(
        button("Accept", () => void this.conn.command({ type: "accept", proposal: p.id }), { class: "primary", "data-testid": `accept-${p.id}` }),
        button("Reject", () => void this.conn.command({ type: "reject", proposal: p.id }), { "data-testid": `reject-${p.id}` }),
        button("Counter", () => this.startCounter(p), { "data-testid": `counter-${p.id}` }),
      );
    } else if (this.open && stance === "mine") {
      actions.push(button("Withdraw", () => void this.conn.command({ type: "withdraw", proposal: p.id })));
    }
    return h(
      "li",
      { class: `card proposal ${stance}`, "data-proposal": p.id, "data-status": p.status, "data-from": p.from },
      h("div", { class: "row" }, h("b", { class: "grow" }, `${p.id} from ${name(p.from)}${p.counterOf ? ` (counters ${p.counterOf})` : ""}`), h("span", { class: `badge status-${p.status}` }, capitalise(p.status))),
      h("ul", { class: "terms" }, ...p.terms.map((t) => h("li", {}, describeTerm(t, scenario)))),
      p.note ? h("p", { class: "note" }, `“${p.note}”`) : null,
      ...this.rejectionNotes(p),
      h("div", { class: "small" }, `Parties: ${list(p.parties.map(name))}. ${p.status === "open" ? (waiting.length ? `Waiting for ${list(waiting.map(name))}.` : "") : ""}`),
      actions.length ? h("div", { class: "inline" }, ...actions) : null,
    );
  }

  /** Why each party that rejected the proposal said no, when it gave a reason. */
  private rejectionNotes(p: Proposal): HTMLElement[] {
    const { scenario, view } = this.store;
    const notes: HTMLElement[] = [];
    for (const e of view.log) {
      if (e.kind !== "proposal" || e.action !== "rejected" || e.proposalId !== p.id || !e.note) continue;
      notes.push(h("p", { class: "note rejection", "data-testid": `rejection-${p.id}` }, `${scenario.powers[e.by].name} rejected it: “${e.note}”`));
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
    const others = POWERS.filter((p) => p !== me);
    const parties = partiesFor(me, [...c.recipients], c.terms);
    const problem = proposalProblem(scenario, me, parties, c.terms);
    const note = h("textarea", { rows: 2, maxlength: LIMITS.noteLength, placeholder: "A note to the other parties (optional)", "aria-label": "Note", disabled: dis });
    note.value = c.note;
    note.addEventListener("input", () => (c.note = note.value));
    fill(
      this.composerEl,
      h("h3", {}, c.counterOf ? `Counter-proposal to ${c.counterOf}` : "New proposal"),
      h(
        "fieldset",
        { class: "recipients" },
        h("legend", {}, "Send to"),
        ...others.map((p) => {
          const box = h("input", { type: "checkbox", checked: c.recipients.has(p), disabled: dis, "data-testid": `to-${p}` });
          box.addEventListener("change", () => {
            if (box.checked) c.recipients.add(p);
            else c.recipients.delete(p);
            this.renderComposer();
          });
          return h("label", { class: "check" }, box, swatch(scenario.powers[p].color), scenario.powers[p].short);
        }),
      ),
      h("ol", { class: "list terms-edit" }, ...c.terms.map((t, i) => this.termEditor(t, i, dis))),
      h(
        "div",
        { class: "inline" },
        select({ "aria-label": "Kind of term", disabled: dis, "data-testid": "term-kind" }, TERM_KINDS.map((k) => [k.kind, k.label] as const), this.newKind, (v) => (this.newKind = v as TermKind)),
        button("Add term", () => {
          c.terms.push(defaultTerm(this.newKind, scenario, me, [...c.recipients]));
          this.renderComposer();
        }, { disabled: dis, "data-testid": "add-term" }),
      ),
      note,
      h("p", { class: "small" }, `Parties: ${list(parties.map((p) => scenario.powers[p].name))}`),
      problem && c.terms.length > 0 ? h("p", { class: "small warn" }, problem) : null,
      h(
        "div",
        { class: "inline" },
        button(c.counterOf ? "Send counter" : "Send proposal", () => void this.send(), { class: "primary", disabled: dis || problem !== null, "data-testid": "send-proposal" }),
        c.terms.length > 0 || c.counterOf
          ? button("Clear", () => {
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
    const parties = partiesFor(me, [...c.recipients], c.terms);
    const body = { parties, terms: c.terms, note: c.note.trim() };
    const result = c.counterOf ? await this.conn.command({ type: "counter", proposal: c.counterOf, ...body }) : await this.conn.command({ type: "propose", ...body });
    if (result.ok) {
      toast(c.counterOf ? "Counter-proposal sent." : "Proposal sent.", "ok");
      this.composer = { recipients: new Set(), terms: [], note: "", counterOf: null };
      this.renderComposer();
    }
  }

  private termEditor(t: Term, index: number, dis: boolean): HTMLElement {
    const { scenario } = this.store;
    const powers = POWERS.map((p) => [p, scenario.powers[p].name] as const);
    const update = () => this.renderComposer();
    const powerSelect = (label: string, value: PowerId, set: (p: PowerId) => void, testid?: string) =>
      h("label", { class: "field" }, label, select({ disabled: dis, ...(testid ? { "data-testid": testid } : {}) }, powers, value, (v) => {
        set(v as PowerId);
        update();
      }));
    const turns = h("label", { class: "field" }, "Turns", numberInput({ class: "num", disabled: dis }, t.turns, 1, LIMITS.turns, (v) => {
      t.turns = v;
      update();
    }));
    const zonePicker = (zones: string[]) =>
      h(
        "fieldset",
        { class: "zones" },
        h("legend", {}, "Zones"),
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
        ...POWERS.map((p) => {
          const box = h("input", { type: "checkbox", checked: chosen.includes(p), disabled: dis });
          box.addEventListener("change", () => {
            const i = chosen.indexOf(p);
            if (box.checked && i < 0) chosen.push(p);
            if (!box.checked && i >= 0) chosen.splice(i, 1);
            update();
          });
          return h("label", { class: "check small" }, box, scenario.powers[p].short);
        }),
      );
    let fields: Child[] = [];
    switch (t.kind) {
      case "overflight":
        fields = [
          powerSelect("Grantor", t.grantor, (p) => (t.grantor = p), "term-grantor"),
          powerSelect("Grantee", t.grantee, (p) => (t.grantee = p), "term-grantee"),
          h("label", { class: "field" }, "Scope", select({ disabled: dis, "data-testid": "term-scope" }, OVERFLIGHT_SCOPES.map((s) => [s, s === "both" ? "missiles and aircraft" : s] as const), t.scope, (v) => {
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
            h("legend", {}, "Patrol pledges (units)"),
            ...POWERS.filter((p) => scenario.powers[p].patrolUnits > 0).map((p) =>
              h("label", { class: "field small" }, scenario.powers[p].short, numberInput({ class: "num", disabled: dis }, t.pledges[p] ?? 0, 0, scenario.powers[p].patrolUnits, (v) => {
                if (v > 0) t.pledges[p] = v;
                else delete t.pledges[p];
                update();
              })),
            ),
          ),
          powerChecks("Exempt powers", t.exempt),
          turns,
        ];
        break;
      case "support":
        fields = [
          powerSelect("Pledger", t.pledger, (p) => (t.pledger = p)),
          h("label", { class: "field" }, "Stance", select({ disabled: dis }, [["stop", "stop supporting"], ["support", "support"]], t.stance, (v) => {
            t.stance = v as "stop" | "support";
            update();
          })),
          h("label", { class: "field" }, "Faction", select({ disabled: dis }, FACTIONS.map((f) => [f, scenario.factions[f].name] as const), t.faction, (v) => {
            t.faction = v as FactionId;
            update();
          })),
          zonePicker(t.zones),
          turns,
        ];
        break;
      case "basing":
        fields = [powerSelect("Host", t.host, (p) => (t.host = p)), powerSelect("Guest", t.guest, (p) => (t.guest = p)), turns];
        break;
      case "intel":
        fields = [powerChecks("Members", t.members), turns];
        break;
    }
    return h(
      "li",
      { class: "card term", "data-term": t.kind },
      h("div", { class: "row" }, h("b", { class: "grow" }, TERM_KINDS.find((k) => k.kind === t.kind)?.label ?? t.kind), button("✕", () => {
        this.composer.terms.splice(index, 1);
        this.renderComposer();
      }, { class: "icon", disabled: dis, "aria-label": "Remove term" })),
      h("div", { class: "fields" }, ...fields),
      h("p", { class: "small hint" }, describeTerm(t, scenario)),
    );
  }
}

/**
 * The orders panel: platforms and the strike being planned (route length against range, each
 * airspace crossed and the rights held there), strikes in the draft, proxy support, air
 * defence posture, no-fly-zone patrols, revocations, what it all costs, and sending.
 */
import { at } from "../../../shared/at";
import { factionIds } from "../../../shared/scenario/ids-of";
import { POSTURES } from "../../../shared/ids";
import type { FactionId } from "../../../shared/ids";
import type { Connection } from "../net/connection";
import { formatKm } from "../model/format";
import type { MatchStore } from "../model/match-store";
import { RIGHTS_STYLE } from "../model/palette";
import { commitmentsOf, costLines, costTotal, ordersWarnings, previewOf } from "../model/commitments";
import { describeTerm, turnsLeft } from "../model/proposal";
import { basingNeed } from "../model/rights";
import { parseWaypoint } from "../model/waypoint-input";
import { mirror } from "../observe";
import { button, fill, h, keepFocus, numberInput, select } from "./dom";
import { toast } from "./toasts";
import type { TeamView } from "../../../shared/team-draft";
import { LIMITS } from "../../../shared/limits";
import { ui } from "../lang/ui";
import { changeText } from "../model/draft-change";

/** The panel's words in the player's language. */
const w = () => ui().orders;

function clockTime(at: number): string {
  return new Date(at).toTimeString().slice(0, 5);
}

export class OrdersPanel {
  readonly root = h("section", { class: "panel orders", "aria-label": w().title });
  private readonly head = h("div", { class: "panel-head" });
  private readonly commitments = h("div", { class: "block commitments", "data-testid": "commitments" });
  private readonly platforms = h("div", { class: "block" });
  private readonly plan = h("div", { class: "block plan", "data-testid": "route-plan" });
  private readonly planInfo = h("div", { class: "plan-info" });
  private readonly planForm = h("div", { class: "plan-form" });
  /** A waypoint typed in (kept across re-renders, so a patch arriving while typing loses nothing). */
  private readonly waypointLat = h("input", { type: "text", inputmode: "decimal", size: 8, placeholder: w().waypointLat, "aria-label": w().waypointLatLabel, "data-testid": "waypoint-lat", onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && this.addTypedWaypoint() });
  private readonly waypointLon = h("input", { type: "text", inputmode: "decimal", size: 8, placeholder: w().waypointLon, "aria-label": w().waypointLonLabel, "data-testid": "waypoint-lon", onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && this.addTypedWaypoint() });
  /** Why a typed waypoint was refused, tied to the field at fault (aria-describedby). */
  private readonly waypointError = h("p", { id: "waypoint-error", class: "small warn", role: "alert", hidden: true, "data-testid": "waypoint-error" });
  private readonly strikes = h("div", { class: "block" });
  private readonly rest = h("div", { class: "block" });
  private readonly footer = h("div", { class: "block footer" });
  private formKey = "";

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
  ) {
    this.plan.append(this.planInfo, this.planForm);
    this.root.append(this.head, this.commitments, this.plan, this.platforms, this.strikes, this.rest, this.footer);
    store.on("view", ({ phaseChanged }) => {
      if (phaseChanged) this.formKey = "";
      this.render();
    });
    store.on("route", () => keepFocus(this.root, () => this.renderPlan()));
    store.on("draft", () => keepFocus(this.root, () => this.render()));
    store.on("team", () => keepFocus(this.root, () => this.renderFooter()));
    for (const field of [this.waypointLat, this.waypointLon]) field.addEventListener("input", () => this.showWaypointError(null));
    this.render();
  }

  /** Plans from a platform chosen by its button: focus goes to the form that opens. */
  private planFromButton(asset: string): void {
    if (!this.store.planFrom(asset)) return;
    this.plan.querySelector<HTMLElement>("h3")?.focus();
  }

  private showWaypointError(problem: { message: string; field: "latitude" | "longitude" } | null): void {
    this.waypointError.hidden = problem === null;
    this.waypointError.textContent = problem?.message ?? "";
    for (const [field, el] of [["latitude", this.waypointLat], ["longitude", this.waypointLon]] as const) {
      const bad = problem?.field === field;
      el.toggleAttribute("aria-invalid", bad);
      if (bad) {
        el.setAttribute("aria-invalid", "true");
        el.setAttribute("aria-describedby", "waypoint-error");
        el.focus();
      } else el.removeAttribute("aria-describedby");
    }
  }

  /** The draft can be edited ahead of the orders phase; it is sent in the orders phase. */
  private get editable(): boolean {
    return this.store.canPlan;
  }

  private get sendable(): boolean {
    return this.store.power !== null && this.store.view.phase === "orders" && this.store.view.status === "running";
  }

  render(): void {
    const { view, scenario, power, draft } = this.store;
    if (!power || !draft) {
      fill(this.head, h("h2", {}, w().title), h("p", { class: "hint" }, w().spectators));
      return;
    }
    const hint =
      view.phase === "orders"
        ? w().hintOrders
        : view.phase === "report" || view.phase === "resolution"
          ? w().hintResolved
          : w().hintLater;
    fill(this.head, h("h2", {}, w().title), h("p", { class: "hint" }, hint));

    const commitments = commitmentsOf(scenario, view, power, draft);
    const STATE_TEXT = w().states;
    fill(
      this.commitments,
      h("h3", {}, w().commitments(commitments.length)),
      commitments.length === 0
        ? h("p", { class: "hint small" }, w().noCommitments)
        : h(
            "ul",
            { class: "list" },
            ...commitments.map((c) =>
              h(
                "li",
                { class: `commitment ${c.state}`, "data-treaty-id": c.treatyId, "data-state": c.state },
                h("div", { class: "small" }, h("b", {}, `${c.treatyId}: `), c.text),
                h("div", { class: "small" }, c.requires, c.state !== "none" ? h("span", { class: `badge state-${c.state}` }, STATE_TEXT[c.state]) : null),
                c.cost ? h("div", { class: "small warn" }, w().ifBroken(c.cost)) : null,
              ),
            ),
          ),
    );

    const mine = scenario.assets.filter((a) => a.owner === power);
    fill(
      this.platforms,
      h("h3", {}, w().platforms),
      h(
        "ul",
        { class: "list" },
        ...mine.map((a) => {
          const weapon = scenario.weapons[a.weapon]!;
          const stock = view.assets[a.id]?.stock ?? null;
          const left = this.store.unitsLeft(a.id);
          const basing = basingNeed(scenario, view.treaties, a.id);
          return h(
            "li",
            { class: "row", "data-asset": a.id },
            h(
              "div",
              { class: "grow" },
              h("div", {}, h("b", {}, a.name)),
              h("div", { class: "small" }, w().platformLine(weapon.name, formatKm(weapon.rangeKm), stock === null ? "?" : String(stock), left)),
              basing && !basing.held ? h("div", { class: "small warn" }, w().needsBasing(at(scenario.powers, basing.host).name)) : null,
            ),
            button(w().planStrike, () => this.planFromButton(a.id), { disabled: !this.editable || left === 0, "data-testid": `plan-${a.id}`, title: w().planStrikeTitle }),
          );
        }),
      ),
    );

    fill(
      this.strikes,
      h("h3", { tabindex: -1, "data-testid": "strikes-heading" }, w().strikes(draft.strikes.length)),
      draft.strikes.length === 0
        ? h("p", { class: "hint" }, w().noStrikes)
        : h(
            "ul",
            { class: "list" },
            ...draft.strikes.map((s) =>
              h(
                "li",
                { class: "row", "data-strike": s.id },
                h(
                  "div",
                  { class: "grow" },
                  h("b", {}, w().strikeLine(s.id, s.units, scenario.assets.find((a) => a.id === s.asset)?.name ?? s.asset)),
                  h("div", { class: "small" }, w().strikeTarget(at(scenario.factions, s.faction).name, scenario.zones.find((z) => z.id === s.zone)?.name ?? s.zone, at(scenario.factions, s.claim).name, s.waypoints.length)),
                  this.store.team?.draft.strikeBy[s.id] ? h("div", { class: "small hint", "data-testid": "strike-by" }, w().by(this.store.team.draft.strikeBy[s.id]!)) : null,
                ),
                button(w().edit, () => this.store.editStrike(s.id), { disabled: !this.editable }),
                button("✕", () => {
                  draft.removeStrike(s.id);
                  this.store.draftChanged();
                  this.strikes.querySelector<HTMLElement>("[data-testid=strikes-heading]")?.focus();
                }, { disabled: !this.editable, "aria-label": w().removeStrike(s.id), class: "icon" }),
              ),
            ),
          ),
    );

    this.renderRest();
    this.renderFooter();
    this.renderPlan();
  }

  private renderRest(): void {
    const { view, scenario, power, draft } = this.store;
    if (!power || !draft) return;
    const setup = at(scenario.powers, power);
    const dis = !this.editable;
    // Proxy support
    const supportLeft = setup.supportPoints - draft.supportUsed();
    // The scenario's second faction, else its first (Caspian Salvo: the rebels).
    let sf: FactionId = factionIds(scenario)[1] ?? factionIds(scenario)[0] ?? "";
    let sz = scenario.zones[0]!.id;
    let sp = 1;
    let covert = false;
    const supportForm = h(
      "div",
      { class: "inline" },
      select({ "aria-label": w().supportFaction, disabled: dis }, factionIds(scenario).map((f) => [f, at(scenario.factions, f).name] as const), sf, (v) => (sf = v as FactionId)),
      select({ "aria-label": w().zone, disabled: dis }, scenario.zones.map((z) => [z.id, z.name] as const), sz, (v) => (sz = v)),
      numberInput({ "aria-label": w().supportPoints, disabled: dis, class: "num" }, 1, 1, Math.max(1, supportLeft), (v) => (sp = v)),
      h("label", { class: "check" }, this.checkbox(false, dis, (v) => (covert = v)), w().covert),
      button(w().add, () => {
        if (sp > supportLeft) return toast(w().supportLeft(supportLeft), "error");
        draft.setSupport(null, { faction: sf, zone: sz, points: sp, covert });
        this.store.draftChanged();
      }, { disabled: dis || supportLeft <= 0 }),
    );
    const support = h(
      "div",
      { class: "sub" },
      h("h3", {}, w().support(draft.supportUsed(), setup.supportPoints)),
      h(
        "ul",
        { class: "list" },
        ...draft.support.map((s, i) =>
          h(
            "li",
            { class: "row" },
            h("span", { class: "grow" }, w().supportLine(s.points, at(scenario.factions, s.faction).name, scenario.zones.find((z) => z.id === s.zone)?.name ?? s.zone, s.covert)),
            button("✕", () => {
              draft.removeSupport(i);
              this.store.draftChanged();
            }, { disabled: dis, class: "icon", "aria-label": w().removeSupport }),
          ),
        ),
      ),
      supportForm,
      h("p", { class: "small hint" }, w().supportHint),
    );
    // Posture
    const posture = h(
      "fieldset",
      { class: "sub" },
      h("legend", {}, w().posture),
      ...POSTURES.map((p) =>
        h(
          "label",
          { class: "radio" },
          this.radio("posture", p, draft.posture === p, dis, () => {
            draft.setPosture(p);
            this.store.draftChanged();
          }),
          h("span", {}, w().postures[p]),
        ),
      ),
    );
    // Patrols
    const nfzs = view.treaties.filter((t) => t.term.kind === "nfz" && (t.status === "agreed" || t.status === "active") && t.parties.includes(power));
    const patrols = h(
      "div",
      { class: "sub" },
      h("h3", {}, w().patrols(draft.patrolsUsed(), setup.patrolUnits)),
      nfzs.length === 0
        ? h("p", { class: "hint small" }, w().noNfz)
        : h(
            "ul",
            { class: "list" },
            ...nfzs.map((t) =>
              h(
                "li",
                { class: "row" },
                h("span", { class: "grow small" }, `${t.id}: ${describeTerm(t.term, scenario, t.untilTurn)}`),
                numberInput({ class: "num", "aria-label": w().patrolUnits(t.id), disabled: dis }, draft.patrols.find((p) => p.treaty === t.id)?.units ?? 0, 0, setup.patrolUnits, (v) => {
                  draft.setPatrol(t.id, v);
                  this.store.draftChanged();
                }),
              ),
            ),
          ),
    );
    // Revocations
    const mineInForce = view.treaties.filter((t) => (t.status === "agreed" || t.status === "active") && t.parties.includes(power));
    const revoke = h(
      "div",
      { class: "sub" },
      h("h3", {}, w().revoke),
      mineInForce.length === 0
        ? h("p", { class: "hint small" }, w().noTreaty)
        : h(
            "ul",
            { class: "list" },
            ...mineInForce.map((t) =>
              h(
                "li",
                { class: "row" },
                h(
                  "label",
                  { class: "check grow small" },
                  this.checkbox(draft.revoke.includes(t.id), dis, (v) => {
                    draft.toggleRevoke(t.id, v);
                    this.store.draftChanged();
                  }),
                  `${t.id}: ${describeTerm(t.term, scenario, t.untilTurn)} ${w().turnsLeft(turnsLeft(t, view.turn))}`,
                ),
              ),
            ),
          ),
      h("p", { class: "small hint" }, w().revokeHint(scenario.tracks.credibilityLostOnRevocation)),
    );
    fill(this.rest, support, posture, patrols, revoke);
  }

  private renderFooter(): void {
    const { view, power, draft } = this.store;
    if (!power || !draft) return;
    const sent = view.orders[power];
    const preview = previewOf(view, power, draft);
    const costs = costLines(this.store.scenario, view, power, draft, preview);
    const warnings = ordersWarnings(this.store.scenario, view, power, draft);
    const team = this.store.team;
    const teamSent = team?.draft.sent ?? null;
    const sentBy = teamSent && team && team.connected > 1 ? w().sentBy(teamSent.by, clockTime(teamSent.at)) : "";
    const status = !this.sendable && !sent ? w().sentInPhase : !sent ? w().notSent : draft.dirty ? w().changed(sentBy) : w().sent(sentBy);
    fill(
      this.footer,
      team ? this.teamBlock(team) : null,
      h("h3", {}, w().cost),
      costs.length === 0
        ? h("p", { class: "hint small" }, w().noCost)
        : h("ul", { class: "list costs" }, ...costs.map((c) => h("li", { class: "row small" }, h("span", { class: "grow" }, c.what), h("span", { class: "cost" }, c.cost)))),
      h("p", { class: "small" }, w().total(costTotal(preview))),
      warnings.length > 0
        ? h("div", { class: "orders-warnings", "data-testid": "orders-warnings", role: "status" }, h("h4", {}, w().beforeSend), h("ul", { class: "list" }, ...warnings.map((x) => h("li", { class: "small warn", "data-warning": x.kind }, x.text))))
        : null,
      h(
        "div",
        { class: "inline" },
        button(w().sendOrders, () => void this.send(), { class: "primary", disabled: !this.sendable, "data-testid": "send-orders" }),
        h("span", { class: `small ${sent && !draft.dirty ? "ok" : "warn"}`, "data-testid": "orders-status" }, status),
      ),
    );
    mirror("orders-sent", !!sent && !draft.dirty);
  }

  /** The team's shared draft: who changed what lately, and who is ready. */
  private teamBlock(team: TeamView): HTMLElement | null {
    const changes = team.draft.changes.slice(-5).reverse();
    // A player alone on their seat sees no team block.
    if (team.connected <= 1 && Object.keys(team.draft.parts).length <= 1 && team.rule === "any") return null;
    return h(
      "div",
      { class: "sub team-draft", "data-testid": "team-draft" },
      h("h3", {}, w().teamDraft),
      h("p", { class: "small hint" }, w().teamDraftHint),
      changes.length === 0
        ? h("p", { class: "small hint" }, w().noChanges)
        : h("ul", { class: "list", "aria-live": "polite" }, ...changes.map((c) => h("li", { class: "small", "data-testid": "team-change" }, `${clockTime(c.at)} ${c.by}: ${changeText(c.what, this.store.scenario)}`))),
      h("p", { class: "small", "data-testid": "team-ready" }, w().teamReady(team.ready, team.rule === "any" ? w().ruleAny : team.rule === "majority" || !team.captain ? w().ruleMajority : w().ruleCaptain(team.captain))),
    );
  }

  private async send(): Promise<void> {
    const draft = this.store.draft;
    if (!draft) return;
    if (this.store.planner.active && this.store.planner.zone) {
      const problem = this.store.commitRoute();
      if (problem) return toast(problem, "error");
    }
    const problem = this.store.ordersProblem();
    if (problem) return toast(problem, "error");
    if (await this.store.sendOrders()) toast(this.store.team && this.store.team.connected > 1 ? w().teamSent : w().ordersSent, "ok");
  }

  private addTypedWaypoint(): void {
    const planner = this.store.planner;
    const parsed = parseWaypoint(this.waypointLat.value, this.waypointLon.value);
    if (!parsed.ok) return this.showWaypointError(parsed);
    if (!planner.addWaypoint(parsed.point)) return this.showWaypointError({ message: w().tooManyWaypoints(LIMITS.waypoints), field: "latitude" });
    this.showWaypointError(null);
    this.waypointLat.value = "";
    this.waypointLon.value = "";
    this.store.routeChanged();
    this.waypointLat.focus();
  }

  private renderPlan(): void {
    const { planner, view, scenario, draft } = this.store;
    this.plan.hidden = !planner.active;
    mirror("planning", planner.active);
    if (!planner.active || !draft) {
      fill(this.planInfo);
      fill(this.planForm);
      this.formKey = "";
      return;
    }
    const preview = planner.preview(view.treaties);
    if (!preview) return;
    const { plan, weapon } = preview;
    const pct = Math.min(100, (plan.lengthKm / weapon.rangeKm) * 100);
    const bar = h("div", { class: `range ${plan.inRange ? "" : "over"}`, role: "meter", "aria-valuenow": Math.round(plan.lengthKm), "aria-valuemax": weapon.rangeKm, "aria-label": w().rangeMeter });
    const fillBar = h("div", { class: "range-fill" });
    fillBar.style.width = `${pct}%`;
    bar.append(fillBar);
    fill(
      this.planInfo,
      h("h3", { tabindex: -1 }, w().strikeFrom(preview.asset.name)),
      h("p", { class: "small hint" }, preview.zone ? w().clickHintTarget : w().clickHint),
      h(
        "div",
        { class: "row", "data-testid": "route-length" },
        h("span", { class: "grow" }, w().routeLength(Boolean(preview.zone), formatKm(plan.lengthKm), formatKm(weapon.rangeKm))),
        h("b", { class: plan.inRange ? "ok" : "warn" }, plan.inRange ? w().inRange : w().outOfRange),
      ),
      bar,
      planner.waypoints.length > 0
        ? h(
            "ol",
            { class: "list waypoints" },
            ...planner.waypoints.map((p, i) =>
              h(
                "li",
                { class: "row small" },
                h("span", { class: "grow" }, w().waypoint(i + 1, p[1].toFixed(2), p[0].toFixed(2))),
                button("✕", () => {
                  planner.removeWaypoint(i);
                  this.store.routeChanged();
                }, { class: "icon", "aria-label": w().removeWaypoint(i + 1) }),
              ),
            ),
          )
        : null,
      h("div", { class: "inline waypoint-entry" }, this.waypointLat, this.waypointLon, button(w().addWaypoint, () => this.addTypedWaypoint(), { "data-testid": "add-waypoint", disabled: !planner.canAddWaypoint() })),
      this.waypointError,
      h("h4", {}, w().airspaces),
      h(
        "ul",
        { class: "list airspaces", "data-testid": "airspaces" },
        ...preview.passages.map((p) => {
          const style = RIGHTS_STYLE[p.rights];
          const badge = h("span", { class: `rights rights-${p.rights}` }, ui().match.rights[p.rights]);
          badge.style.borderColor = style.css;
          return h("li", { class: "row small", "data-country": p.country ?? "sea", "data-rights": p.rights }, h("span", { class: "grow" }, `${p.name} · ${formatKm(p.km)}`), badge);
        }),
      ),
      preview.violations.length > 0 ? h("p", { class: "small warn" }, w().withoutRights(preview.violations)) : null,
      preview.basing && !preview.basing.held ? h("p", { class: "small warn" }, w().flyingNeedsBasing(at(scenario.powers, preview.basing.host).name)) : null,
    );
    const key = `${planner.asset}|${planner.zone}|${this.store.strikeForm.editing}`;
    if (key !== this.formKey) {
      const started = this.formKey === "" || this.formKey.split("|")[0] !== planner.asset;
      this.formKey = key;
      this.renderPlanForm();
      if (started) this.plan.scrollIntoView({ block: "start" });
    }
  }

  private renderPlanForm(): void {
    const store = this.store;
    const { planner, scenario, view, draft } = store;
    if (!draft || !planner.asset) return;
    const form = store.strikeForm;
    const left = store.unitsLeft(planner.asset, form.editing ?? undefined);
    const factions = factionIds(scenario).map((f) => [f, at(scenario.factions, f).name] as const);
    fill(
      this.planForm,
      h(
        "label",
        { class: "field" },
        w().targetZone,
        select({ "data-testid": "target-zone" }, [["", w().clickZone] as const, ...scenario.zones.map((z) => [z.id, z.name] as const)], planner.zone ?? "", (v) => {
          if (v) planner.setTarget(v);
          else planner.zone = null;
          store.routeChanged();
        }),
      ),
      h("label", { class: "field" }, w().intendedFaction, select({ "data-testid": "strike-faction" }, factions, form.faction, (v) => (form.faction = v as FactionId))),
      h("label", { class: "field" }, w().units(left), numberInput({ class: "num", "data-testid": "strike-units" }, Math.min(form.units, Math.max(1, left)), 1, Math.max(1, left), (v) => (form.units = v))),
      h("label", { class: "field" }, w().publicClaim, select({ "data-testid": "strike-claim" }, factions, form.claim, (v) => (form.claim = v as FactionId))),
      h(
        "div",
        { class: "inline" },
        button(form.editing ? w().updateStrike : w().addStrike, () => {
          const problem = store.commitRoute();
          if (problem) toast(problem, "error");
          else this.strikes.querySelector<HTMLElement>("[data-testid=strikes-heading]")?.focus();
        }, { class: "primary", "data-testid": "add-strike" }),
        button(w().cancel, () => {
          const asset = planner.asset;
          store.cancelRoute();
          this.platforms.querySelector<HTMLElement>(`[data-testid="plan-${asset}"]`)?.focus();
        }),
      ),
    );
    form.units = Math.min(form.units, Math.max(1, left));
  }

  private checkbox(checked: boolean, disabled: boolean, onChange: (v: boolean) => void): HTMLInputElement {
    const el = h("input", { type: "checkbox", checked, disabled });
    el.addEventListener("change", () => onChange(el.checked));
    return el;
  }

  private radio(name: string, value: string, checked: boolean, disabled: boolean, onChange: () => void): HTMLInputElement {
    const el = h("input", { type: "radio", name, value, checked, disabled });
    el.addEventListener("change", () => el.checked && onChange());
    return el;
  }
}


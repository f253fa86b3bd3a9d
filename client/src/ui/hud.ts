/**
 * The bar above the map: match and join code, turn and phase, the phase timer (always
 * visible), escalation, the seat's tracks, who is ready, and the ready button.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import { TRACKS } from "../../../shared/ids";
import type { PowerId } from "../../../shared/ids";
import type { Connection } from "../net/connection";
import { showPhaseClock } from "./phase-clock";
import { phaseName, turnName } from "../model/format";
import type { MatchStore } from "../model/match-store";
import { ordersWarnings } from "../model/commitments";
import { mirror } from "../observe";
import { toast } from "./toasts";
import { button, byId, fill, h, swatch } from "./dom";
import { ui } from "../lang/ui";

export class Hud {
  private readonly root = byId("hud");
  private readonly timer = h("span", { class: "timer", "data-testid": "timer", "aria-live": "off" }, "–:––");
  private readonly phase = h("span", { class: "phase" });
  private readonly escalation = h("span", { class: "escalation" });
  private readonly tracks = h("span", { class: "tracks" });
  private readonly seats = h("span", { class: "seats" });
  private readonly ready: HTMLButtonElement;
  private interval: ReturnType<typeof setInterval> | null = null;
  /** Over the map while the teacher has paused the lesson: a pause must be seen from the back of the room. */
  private readonly pauseBanner = h("div", { class: "pause-banner", role: "status", "data-testid": "pause-banner", hidden: true }, ui().hud.pausedByTeacher);

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
    onLeave: () => void,
  ) {
    const w = ui();
    this.ready = button(w.hud.ready, () => void this.toggleReady(), { class: "ready", "data-testid": "ready", title: w.hud.readyTitle });
    const pub = store.pub;
    const code = conn.seat?.code ?? "";
    mirror("code", code || null);
    fill(
      this.root,
      h("span", { class: "brand" }, "OVERFLIGHT"),
      h("span", { class: "match" }, h("span", { class: "match-name" }, pub?.name ?? w.hud.match), code ? h("span", { class: "code", title: w.hud.joinCode }, w.hud.code(code)) : null),
      h("span", { class: "clock" }, this.phase, this.timer),
      this.escalation,
      this.tracks,
      this.seats,
      store.power ? this.ready : h("span", { class: "viewer" }, store.viewer === "facilitator" ? w.common.facilitator : w.common.spectator),
      button(w.hud.leave, onLeave, { class: "leave", title: w.hud.leaveTitle }),
    );
    this.root.hidden = false;
    Object.assign(this.pauseBanner.style, { position: "fixed", top: "64px", left: "12px", maxWidth: "calc(100vw - 24px)", zIndex: "50", padding: "10px 22px", borderRadius: "8px", background: "#f0c419", color: "#111", font: "600 20px system-ui, sans-serif", boxShadow: "0 4px 16px rgba(0,0,0,.4)" });
    document.body.append(this.pauseBanner);
    store.on("view", () => this.render());
    store.on("public", () => this.render());
    store.on("team", () => this.render());
    this.render();
    this.tick();
    this.interval = setInterval(() => this.tick(), 250);
  }

  destroy(): void {
    if (this.interval) clearInterval(this.interval);
    this.pauseBanner.remove();
    this.root.hidden = true;
    fill(this.root);
  }

  private async toggleReady(): Promise<void> {
    const store = this.store;
    const me = store.power;
    if (!me) return;
    const ready = !this.myReady(me);
    if (ready && store.view.phase === "orders" && store.draft && !this.warned(me)) return;
    if (ready && store.view.phase === "orders" && store.draft && (store.draft.dirty || !store.view.orders[me])) {
      // The rules' own check first, as the Orders tab's Send does: the server would refuse them.
      const problem = store.ordersProblem();
      if (problem) return toast(problem, "error");
      if (!(await store.sendOrders())) return;
    }
    await this.conn.command({ type: "ready", ready });
  }

  /** This player's own word (in a team, the seat is ready when the team is, by the facilitator's rule). */
  private myReady(me: PowerId): boolean {
    const team = this.store.team;
    const name = this.conn.seat?.name;
    return team && name ? team.ready.includes(name) : at(this.store.view.powers, me).ready;
  }

  /** "2/3 ready · majority" when the seat is a team or readiness is not any one player's. */
  private teamLine(): string {
    const team = this.store.team;
    if (!team || (team.connected <= 1 && team.rule === "any")) return "";
    const w = ui().hud;
    const rule = team.rule === "any" ? w.ruleAny : team.rule === "majority" ? w.ruleMajority : team.captain ? w.ruleCaptain(team.captain) : w.ruleNoCaptain;
    return w.teamLine(team.ready.length, team.connected, rule);
  }

  private warnedAbout = "";
  private started = false;

  /** Orders that leave a pledge unkept or cross airspace without rights are sent on a second press, once the warnings were shown. */
  private warned(me: PowerId): boolean {
    const { store } = this;
    const warnings = store.draft ? ordersWarnings(store.scenario, store.view, me, store.draft) : [];
    const key = warnings.map((w) => w.text).join("\n");
    if (warnings.length === 0 || key === this.warnedAbout) return true;
    this.warnedAbout = key;
    store.setTab("orders");
    document.querySelector("[data-testid=orders-warnings]")?.scrollIntoView({ block: "center" });
    toast(ui().hud.warnings(warnings.length), "error");
    return false;
  }

  private tick(): void {
    const pub = this.store.pub;
    if (!pub) return;
    const w = ui().hud;
    showPhaseClock(this.timer, pub, this.conn.serverOffsetMs, { ended: w.clockEnded, paused: w.clockPaused });
    this.timer.title = pub.paused ? (pub.pauseReason === "empty" ? w.pausedEmpty : w.pausedFacilitator) : w.timeLeft;
    const notStarted = this.store.view.turn === 1 && this.store.view.phase === "briefing" && !this.started;
    if (!pub.paused) this.started = true;
    this.pauseBanner.hidden = !(pub.paused && pub.pauseReason === "facilitator" && this.store.view.status === "running");
    this.pauseBanner.textContent = notStarted
      ? this.store.view.practice
        ? w.practiceWaiting
        : this.conn.practiceSeen
          ? w.practiceOver
          : w.lessonWaiting
      : w.pausedByTeacher;
  }

  private render(): void {
    const { view, scenario } = this.store;
    const pub = this.store.pub;
    const w = ui();
    fill(this.phase, `${turnName(view)} · ${view.status === "ended" ? w.hud.ended : phaseName(view.phase)}`);
    this.phase.classList.toggle("practice", view.practice === true);
    this.phase.title = view.practice ? w.hud.practiceTitle : "";
    mirror("practice", view.practice === true);
    const max = scenario.escalation.max;
    const meter = h("span", { class: "meter", role: "meter", "aria-valuemin": 0, "aria-valuemax": max, "aria-valuenow": view.escalation, "aria-label": w.common.escalation });
    const bar = h("span", { class: "meter-fill" });
    bar.style.width = `${Math.min(100, (view.escalation / max) * 100)}%`;
    bar.classList.toggle("hot", view.escalation >= max * 0.7);
    meter.append(bar);
    fill(this.escalation, h("span", { class: "label" }, w.common.escalation), meter, h("span", { class: "value" }, `${round1(view.escalation)}/${max}`));
    const me = this.store.power;
    if (me) {
      const t = at(view.powers, me).tracks;
      fill(this.tracks, ...TRACKS.map((k) => h("span", { class: "track", title: w.common.tracks[k] }, h("span", { class: "label" }, w.common.tracksShort[k]), h("b", {}, String(Math.round(t[k]))))));
      const ready = this.myReady(me);
      const line = this.teamLine();
      this.ready.textContent = ready ? w.hud.readyDone : view.phase === "orders" ? w.hud.sendReady : w.hud.ready;
      this.ready.title = line ? w.hud.teamTitle(line, at(view.powers, me).ready) : w.hud.readyTitle;
      this.ready.dataset.team = line;
      this.ready.classList.toggle("on", ready);
      this.ready.setAttribute("aria-pressed", String(ready));
      this.ready.disabled = view.status === "ended" || view.phase === "resolution";
      mirror("ready", ready);
    } else fill(this.tracks);
    fill(
      this.seats,
      ...powerIds(scenario).map((p) => {
        const seat = pub?.seats[p];
        const who = seat ? (seat.bot ? w.hud.bot : seat.players.map((x) => x.name).join(", ") || w.hud.open) : "";
        const state = at(view.powers, p).ready ? "ready" : "";
        return h(
          "span",
          { class: `seat ${state} ${seat?.bot ? "bot" : ""} ${p === me ? "me" : ""}`, title: w.hud.seatTitle(at(scenario.powers, p).name, who, state !== "", Boolean(seat && !seat.bot && !seat.connected)), "data-power": p },
          swatch(at(scenario.powers, p).color),
          at(scenario.powers, p).short,
          at(view.powers, p).ready ? " ✓" : "",
        );
      }),
    );
    mirror("turn", view.turn);
    mirror("phase", view.phase);
    mirror("status", view.status);
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

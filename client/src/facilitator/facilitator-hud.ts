/**
 * The facilitator's bar above the map: the match and its join code, turn, phase and the phase
 * clock (what every client shows, from the public state), and the timing controls: start or
 * pause, shorten or extend the phase, move on to the next phase, end the match.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { MatchView } from "../../../shared/view";
import { spacedCode } from "../model/classroom-links";
import { phaseName, turnName } from "../model/format";
import type { MatchStore } from "../model/match-store";
import type { Connection } from "../net/connection";
import { showPhaseClock } from "../ui/phase-clock";
import { mirror } from "../observe";
import { button, byId, fill, h, swatch } from "../ui/dom";
import type { ClassroomClient } from "./classroom-client";
import { ui } from "../lang/ui";

/** What "next phase" does, in words, in each phase. */
function advanceLabel(view: MatchView): string {
  const w = ui().classroom.hud.advance;
  if (view.status === "ended") return w.over;
  switch (view.phase) {
    case "briefing":
      return w.briefing;
    case "diplomacy":
      return w.diplomacy;
    case "orders":
      return w.orders;
    case "report":
      if (view.practice) return w.endPractice;
      return view.turn >= view.turns ? w.finish : w.startTurn(view.turn + 1);
    default:
      return w.next;
  }
}

export class FacilitatorHud {
  private readonly root = byId("hud");
  private readonly timer = h("span", { class: "timer", "data-testid": "timer" }, "–:––");
  private readonly phase = h("span", { class: "phase" });
  private readonly state = h("span", { class: "clock-state small", "data-testid": "clock-state" });
  private readonly pauseButton: HTMLButtonElement;
  private readonly advanceButton: HTMLButtonElement;
  private readonly endButton: HTMLButtonElement;
  /** In a practice turn: ends it and starts the real match (End match is hidden then). */
  private readonly realButton: HTMLButtonElement;
  private readonly ready = h("span", { class: "seats" });
  private interval: ReturnType<typeof setInterval> | null = null;
  private endArmed: ReturnType<typeof setTimeout> | null = null;
  /** The lesson has run at least once (a pause before that is "waiting to start"). */
  private started = false;

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
    private readonly classroom: ClassroomClient,
    onDebrief: () => void,
    onLeave: () => void,
  ) {
    const w = ui().classroom.hud;
    this.pauseButton = button(w.start, () => void this.togglePause(), { class: "primary", "data-testid": "pause" });
    this.advanceButton = button(w.advance.next, () => void this.classroom.advance(), { "data-testid": "advance", title: w.advanceTitle });
    this.endButton = button(w.endMatch, () => this.end(), { class: "danger", "data-testid": "end-match" });
    this.realButton = button(w.realMatch, () => void this.classroom.realMatch(), { class: "primary", "data-testid": "real-match", title: w.realMatchTitle, hidden: true });
    const code = conn.seat?.code ?? "";
    fill(
      this.root,
      h("span", { class: "brand" }, "OVERFLIGHT"),
      h("span", { class: "match" }, h("span", { class: "match-name" }, store.pub?.name ?? w.defaultName), h("span", { class: "code", title: w.joinCode }, w.code(spacedCode(code)))),
      h("span", { class: "clock" }, this.phase, this.timer),
      this.state,
      h(
        "span",
        { class: "fac-controls" },
        this.pauseButton,
        this.shortenButton,
        this.extendButton,
        this.advanceButton,
        this.realButton,
        this.endButton,
        button(w.debrief, onDebrief, { "data-testid": "open-debrief", class: "debrief-button", hidden: true }),
      ),
      this.ready,
      button(w.leave, onLeave, { class: "leave", title: w.leaveTitle }),
    );
    this.root.hidden = false;
    store.on("view", () => this.render());
    store.on("public", () => this.render());
    this.render();
    this.interval = setInterval(() => this.tick(), 250);
  }

  destroy(): void {
    if (this.interval) clearInterval(this.interval);
    if (this.endArmed) clearTimeout(this.endArmed);
    this.root.hidden = true;
    fill(this.root);
  }

  private async togglePause(): Promise<void> {
    const pub = this.store.pub;
    if (!pub) return;
    await this.classroom.pause(!(pub.paused && pub.pauseReason === "facilitator"));
  }

  /** Ending takes two clicks (no browser dialog: it would stop a projector or a test). */
  private end(): void {
    if (this.endArmed) {
      clearTimeout(this.endArmed);
      this.endArmed = null;
      this.endButton.textContent = ui().classroom.hud.endMatch;
      void this.classroom.end();
      return;
    }
    this.endButton.textContent = ui().classroom.hud.clickAgain;
    this.endArmed = setTimeout(() => {
      this.endArmed = null;
      this.endButton.textContent = ui().classroom.hud.endMatch;
    }, 4000);
  }

  private readonly shortenButton = button(ui().classroom.hud.shorten, () => void this.classroom.extend(-60), { "data-testid": "shorten", title: ui().classroom.hud.shortenTitle });
  private readonly extendButton = button(ui().classroom.hud.extend, () => void this.classroom.extend(60), { "data-testid": "extend", title: ui().classroom.hud.extendTitle });

  private tick(): void {
    const pub = this.store.pub;
    if (!pub) return;
    showPhaseClock(this.timer, pub, this.conn.serverOffsetMs, { ended: ui().classroom.hud.clockEnded });
    // The clock buttons act only on a running match's timed phase; a minute off never ends the phase (the server refuses it too).
    const { view } = this.store;
    const timed = view.status === "running" && view.phase !== "resolution";
    const left = pub.paused ? pub.remaining : pub.deadline > 0 ? pub.deadline - (Date.now() + this.conn.serverOffsetMs) : 0;
    this.extendButton.disabled = !timed;
    this.shortenButton.disabled = !timed || left < 70_000;
    this.shortenButton.title = timed && left < 70_000 ? ui().classroom.hud.shortenTooLate : ui().classroom.hud.shortenTitle;
  }

  private render(): void {
    const { view, scenario } = this.store;
    const pub = this.store.pub;
    const ended = view.status === "ended";
    const w = ui().classroom.hud;
    fill(this.phase, `${turnName(view)} · ${ended ? w.ended : phaseName(view.phase)}`);
    this.phase.classList.toggle("practice", view.practice === true);
    this.realButton.hidden = !view.practice;
    this.endButton.hidden = view.practice === true;
    const facilitatorPaused = pub?.paused && pub.pauseReason === "facilitator";
    if (pub && !pub.paused) this.started = true;
    const notStarted = !this.started && view.turn === 1 && view.phase === "briefing";
    this.pauseButton.textContent = facilitatorPaused ? (notStarted ? w.start : w.resume) : w.pause;
    this.pauseButton.classList.toggle("primary", Boolean(facilitatorPaused));
    this.pauseButton.disabled = ended;
    this.advanceButton.textContent = advanceLabel(view);
    this.advanceButton.disabled = ended || view.phase === "resolution";
    this.endButton.disabled = ended;
    this.root.querySelector<HTMLButtonElement>(".debrief-button")!.hidden = !ended;
    fill(this.state, ended ? w.states.over : facilitatorPaused ? (notStarted ? w.states.waiting : w.states.paused) : pub?.paused ? w.states.pausedEmpty : w.states.running);
    this.state.className = `clock-state small ${facilitatorPaused ? "paused" : ""}`;
    fill(
      this.ready,
      ...powerIds(scenario).map((p) => {
        const seat = pub?.seats[p];
        const who = seat?.bot ? w.bot : (seat?.players.map((x) => x.name).join(", ") ?? "");
        return h("span", { class: `seat ${at(view.powers, p).ready ? "ready" : ""} ${seat?.bot ? "bot" : ""}`, title: w.seatTitle(at(scenario.powers, p).name, who), "data-power": p }, swatch(at(scenario.powers, p).color), at(scenario.powers, p).short, at(view.powers, p).ready ? " ✓" : "");
      }),
    );
    mirror("turn", view.turn);
    mirror("phase", view.phase);
    mirror("status", view.status);
    mirror("paused", Boolean(pub?.paused));
  }
}

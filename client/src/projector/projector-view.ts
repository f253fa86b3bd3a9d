/**
 * The projector's overlay, in large type over the public map: the match, the turn and phase, the
 * phase clock, the join code with its QR code and link, the teams, escalation, the latest news
 * and the facilitator's latest broadcast. Only what is public: it runs on a spectator's view.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import { joinLink, spacedCode } from "../model/classroom-links";
import { phaseName, turnName } from "../model/format";
import type { MatchStore } from "../model/match-store";
import type { Connection } from "../net/connection";
import { showPhaseClock } from "../ui/phase-clock";
import { mirror } from "../observe";
import { byId, fill, h, swatch } from "../ui/dom";
import { qrImage } from "../facilitator/join-card";
import { describeEvent } from "../../../shared/catalog";
import type { GameEvent } from "../../../shared/events";
import type { Announcement } from "../../../shared/protocol";
import { lastResolvedTurn, resolutionEvents } from "../model/report";
import "./projector.css";
import { messages } from "../lang/language";
import { ui } from "../lang/ui";
import { cardWords } from "../lang/scenario-words";

export class ProjectorView {
  private readonly root = h("div", { class: "projector", "data-testid": "projector" });
  private readonly timer = h("div", { class: "pj-timer", "data-testid": "pj-timer" }, "–:––");
  private readonly phase = h("div", { class: "pj-phase", "data-testid": "pj-phase" });
  private readonly hint = h("div", { class: "pj-hint" });
  private readonly status = h("div", { class: "pj-status" });
  private readonly teams = h("ul", { class: "pj-teams" });
  private readonly news = h("div", { class: "pj-news", "data-testid": "pj-news" });
  private readonly banner = h("div", { class: "pj-banner", "data-testid": "pj-banner", hidden: true });
  private readonly escalation = h("div", { class: "pj-escalation" });
  private readonly join: HTMLElement;
  /** The turn's public report (report phase) or the results (the end), in large type. */
  private readonly story = h("section", { class: "pj-story", "data-testid": "pj-story", "aria-label": ui().classroom.projector.story, hidden: true });
  private interval: ReturnType<typeof setInterval>;
  private bannerTimer: ReturnType<typeof setTimeout> | null = null;
  /** The lesson has run at least once (a pause before that is "waiting to start"). */
  private started = false;

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
  ) {
    const code = conn.seat?.code ?? "";
    const link = joinLink(location.href, code);
    this.join = h(
      "div",
      { class: "pj-join", "data-testid": "pj-join" },
      h("div", { class: "pj-join-label" }, ui().classroom.projector.joinWith),
      h("div", { class: "pj-code", "data-testid": "pj-code" }, spacedCode(code)),
      qrImage(link, 220, { "data-testid": "pj-qr" }),
      h("div", { class: "pj-link" }, link),
    );
    fill(
      this.root,
      h(
        "div",
        { class: "pj-top" },
        h("div", { class: "pj-clock" }, h("div", { class: "pj-title" }, store.pub?.name ?? "Overflight"), this.phase, this.timer, this.status, this.hint),
        this.join,
      ),
      this.banner,
      this.story,
      h("div", { class: "pj-bottom" }, h("div", { class: "pj-side" }, this.escalation, this.teams), this.news),
    );
    byId("overlay").append(this.root);
    document.getElementById("app")?.setAttribute("data-mode", "projector");
    store.on("view", () => this.render());
    store.on("public", () => this.render());
    this.render();
    this.interval = setInterval(() => this.tick(), 250);
  }

  announce(a: Announcement): void {
    fill(this.banner, h("span", { class: "pj-banner-from" }, ui().classroom.projector.from(a.from)), ` ${a.text}`);
    this.banner.hidden = false;
    if (this.bannerTimer) clearTimeout(this.bannerTimer);
    this.bannerTimer = setTimeout(() => (this.banner.hidden = true), 45_000);
  }

  destroy(): void {
    clearInterval(this.interval);
    if (this.bannerTimer) clearTimeout(this.bannerTimer);
    this.root.remove();
    document.getElementById("app")?.removeAttribute("data-mode");
  }

  private tick(): void {
    const pub = this.store.pub;
    if (!pub) return;
    showPhaseClock(this.timer, pub, this.conn.serverOffsetMs, { ended: ui().classroom.projector.clockOver });
  }

  private render(): void {
    const { view, scenario } = this.store;
    const pub = this.store.pub;
    const ended = view.status === "ended";
    const w = ui().classroom.projector;
    const hint = w.hints[view.phase] ?? "";
    fill(this.phase, ended ? w.over : `${turnName(view, true)} · ${phaseName(view.phase)}`);
    this.phase.classList.toggle("practice", view.practice === true);
    fill(this.hint, ended ? w.debriefTime : view.practice ? w.practiceHint(hint) : hint);
    if (pub && !pub.paused) this.started = true;
    const waiting = !this.started && view.turn === 1 && view.phase === "briefing";
    fill(this.status, pub?.paused && !ended ? (pub.pauseReason === "facilitator" ? (waiting ? w.waiting : w.pausedByTeacher) : w.paused) : "");
    const max = scenario.escalation.max;
    const fillBar = h("span", { class: "pj-meter-fill" });
    fillBar.style.width = `${Math.min(100, (view.escalation / max) * 100)}%`;
    fill(this.escalation, h("span", { class: "pj-label" }, ui().common.escalation), h("span", { class: "pj-meter" }, fillBar), h("b", {}, w.escalation(view.escalation, max)));
    fill(
      this.teams,
      ...powerIds(scenario).map((p) => {
        const seat = pub?.seats[p];
        const names = seat?.players.map((x) => x.name) ?? [];
        return h(
          "li",
          { "data-power": p, class: at(view.powers, p).ready ? "ready" : "" },
          swatch(at(scenario.powers, p).color),
          h("b", {}, at(scenario.powers, p).name),
          h("span", { class: "pj-members" }, names.length > 0 ? names.join(", ") : w.bot),
          at(view.powers, p).ready && !ended ? h("span", { class: "pj-ready" }, " ✓") : null,
        );
      }),
    );
    // Once the lesson is over, the code is of no more use and the room looks at the results.
    this.join.hidden = ended;
    this.renderStory();
    const cards = view.log.filter((e) => e.kind === "card").slice(-1);
    fill(
      this.news,
      ...cards.map((e) => {
        if (e.kind !== "card") return null;
        const words = cardWords(scenario, e.cardId, e);
        return h("div", { class: "pj-card" }, h("div", { class: "pj-card-turn" }, w.cardTurn(view.practice === true, e.turn, Boolean(e.injected))), h("div", { class: "pj-card-head" }, words.headline), h("div", { class: "pj-card-text" }, words.text));
      }),
    );
    mirror("practice", view.practice === true);
    mirror("phase", view.phase);
    mirror("projector-story", this.story.hidden ? null : (this.story.dataset.kind ?? null));
    mirror("turn", view.turn);
    mirror("status", view.status);
  }

  /** The report phase: what the world saw of this turn. The end: scores, ranking and the key moments. */
  private renderStory(): void {
    const { view, scenario } = this.store;
    const name = (p: string) => scenario.powers[p as keyof typeof scenario.powers]?.name ?? p;
    const w = ui().classroom.projector;
    if (view.status === "ended") {
      const scores = view.ending?.scores ?? null;
      const ranked = scores ? powerIds(scenario).slice().sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0)) : [];
      const moments = keyMoments(view.log).map((e) => describeEvent(e, scenario, messages()));
      this.story.dataset.kind = "results";
      fill(
        this.story,
        h("h2", {}, w.results),
        scores
          ? h("ol", { class: "pj-results", "data-testid": "pj-results" }, ...ranked.map((p) => h("li", { "data-power": p }, swatch(at(scenario.powers, p).color), h("b", {}, name(p)), h("span", { class: "pj-score" }, w.points(scores[p] ?? 0)))))
          : null,
        moments.length > 0 ? h("div", { class: "pj-moments" }, h("h3", {}, w.keyMoments), h("ul", {}, ...moments.map((m) => h("li", {}, m)))) : null,
      );
      this.story.hidden = false;
      return;
    }
    const turn = lastResolvedTurn(view.log);
    if (view.phase !== "report" || turn === null) {
      this.story.hidden = true;
      delete this.story.dataset.kind;
      return;
    }
    const lines = resolutionEvents(view.log, turn).filter(storyWorthy).slice(0, 8).map((e) => describeEvent(e, scenario, messages()));
    this.story.dataset.kind = "report";
    fill(this.story, h("h2", {}, w.worldSaw(view.practice === true, turn)), lines.length > 0 ? h("ul", { "data-testid": "pj-report" }, ...lines.map((l) => h("li", {}, l))) : h("p", {}, w.quiet));
    this.story.hidden = false;
  }
}

/** Public events worth telling the room in a report (not the bookkeeping of tracks and influence). */
function storyWorthy(e: GameEvent): boolean {
  return !["track", "influence", "ordersIn", "phase", "strikeFlown", "nfzStatus"].includes(e.kind);
}

/** What the debrief should start from: false claims exposed, pledges broken, treaties made and broken. */
function keyMoments(log: readonly GameEvent[]): GameEvent[] {
  const kinds = new Set(["pledgeBroken", "treatyBroken", "supportDetected"]);
  return log.filter((e) => (e.kind === "impact" && e.falseClaim) || kinds.has(e.kind) || (e.kind === "treaty" && e.status === "agreed")).slice(-6);
}

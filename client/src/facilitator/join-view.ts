/**
 * A student's way in (?join=CODE, the link and QR code the teacher shows): type your name and
 * join; then pick your team, or wait for the teacher to assign you. Each power shows who is on
 * its team already. Students are told that the facilitator can read every negotiation.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId } from "../../../shared/ids";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../../shared/scenario";
import { spacedCode } from "../model/classroom-links";
import type { Connection } from "../net/connection";
import type { PublicState } from "../net/public-state";
import { mirror } from "../observe";
import { button, byId, fill, h, swatch } from "../ui/dom";
import { toast } from "../ui/toasts";
import { LIMITS } from "../../../shared/limits";
import { ui } from "../lang/ui";
import { onLanguage } from "../lang/language";
import { languageSwitch } from "../ui/language-switch";
import { powerBrief } from "../lang/scenario-words";

/** What a student is told about oversight, in their language. */
export function oversightNotice(): string {
  return ui().join.oversight;
}

export class JoinView {
  private readonly root = h("div", { class: "lobby student-join", "data-testid": "student-join" });
  private readonly powers = h("div", { class: "team-grid" });
  private matchId: string | null = null;
  private matchName = "";
  private busy = false;
  private off: (() => void) | null = null;
  /** What the teams showed last: re-rendered only when they change (a click is not lost to a clock patch). */
  private shown = "";

  constructor(
    private readonly conn: Connection,
    private readonly code: string,
  ) {
    byId("overlay").append(this.root);
    this.renderJoin();
    void this.lookup();
    // Before joining, the language switch redraws the join box in the new language.
    this.offLanguage = onLanguage(() => {
      if (this.off) return;
      this.renderJoin(this.problem);
      this.root.querySelector<HTMLElement>("[data-testid=language]")?.focus();
    });
  }

  /** What is wrong, as words or (when the page words it itself) as a function, so a language switch rewords it. */
  private problem: string | (() => string) | undefined;
  private readonly offLanguage: () => void;

  destroy(): void {
    this.offLanguage();
    this.off?.();
    this.root.remove();
  }

  private async lookup(): Promise<void> {
    if (!this.code) return this.renderJoin(() => ui().join.typeTheCode);
    try {
      const found = await this.conn.api.lookupCode(this.code);
      this.matchId = found.matchId;
      this.matchName = found.name;
      this.renderJoin();
    } catch (e) {
      this.renderJoin((e as Error).message);
    }
  }

  private renderJoin(wrong?: string | (() => string)): void {
    this.problem = wrong;
    const problem = typeof wrong === "function" ? wrong() : wrong;
    const w = ui().join;
    const name = h("input", { type: "text", maxlength: LIMITS.nameLength, value: this.conn.seats.playerName, placeholder: w.yourName, "aria-label": w.yourName, "data-testid": "student-name" });
    const code = h("input", { type: "text", maxlength: 8, value: this.code, placeholder: "CODE", "aria-label": w.joinCode, class: "code-input", "data-testid": "student-code" });
    const go = async () => {
      const who = name.value.trim();
      if (!who) return toast(w.typeName, "error");
      this.conn.seats.playerName = who;
      if (code.value.trim().toUpperCase() !== this.code || !this.matchId) {
        location.search = `?join=${encodeURIComponent(code.value.trim().toUpperCase())}`;
        return;
      }
      await this.enter(who);
    };
    name.addEventListener("keydown", (e) => {
      if (e.key === "Enter") void go();
    });
    fill(
      this.root,
      h("header", { class: "lobby-head" }, h("div", { class: "row" }, h("h1", { class: "grow" }, "OVERFLIGHT"), languageSwitch())),
      h(
        "section",
        { class: "card join-box" },
        h("h2", {}, this.matchName ? w.joinMatch(this.matchName) : w.joinClass),
        problem ? h("p", { class: "warn" }, problem) : h("p", { class: "small" }, w.code(spacedCode(this.code))),
        h("div", { class: "inline" }, name, code, button(w.join, () => void go(), { class: "primary big", "data-testid": "student-join-go" })),
        h("p", { class: "hint small" }, w.oversight),
      ),
    );
    mirror("join", this.matchId ? "ready" : "lookup");
  }

  private async enter(name: string): Promise<void> {
    if (this.busy || !this.matchId) return;
    this.busy = true;
    try {
      await this.conn.join(this.matchId, { waiting: true }, name);
    } catch {
      this.busy = false;
      return;
    }
    this.busy = false;
    this.off = this.conn.on("public", (pub) => this.renderTeams(pub));
    fill(
      this.root,
      h("header", { class: "lobby-head" }, h("h1", {}, "OVERFLIGHT")),
      h(
        "section",
        { class: "card join-box", "data-testid": "waiting-room" },
        h("h2", {}, ui().join.welcome(name)),
        h("p", {}, ui().join.youAreIn(this.matchName)),
        h("p", { class: "hint small" }, ui().join.oversight),
        this.powers,
        h("p", { class: "waiting-note", "data-testid": "waiting-note" }, ui().join.waiting),
      ),
    );
    if (this.conn.publicState) this.renderTeams(this.conn.publicState);
    mirror("join", "waiting");
  }

  private renderTeams(pub: PublicState): void {
    const s = getScenario(pub.scenarioId || DEFAULT_SCENARIO_ID);
    const signature = JSON.stringify([pub.status, powerIds(s).map((p) => [at(pub.seats, p).botReason, at(pub.seats, p).players.map((x) => x.name)])]);
    if (signature === this.shown) return;
    this.shown = signature;
    fill(
      this.powers,
      ...powerIds(s).map((p) => {
        const seat = at(pub.seats, p);
        const kept = seat.botReason === "reserved";
        const members = seat.players.map((x) => x.name);
        return h(
          "div",
          { class: `card team ${kept ? "kept" : ""}`, "data-power": p },
          h("div", { class: "row" }, swatch(at(s.powers, p).color), h("b", { class: "grow" }, at(s.powers, p).name)),
          h("p", { class: "small" }, powerBrief(s, p)),
          h("p", { class: "small dim" }, kept ? ui().join.botTeam : members.length > 0 ? ui().join.team(members) : ui().join.nobody),
          button(kept ? ui().join.keptForBot : ui().join.joinTeam, () => void this.pick(p), { class: kept ? "" : "primary", disabled: kept || pub.status === "ended", "data-testid": `pick-${p}` }),
        );
      }),
    );
  }

  private async pick(power: PowerId): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    await this.conn.claim(power);
    this.busy = false;
  }
}

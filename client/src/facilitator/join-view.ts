/**
 * A student's way in (?join=CODE, the link and QR code the teacher shows): type your name and
 * join; then pick your team, or wait for the teacher to assign you. Each power shows who is on
 * its team already. Students are told that the facilitator can read every negotiation.
 */
import { POWERS } from "../../../shared/ids";
import type { PowerId } from "../../../shared/ids";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../../shared/scenario";
import { spacedCode } from "../model/classroom-links";
import type { Connection } from "../net/connection";
import type { PublicState } from "../net/public-state";
import { mirror } from "../observe";
import { button, byId, fill, h, swatch } from "../ui/dom";
import { toast } from "../ui/toasts";
import { LIMITS } from "../../../shared/limits";

export const OVERSIGHT_NOTICE = "Your facilitator can read every negotiation and private message in this match.";

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
  }

  destroy(): void {
    this.off?.();
    this.root.remove();
  }

  private async lookup(): Promise<void> {
    if (!this.code) return this.renderJoin("Type the code your teacher shows.");
    try {
      const found = await this.conn.api.lookupCode(this.code);
      this.matchId = found.matchId;
      this.matchName = found.name;
      this.renderJoin();
    } catch (e) {
      this.renderJoin((e as Error).message);
    }
  }

  private renderJoin(problem?: string): void {
    const name = h("input", { type: "text", maxlength: LIMITS.nameLength, value: this.conn.seats.playerName, placeholder: "Your name", "aria-label": "Your name", "data-testid": "student-name" });
    const code = h("input", { type: "text", maxlength: 8, value: this.code, placeholder: "CODE", "aria-label": "Join code", class: "code-input", "data-testid": "student-code" });
    const go = async () => {
      const who = name.value.trim();
      if (!who) return toast("Type your name first.", "error");
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
      h("header", { class: "lobby-head" }, h("h1", {}, "OVERFLIGHT")),
      h(
        "section",
        { class: "card join-box" },
        h("h2", {}, this.matchName ? `Join “${this.matchName}”` : "Join your class"),
        problem ? h("p", { class: "warn" }, problem) : h("p", { class: "small" }, `Code ${spacedCode(this.code)}`),
        h("div", { class: "inline" }, name, code, button("Join", () => void go(), { class: "primary big", "data-testid": "student-join-go" })),
        h("p", { class: "hint small" }, OVERSIGHT_NOTICE),
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
        h("h2", {}, `Welcome, ${name}`),
        h("p", {}, `You are in “${this.matchName}”. Pick your team, or wait: your teacher will assign you.`),
        h("p", { class: "hint small" }, OVERSIGHT_NOTICE),
        this.powers,
        h("p", { class: "waiting-note", "data-testid": "waiting-note" }, "Waiting for your teacher…"),
      ),
    );
    if (this.conn.publicState) this.renderTeams(this.conn.publicState);
    mirror("join", "waiting");
  }

  private renderTeams(pub: PublicState): void {
    const signature = JSON.stringify([pub.status, POWERS.map((p) => [pub.seats[p].botReason, pub.seats[p].players.map((x) => x.name)])]);
    if (signature === this.shown) return;
    this.shown = signature;
    const s = getScenario(pub.scenarioId || DEFAULT_SCENARIO_ID);
    fill(
      this.powers,
      ...POWERS.map((p) => {
        const seat = pub.seats[p];
        const kept = seat.botReason === "reserved";
        const members = seat.players.map((x) => x.name);
        return h(
          "div",
          { class: `card team ${kept ? "kept" : ""}`, "data-power": p },
          h("div", { class: "row" }, swatch(s.powers[p].color), h("b", { class: "grow" }, s.powers[p].name)),
          h("p", { class: "small" }, s.powers[p].brief),
          h("p", { class: "small dim" }, kept ? "Played by a bot in this lesson." : members.length > 0 ? `Team: ${members.join(", ")}` : "Nobody yet (a bot plays it meanwhile)."),
          button(kept ? "Kept for a bot" : "Join this team", () => void this.pick(p), { class: kept ? "" : "primary", disabled: kept || pub.status === "ended", "data-testid": `pick-${p}` }),
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

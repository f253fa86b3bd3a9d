/**
 * The class: how students join (code, link, QR), who waits to be assigned, and each power's team
 * with its seat's state (students, a bot playing it while empty, or kept for a bot). The
 * facilitator assigns, moves and removes students, auto-assigns everyone waiting, and fills or
 * opens seats for bots.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId } from "../../../shared/ids";
import { projectorLink } from "../model/classroom-links";
import type { MatchStore } from "../model/match-store";
import type { Connection } from "../net/connection";
import { button, fill, h, select, swatch } from "../ui/dom";
import { toast } from "../ui/toasts";
import { leastFilled, planAssignments } from "../model/classroom-roster";
import type { RosterEntry } from "../model/classroom-roster";
import type { ClassroomClient } from "./classroom-client";
import { joinCard } from "./join-card";
import { ui } from "../lang/ui";

export class RosterPanel {
  readonly root = h("section", { class: "panel fac-roster", "data-testid": "roster" });
  private readonly body = h("div", {});
  /** The power chosen for each waiting student, kept across renders. */
  private readonly choices = new Map<string, PowerId>();
  /** What the last render showed: the roster re-renders only when it changes (not on every clock patch). */
  private shown = "";

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
    private readonly classroom: ClassroomClient,
  ) {
    const code = conn.seat?.code ?? "";
    const matchId = conn.matchId ?? "";
    this.root.append(joinCard(code, { projector: projectorLink(location.href, matchId) }), this.body);
    classroom.on("roster", () => this.render());
    store.on("public", () => this.render());
    this.render();
  }

  private reserved(): Set<PowerId> {
    const pub = this.store.pub;
    return new Set(powerIds(this.store.scenario).filter((p) => pub?.seats[p]?.botReason === "reserved"));
  }

  render(): void {
    const roster = this.classroom.roster;
    const { scenario } = this.store;
    const pub = this.store.pub;
    const reserved = this.reserved();
    const ended = this.store.view.status === "ended";
    const signature = JSON.stringify([roster, ended, powerIds(scenario).map((p) => [pub?.seats[p]?.botReason, pub?.seats[p]?.bot, pub?.seats[p]?.ready])]);
    if (signature === this.shown) return;
    this.shown = signature;
    const w = ui().classroom.roster;
    const teams = powerIds(scenario).filter((p) => roster.players.some((x) => x.power === p)).length;
    const empty = powerIds(scenario).filter((p) => !roster.players.some((x) => x.power === p) && !reserved.has(p));
    const powerOptions = powerIds(scenario).map((p) => [p, `${at(scenario.powers, p).name}${reserved.has(p) ? w.botSeat : ""}`] as const);

    const waiting =
      roster.waiting.length === 0
        ? h("p", { class: "hint" }, w.nobodyWaiting)
        : h(
            "ul",
            { class: "list", "data-testid": "waiting" },
            ...roster.waiting.map((entry) => {
              const choice = this.choices.get(entry.id) ?? leastFilled(powerIds(scenario), roster, reserved) ?? powerIds(scenario)[0]!;
              return h(
                "li",
                { class: "row", "data-player": entry.id, "data-name": entry.name },
                h("span", { class: "grow" }, h("b", {}, entry.name)),
                select({ "aria-label": w.powerFor(entry.name), "data-testid": `assign-power-${entry.name}` }, powerOptions, choice, (v) => this.choices.set(entry.id, v as PowerId)),
                button(w.assign, () => void this.classroom.assign(entry.id, this.choices.get(entry.id) ?? choice), { class: "primary", "data-testid": `assign-${entry.name}`, disabled: ended }),
                button("✕", () => void this.remove(entry), { class: "icon", title: w.remove(entry.name), "aria-label": w.remove(entry.name) }),
              );
            }),
          );

    const seats = h(
      "ul",
      { class: "list fac-seats" },
      ...powerIds(scenario).map((p) => {
        const members = roster.players.filter((x) => x.power === p);
        const seat = pub?.seats[p];
        const status = reserved.has(p) ? w.status.kept : members.length === 0 ? w.status.empty : seat?.bot ? w.status.away : seat?.ready ? w.status.ready : "";
        return h(
          "li",
          { "data-power": p },
          h(
            "div",
            { class: "row" },
            swatch(at(scenario.powers, p).color),
            h("b", { class: "grow" }, at(scenario.powers, p).name, h("span", { class: "small dim" }, ` ${status}`)),
            members.length === 0 && !ended
              ? reserved.has(p)
                ? button(w.openToStudents, () => void this.classroom.reserveForBots([p], false), { class: "small", "data-testid": `open-${p}` })
                : button(w.keepForBot, () => void this.classroom.reserveForBots([p], true), { class: "small", "data-testid": `bot-${p}` })
              : null,
          ),
          members.length > 0
            ? h(
                "ul",
                { class: "members" },
                ...members.map((m) =>
                  h(
                    "li",
                    { class: "row", "data-player": m.id, "data-name": m.name },
                    h("span", { class: `dot ${m.connected ? "on" : "off"}`, title: m.connected ? w.connected : w.away }),
                    h("span", { class: "grow" }, m.name),
                    ended ? null : button("✎", () => void this.rename(m), { class: "icon", title: w.rename(m.name), "aria-label": w.rename(m.name), "data-testid": `rename-${m.name}` }),
                    ended || this.rule !== "captain" || members.length < 2
                      ? null
                      : button(this.captains[p] === m.id ? "★" : "☆", () => void this.makeCaptain(p, m.id), { class: "icon", title: w.decides(m.name, at(scenario.powers, p).name), "aria-label": w.makeCaptain(m.name), "aria-pressed": String(this.captains[p] === m.id), "data-testid": `captain-${m.name}` }),
                    ended
                      ? null
                      : select({ "aria-label": w.move(m.name), class: "small", "data-testid": `move-${m.name}` }, [["", w.moveTo], ...powerOptions.filter(([q]) => q !== p)], "", (v) => {
                          if (v) void this.classroom.assign(m.id, v as PowerId);
                        }),
                    ended ? null : button("✕", () => void this.remove(m), { class: "icon", title: w.remove(m.name), "aria-label": w.remove(m.name), "data-testid": `kick-${m.name}` }),
                  ),
                ),
              )
            : null,
        );
      }),
    );

    fill(
      this.body,
      h(
        "p",
        { class: "small", "data-testid": "roster-summary" },
        w.summary(roster.players.length, teams, roster.waiting.length, roster.spectators),
      ),
      ended
        ? null
        : h(
            "div",
            { class: "inline entry-controls", "data-testid": "entry-controls" },
            button(roster.locked ? w.unlock : w.lock, () => void this.classroom.entry({ locked: !roster.locked }), { "data-testid": "lock-joining", "aria-pressed": String(Boolean(roster.locked)), title: w.lockTitle }),
            button(roster.assignOnly ? w.letPick : w.assignOnly, () => void this.classroom.entry({ assignOnly: !roster.assignOnly }), { "data-testid": "assign-only", "aria-pressed": String(Boolean(roster.assignOnly)) }),
            roster.removed ? button(w.readmit(roster.removed), () => void this.classroom.entry({ readmit: true }), { "data-testid": "readmit" }) : null,
          ),
      roster.locked ? h("p", { class: "small warn", "data-testid": "locked-note" }, w.locked) : null,
      ended
        ? null
        : h(
            "label",
            { class: "field small" },
            w.readyWhen,
            select({ "data-testid": "ready-rule", "aria-label": w.readyWhenLabel }, [["any", w.rules.any], ["majority", w.rules.majority], ["captain", w.rules.captain]], this.rule, (v) => void this.setRule(v as typeof this.rule)),
          ),
      h("h3", {}, w.waiting),
      waiting,
      roster.waiting.length > 0 && !ended ? button(w.autoAssign, () => void this.autoAssign(), { "data-testid": "auto-assign" }) : null,
      h("div", { class: "row" }, h("h3", { class: "grow" }, w.teams), empty.length > 0 && !ended ? button(w.fillBots(empty.length), () => void this.classroom.reserveForBots(empty, true), { "data-testid": "fill-bots" }) : null),
      seats,
      h("p", { class: "hint small" }, w.overseen),
    );
  }

  private async remove(entry: RosterEntry): Promise<void> {
    const result = await this.classroom.kick(entry.id);
    if (result.ok) toast(ui().classroom.roster.removed(entry.name), "info");
  }

  private get rule(): "any" | "majority" | "captain" {
    return this.classroom.roster.readyRule ?? "any";
  }

  private get captains(): Record<string, string> {
    return (this.classroom.roster.captains ?? {}) as Record<string, string>;
  }

  private async setRule(rule: "any" | "majority" | "captain"): Promise<void> {
    const result = await this.classroom.readyRule(rule, this.captains);
    if (result.ok) await this.classroom.refresh();
  }

  private async makeCaptain(power: PowerId, id: string): Promise<void> {
    const captains = { ...this.captains, [power]: id };
    const result = await this.classroom.readyRule("captain", captains);
    if (result.ok) await this.classroom.refresh();
  }

  private async rename(entry: RosterEntry): Promise<void> {
    const name = window.prompt(ui().classroom.roster.newName(entry.name), entry.name)?.trim();
    if (!name || name === entry.name) return;
    const result = await this.classroom.rename(entry.id, name);
    if (result.ok) toast(ui().classroom.roster.renamed(entry.name, name), "info");
  }

  private async autoAssign(): Promise<void> {
    for (const { id, power } of planAssignments(powerIds(this.store.scenario), this.classroom.roster, this.reserved())) {
      const result = await this.classroom.assign(id, power);
      if (!result.ok) return;
    }
  }
}

/** One line above the panels saying what Ready does now (model/ready-line.ts words it). */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import { phaseName } from "../model/format";
import { readyLine } from "../model/ready-line";
import type { ReadyLineInput } from "../model/ready-line";
import type { MatchStore } from "../model/match-store";
import { fill, h } from "./dom";

export class ReadyHint {
  readonly root = h("p", { class: "ready-hint", "data-testid": "ready-hint", "aria-live": "polite" });

  constructor(private readonly store: MatchStore) {
    store.on("view", () => this.render());
    store.on("public", () => this.render());
    this.render();
  }

  private render(): void {
    const { view, scenario, pub } = this.store;
    const me = this.store.power;
    const timed = view.status === "running" && view.phase !== "resolution";
    this.root.hidden = !me || !timed || !pub;
    if (!me || !timed || !pub) return fill(this.root);
    const seats = Object.fromEntries(powerIds(scenario).map((p) => [p, { bot: at(pub.seats, p).bot, connected: at(pub.seats, p).players.filter((x) => x.connected).length }])) as ReadyLineInput["seats"];
    const ready = Object.fromEntries(powerIds(scenario).map((p) => [p, at(view.powers, p).ready])) as ReadyLineInput["ready"];
    const names = Object.fromEntries(powerIds(scenario).map((p) => [p, at(scenario.powers, p).name])) as ReadyLineInput["names"];
    const text = readyLine({ me, phase: phaseName(view.phase).toLowerCase(), ready, seats, names });
    fill(this.root, text);
  }
}

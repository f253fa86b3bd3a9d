/**
 * One line above the panels saying what Ready does now: the phase ends early once every human
 * seat is ready (bots are always ready), and who is still reading.
 */
import { POWERS } from "../../../shared/ids";
import { list, phaseName } from "../model/format";
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
    const humans = POWERS.filter((p) => !pub.seats[p].bot && pub.seats[p].players.some((x) => x.connected));
    const others = humans.filter((p) => p !== me);
    const waiting = others.filter((p) => !view.powers[p].ready).map((p) => scenario.powers[p].name);
    const phase = phaseName(view.phase).toLowerCase();
    let text: string;
    if (view.powers[me].ready) text = waiting.length > 0 ? `You are ready. The ${phase} ends when ${list(waiting)} ${waiting.length === 1 ? "is" : "are"} ready too, or when the timer runs out.` : "You are ready: moving on.";
    else if (others.length === 0) text = `You are the only player here (bots play the other seats): press Ready to end the ${phase} now, or wait for the timer.`;
    else text = `Press Ready when you are done: the ${phase} ends when all ${humans.length} players are ready (${humans.length - waiting.length - 1} already are), or when the timer runs out.`;
    fill(this.root, text);
  }
}

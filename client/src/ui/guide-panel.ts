/**
 * The first-match guide at the top of the side panel: the current phase's steps, the first time
 * this browser's player meets that phase. "Got it" marks the phase seen; "Skip the guide" ends
 * it for good (localStorage, overflight.guide).
 */
import { guideFor, readGuide } from "../model/guide";
import type { GuideMemory } from "../model/guide";
import type { MatchStore } from "../model/match-store";
import { mirror } from "../observe";
import { button, fill, h } from "./dom";
import { ui } from "../lang/ui";

const KEY = "overflight.guide";

function load(): GuideMemory {
  try {
    return readGuide(localStorage.getItem(KEY));
  } catch {
    return readGuide(null);
  }
}

function save(memory: GuideMemory): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // No storage (private browsing): the guide is remembered for this page only.
  }
}

/** Turns the guide on again from its first step (a practice match shows it in full). */
export function restartGuide(): void {
  save({ seen: [], skipped: false });
}

export class GuidePanel {
  readonly root = h("section", { class: "guide", "aria-label": ui().guide.region, "data-testid": "guide", hidden: true });
  private memory = load();

  constructor(private readonly store: MatchStore) {
    store.on("view", () => this.render());
    this.render();
  }

  private render(): void {
    const { view } = this.store;
    const phase = this.store.power && view.status === "running" ? guideFor(this.memory, view.phase) : null;
    this.root.hidden = phase === null;
    mirror("guide", phase);
    if (!phase) return fill(this.root);
    const w = ui().guide;
    const text = w.phases[phase];
    fill(
      this.root,
      h(
        "div",
        { class: "row" },
        h("h2", { class: "grow" }, text.title),
        button(w.gotIt, () => this.done({ seen: [...this.memory.seen, phase], skipped: false }), { class: "primary", "data-testid": "guide-ok" }),
        button(w.skip, () => this.done({ ...this.memory, skipped: true }), { "data-testid": "guide-skip" }),
      ),
      h("ol", { class: "small" }, ...text.steps.map((s) => h("li", {}, s))),
    );
  }

  private done(memory: GuideMemory): void {
    this.memory = memory;
    save(memory);
    const next = this.root.closest("#side")?.querySelector<HTMLElement>("[role=tab][aria-selected=true]");
    this.render();
    next?.focus();
  }
}

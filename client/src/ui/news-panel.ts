/**
 * The turn's news: its cards in a box at the top of the side panel that stays until the player
 * dismisses it (remembered per match in this browser), with what each card did to the seat's
 * own values; every turn's news can be read again in the news history.
 */
import type { MatchStore } from "../model/match-store";
import { newsByTurn } from "../model/news";
import type { TurnNews } from "../model/news";
import { mirror } from "../observe";
import { openDialog } from "./dialog";
import { button, fill, h } from "./dom";
import { ui } from "../lang/ui";

/** What was dismissed: "turn:cards" (an inject later in the turn brings the box back). */
function dismissed(key: string): { turn: number; cards: number } {
  try {
    const [turn = 0, cards = 0] = (localStorage.getItem(key) ?? "").split(":").map(Number);
    return { turn: turn || 0, cards: cards || 0 };
  } catch {
    return { turn: 0, cards: 0 };
  }
}

function cardList(news: TurnNews): HTMLElement {
  const w = ui().news;
  return h(
    "ul",
    { class: "list news-cards" },
    ...news.cards.map((c) =>
      h(
        "li",
        { class: "news-card", "data-news-turn": c.turn },
        h("strong", {}, c.injected ? w.breaking(c.headline) : c.headline),
        h("p", { class: "small" }, c.text),
        c.forYou.length > 0 ? h("p", { class: "small for-you" }, w.forYou(c.forYou)) : null,
      ),
    ),
  );
}

export class NewsPanel {
  readonly root = h("section", { class: "news", "aria-label": ui().news.region, "data-testid": "news", hidden: true });
  private readonly key: string;

  constructor(
    private readonly store: MatchStore,
    matchId: string,
  ) {
    // The practice turn's news is dismissed apart: the real turn 1 brings its own.
    this.key = `overflight.news.${matchId}${store.view.practice ? ".practice" : ""}`;
    store.on("view", () => this.render());
    this.render();
  }

  /** Every turn's news, newest first, in a dialog. */
  openHistory(): void {
    const all = newsByTurn(this.store.view.log, this.store.scenario, this.store.power).reverse();
    const w = ui().news;
    openDialog(
      w.history,
      "news-history",
      all.length === 0 ? h("p", { class: "hint" }, w.noNews) : all.map((n) => h("section", {}, h("h3", {}, w.turn(n.turn)), cardList(n))),
    );
  }

  private render(): void {
    const { view } = this.store;
    const news = newsByTurn(view.log, this.store.scenario, this.store.power).find((n) => n.turn === view.turn);
    const seen = dismissed(this.key);
    const show = !!news && view.status === "running" && (seen.turn < view.turn || (seen.turn === view.turn && seen.cards < news.cards.length));
    this.root.hidden = !show;
    mirror("news", show ? view.turn : null);
    if (!show || !news) return fill(this.root);
    const w = ui().news;
    fill(
      this.root,
      h(
        "div",
        { class: "row" },
        h("h2", { class: "grow" }, view.practice ? w.practiceNews : w.turnNews(view.turn)),
        button(w.historyButton, () => this.openHistory(), { "data-testid": "news-history" }),
        button(w.dismiss, () => this.dismiss(), { class: "primary", "data-testid": "news-dismiss" }),
      ),
      cardList(news),
    );
  }

  private dismiss(): void {
    try {
      const { view } = this.store;
      const cards = newsByTurn(view.log, this.store.scenario, this.store.power).find((n) => n.turn === view.turn)?.cards.length ?? 0;
      localStorage.setItem(this.key, `${view.turn}:${cards}`);
    } catch {
      // Private browsing without storage: dismissed for this page only.
    }
    const next = this.root.closest("#side")?.querySelector<HTMLElement>("[role=tab][aria-selected=true]");
    this.render();
    next?.focus();
  }
}

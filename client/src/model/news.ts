/**
 * The news of a match, turn by turn, from the seat's log: each card (scheduled or a
 * facilitator's inject) and what it did to the seat's own tracks and influence (the rules name
 * the card as the cause of each change), so that a starting value that is not the scenario's
 * default says why.
 */
import type { Cause, GameEvent } from "../../../shared/events";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import { ui } from "../lang/ui";
import { cardWords } from "../lang/scenario-words";

export interface NewsCard {
  turn: number;
  headline: string;
  text: string;
  injected: boolean;
  /** Changes this card made to the seat's own values, in words ("Prestige +2, now 52"). */
  forYou: string[];
}

export interface TurnNews {
  turn: number;
  cards: NewsCard[];
}

export function newsByTurn(log: readonly GameEvent[], scenario: Scenario, power: PowerId | null): TurnNews[] {
  const turns = new Map<number, NewsCard[]>();
  for (const e of log) {
    if (e.kind !== "card") continue;
    const forYou: string[] = [];
    if (power) {
      // A card's effects follow it in the log, each caused by that card.
      for (let i = log.indexOf(e) + 1; i < log.length; i++) {
        const c = log[i]!;
        if ((c.kind !== "track" && c.kind !== "influence" && c.kind !== "escalation") || !isCardEffect(c.cause, e.cardId)) break;
        if (c.kind === "track" && c.power === power) forYou.push(ui().news.trackEffect(ui().common.tracks[c.track], c.delta, c.value));
        if (c.kind === "influence" && c.power === power) forYou.push(ui().news.influenceEffect(scenario.countries.find((k) => k.id === c.country)?.name ?? c.country, c.delta, c.value));
      }
    }
    const list = turns.get(e.turn) ?? [];
    list.push({ turn: e.turn, ...cardWords(scenario, e.cardId, e), injected: e.injected, forYou });
    turns.set(e.turn, list);
  }
  return [...turns.entries()].sort((a, b) => a[0] - b[0]).map(([turn, cards]) => ({ turn, cards }));
}

function isCardEffect(cause: Cause, cardId: string): boolean {
  return cause.code === "card" && cause.card === cardId;
}

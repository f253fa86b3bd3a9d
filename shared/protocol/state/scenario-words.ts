/**
 * Words the wire leaves out because both ends hold them: an objective's text, and a card's
 * headline, text and effects, when they are the match's scenario's own for that id (a card the
 * facilitator wrote on the spot keeps them). The server drops them from what it writes
 * (server/rooms/write-view.ts); a client puts them back from the same scenario (it knows a
 * teacher's own file before it joins: client/src/net/custom-scenario.ts).
 */
import type { GameEvent } from "../../events";
import type { ObjectiveStatus } from "../../rules/objective-status";
import type { EventCard, Scenario } from "../../scenario/types";

type CardEvent = Extract<GameEvent, { kind: "card" }>;

function deckCard(scenario: Scenario, cardId: string | null | undefined): EventCard | undefined {
  return cardId ? scenario.events.find((c) => c.id === cardId) : undefined;
}

function sameEffects(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** The objective as written on the wire: without its text when the scenario says the same. */
export function objectiveOnWire(scenario: Scenario, status: ObjectiveStatus): Partial<ObjectiveStatus> {
  const own = scenario.objectives.find((o) => o.id === status.id);
  if (own?.text !== status.text) return status;
  const { text: _text, ...rest } = status;
  return rest;
}

/** An objective read off the wire, its text put back from the scenario. */
export function objectiveFromWire(scenario: Scenario, status: Partial<ObjectiveStatus> & { id: string }): ObjectiveStatus {
  if (typeof status.text === "string") return status as ObjectiveStatus;
  return { ...status, text: scenario.objectives.find((o) => o.id === status.id)?.text ?? "" } as ObjectiveStatus;
}

/** A card event as written on the wire: without the words and effects its deck card has. */
export function cardOnWire(scenario: Scenario, event: CardEvent): Partial<CardEvent> {
  const card = deckCard(scenario, event.cardId);
  if (!card || card.headline !== event.headline || card.text !== event.text || !sameEffects(card.effects, event.effects)) return event;
  const { headline: _h, text: _t, effects: _e, ...rest } = event;
  return rest;
}

/** A card event read off the wire, its words and effects put back from the scenario's deck. */
export function cardFromWire(scenario: Scenario, event: Partial<CardEvent> & { cardId: string | null }): CardEvent {
  if (typeof event.headline === "string") return event as CardEvent;
  const card = deckCard(scenario, event.cardId);
  // The field order of the rules' event (shared/events.ts); a decoder may give an empty list for the effects left out.
  const { kind, cardId, headline: _headline, text: _text, effects: _effects, ...rest } = event;
  return { kind, cardId, headline: card?.headline ?? "", text: card?.text ?? "", effects: card ? [...card.effects] : [], ...rest } as CardEvent;
}

/**
 * The wire leaves out the words both ends hold (shared/protocol/state/scenario-words.ts): a deck
 * card's headline, text and effects, an objective's text. What is left out comes back word for
 * word; a card the facilitator wrote, or words that differ from the scenario's, are always sent.
 */
import { describe, expect, it } from "vitest";
import type { GameEvent } from "../../shared/events";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { cardFromWire, cardOnWire, objectiveFromWire, objectiveOnWire } from "../../shared/protocol/state/scenario-words";

type CardEvent = Extract<GameEvent, { kind: "card" }>;
const deck = caspianSalvo.events[0]!;
const cardEvent = (over: Partial<CardEvent> = {}): CardEvent => ({
  kind: "card", cardId: deck.id, headline: deck.headline, text: deck.text, effects: [...deck.effects], injected: false, to: null, seq: 2, turn: 1, phase: "briefing", visibleTo: "all", ...over,
});

describe("a card on the wire", () => {
  it("from the deck goes without its words and effects, and comes back the same", () => {
    const event = cardEvent();
    const wire = cardOnWire(caspianSalvo, event);
    expect(wire).not.toHaveProperty("headline");
    expect(wire).not.toHaveProperty("text");
    expect(wire).not.toHaveProperty("effects");
    // A decoder gives an empty list for a list field it was not sent.
    expect(cardFromWire(caspianSalvo, { ...wire, effects: [] } as never)).toEqual(event);
    expect(JSON.stringify(Object.keys(cardFromWire(caspianSalvo, wire as never)))).toBe(JSON.stringify(Object.keys(event)));
  });

  it("keeps its words when the facilitator wrote it, or when they differ from the deck's", () => {
    for (const event of [cardEvent({ cardId: "w1", headline: "Written now", text: "On the spot", effects: [] }), cardEvent({ text: "Changed" }), cardEvent({ effects: [] })]) {
      expect(cardOnWire(caspianSalvo, event)).toEqual(event);
      expect(cardFromWire(caspianSalvo, event)).toEqual(event);
    }
  });
});

describe("an objective on the wire", () => {
  const own = caspianSalvo.objectives[0]!;
  const status = { id: own.id, text: own.text, points: own.points, secret: own.secret, standing: "notYet" as const };

  it("goes without the scenario's text, and comes back with it", () => {
    const wire = objectiveOnWire(caspianSalvo, status);
    expect(wire).not.toHaveProperty("text");
    expect(objectiveFromWire(caspianSalvo, wire as typeof status)).toEqual(status);
  });

  it("keeps a text that is not the scenario's", () => {
    const other = { ...status, text: "A teacher's words" };
    expect(objectiveOnWire(caspianSalvo, other)).toEqual(other);
  });
});

/** An event card played by the facilitator: one from the scenario's deck, or written on the spot. */
import { at } from "../at";
import type { Command } from "../commands";
import type { Cause } from "../events";
import type { PowerId } from "../ids";
import type { Result } from "../result";
import { fail, ok } from "../result";
import { getScenario } from "../scenario";
import type { EventCard } from "../scenario/types";
import type { MatchState } from "../state";
import { applyEffect } from "./effects";
import { isAssetId, isCardId, isInfluenceCountry, isZoneId, own } from "./known";
import { endIfOpenWar } from "./end-match";
import { emit } from "./record";

type CardInput = Extract<Command, { type: "inject" }>["card"];

/** "w<n>", from the match's id counter: deterministic, and never a deck card's id (those start "ev-"). */
function writtenCardId(state: MatchState): string {
  return `w${state.nextId++}`;
}

export function inject(state: MatchState, input: CardInput, to: PowerId | null): Result<EventCard> {
  const scenario = getScenario(state.scenarioId);
  let card: EventCard;
  if ("cardId" in input) {
    const found = isCardId(state.scenarioId, input.cardId) ? scenario.events.find((c) => c.id === input.cardId) : undefined;
    if (!found) return fail("inject/unknown_card", { card: input.cardId });
    card = found;
  } else {
    card = { id: "", turn: state.turn, headline: input.headline, text: input.text, effects: input.effects };
  }
  for (const effect of card.effects) {
    if ((effect.kind === "strength" || effect.kind === "civilians") && !(isZoneId(state.scenarioId, effect.zone) && own(state.zones, effect.zone))) {
      return fail("inject/unknown_zone", { zone: effect.zone });
    }
    if (effect.kind === "stock" && !(isAssetId(state.scenarioId, effect.asset) && own(state.assets, effect.asset))) return fail("inject/unknown_asset", { asset: effect.asset });
    if (effect.kind === "influence" && !(isInfluenceCountry(state.scenarioId, effect.country) && own(at(state.powers, effect.power).influence, effect.country) !== undefined)) {
      return fail("inject/unknown_country", { country: effect.country });
    }
  }
  // A card written on the spot, once accepted, gets its own id: its effects' cause names it and no other card.
  if (!card.id) card = { ...card, id: writtenCardId(state) };
  emit(state, { kind: "card", cardId: card.id, headline: card.headline, text: card.text, effects: [...card.effects], injected: true, to }, to ? [to] : "all");
  const cause: Cause = { code: "card", card: card.id };
  for (const effect of card.effects) applyEffect(state, effect, cause);
  endIfOpenWar(state);
  return ok(card);
}

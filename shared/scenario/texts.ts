/**
 * A scenario's prose in a language: its `texts` entry where it has one (`ScenarioText`), its own
 * English words where not. Both the game's catalog (shared/catalog) and the screen
 * (client/src/lang/scenario-words.ts) read cards and objectives through these.
 */
import type { Scenario, ScenarioText } from "./types";

export function textsIn(scenario: Scenario, language: string): ScenarioText | undefined {
  return Object.hasOwn(scenario.texts ?? {}, language) ? scenario.texts![language] : undefined;
}

/** An event card's words; a facilitator's own card (an id the scenario lacks) keeps the words it was given. */
export function cardIn(scenario: Scenario, language: string, cardId: string | null, english: { headline: string; text: string }): { headline: string; text: string } {
  const words = cardId ? textsIn(scenario, language)?.events : undefined;
  return words && Object.hasOwn(words, cardId!) ? words[cardId!]! : { headline: english.headline, text: english.text };
}

export function objectiveIn(scenario: Scenario, language: string, id: string, english: string): string {
  const words = textsIn(scenario, language)?.objectives;
  return words && Object.hasOwn(words, id) ? words[id]! : english;
}

/**
 * The words of the game: events, their causes and errors, in a language (English by default).
 * The rules never import this (tests/catalog/boundary.test.ts): what they record is codes and
 * parameters, so the match hash does not depend on wording.
 */
import type { Cause, GameEvent } from "../events";
import type { Params } from "../result";
import { ERROR_CODES } from "../result";
import type { ErrorCode } from "../result";
import { DEFAULT_SCENARIO_ID, getScenario } from "../scenario";
import { cardIn } from "../scenario/texts";
import type { Scenario } from "../scenario/types";
import { en } from "./en";
import { formatFor } from "./format";
import type { Language } from "./languages";
import type { Messages, Names, Say } from "./messages";

export { en } from "./en";
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_NAMES, LANGUAGES, LOCALES } from "./languages";
export type { Language } from "./languages";
export { formatFor } from "./format";
export type { Format, PluralForms } from "./format";
export type { CauseParams, Messages, Names, Say } from "./messages";

/** English is the default and every function's fallback; another language is its own chunk in the browser. */
const LOADERS: { readonly [L in Language]: () => Promise<Messages> } = {
  en: () => Promise.resolve(en),
  fr: async () => (await import("./fr")).fr,
};
const CATALOGS: Partial<Record<Language, Messages>> = { en };

/** Loads a language's messages, once (the client before it shows anything in that language). */
export async function loadMessages(language: Language): Promise<Messages> {
  return (CATALOGS[language] ??= await LOADERS[language]());
}

/** The messages of a language loaded by loadMessages. */
export function messagesFor(language: Language): Messages {
  const messages = CATALOGS[language];
  if (!messages) throw new Error(`the ${language} messages are not loaded (loadMessages)`);
  return messages;
}

const says = new WeakMap<Messages, WeakMap<Scenario, Say>>();

/** The name under `id` in a record of the scenario (its own keys only: ids can come from a client). */
function named(record: Readonly<Record<string, { name: string }>>, id: string): string {
  return Object.hasOwn(record, id) ? record[id]!.name : id;
}

function namesOf(scenario: Scenario, m: Messages, say: Say): Names {
  const { words } = m;
  const power = (p: string | null | undefined) => (p ? named(scenario.powers, p) : p === null ? words.noSeat : words.unknown);
  return {
    power,
    powers: (p) => words.possessive(power(p)),
    faction: (f) => (f ? named(scenario.factions, f) : words.unknown),
    zone: (z) => (z ? (scenario.zones.find((x) => x.id === z)?.name ?? z) : words.unknown),
    country: (c) => (c ? (scenario.countries.find((x) => x.id === c)?.name ?? c) : words.internationalAirspace),
    asset: (a) => (a ? (scenario.assets.find((x) => x.id === a)?.name ?? a) : words.unknown),
    weapon: (w) => (w ? named(scenario.weapons, w) : words.unknown),
    // A card the facilitator wrote is not in the deck: it is named as an inject.
    card: (id) => {
      const card = id ? scenario.events.find((c) => c.id === id) : undefined;
      return card ? cardIn(scenario, m.language, card.id, card).headline : words.inject;
    },
    cardWords: (e) => cardIn(scenario, m.language, e.cardId, e),
    units: (n, kind) => words.units(n, kind ?? "aircraft", say.f),
  };
}

/** What the messages of `m` are written with, for `scenario` (made once per pair). */
export function sayFor(scenario: Scenario, m: Messages = en): Say {
  let byScenario = says.get(m);
  if (!byScenario) says.set(m, (byScenario = new WeakMap()));
  const known = byScenario.get(scenario);
  if (known) return known;
  const say = { f: formatFor(m.locale) } as Say;
  say.n = namesOf(scenario, m, say);
  say.cause = (cause, of) => {
    const { code, ...params } = cause;
    return m.causes[code](of ? { ...params, of } : params, say);
  };
  byScenario.set(scenario, say);
  return say;
}

/** An event as a player reads it in a turn report. */
export function describeEvent(event: GameEvent, scenario: Scenario, m: Messages = en): string {
  const text = m.events[event.kind] as (e: GameEvent, say: Say) => string;
  return text(event, sayFor(scenario, m));
}

/** Why a track, an influence or the escalation moved, in words ("quagmire", "overt proxy support"). */
export function causeText(cause: Cause, scenario: Scenario, m: Messages = en): string {
  return sayFor(scenario, m).cause(cause);
}

const KNOWN_ERRORS: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(code: string): code is ErrorCode {
  return KNOWN_ERRORS.has(code);
}

/**
 * An error in words, from its code and parameters (ids named from `scenario`, by default the
 * default scenario's). A code the catalog does not know (a client's own, a newer server's) gives
 * null: the caller keeps the words it has.
 */
export function errorText(error: { code: ErrorCode; params?: Params }, scenario?: Scenario, m?: Messages): string;
export function errorText(error: { code: string; params?: Params }, scenario?: Scenario, m?: Messages): string | null;
export function errorText(error: { code: string; params?: Params }, scenario: Scenario = getScenario(DEFAULT_SCENARIO_ID), m: Messages = en): string | null {
  if (!isErrorCode(error.code)) return null;
  return m.errors[error.code](error.params ?? {}, sayFor(scenario, m));
}

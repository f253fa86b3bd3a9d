/**
 * The shape of one language's messages. Each language is one file (en.ts) holding an object of
 * this type: a missing event kind or cause code is a compile error there.
 */
import type { Cause, CauseCode, GameEvent } from "../events";
import type { FactionId, PowerId, WeaponKind } from "../ids";
import type { ErrorCode, Params } from "../result";
import type { Format } from "./format";
import type { Language } from "./languages";

/** A cause's parameters; `of`: the other power of the escalation it raised (whose aircraft were shot down). */
export type CauseParams = Omit<Cause, "code"> & { of?: PowerId };

/** Scenario names, and the language's words for what has none. */
export interface Names {
  /** null: a country without a seat. */
  power(p: PowerId | string | null | undefined): string;
  /** "Russia's", "United States'". */
  powers(p: PowerId | string): string;
  faction(f: FactionId | string | null | undefined): string;
  zone(z: string | undefined): string;
  /** null or absent: international airspace. */
  country(c: string | null | undefined): string;
  asset(a: string | undefined): string;
  /** A weapon's name, by id. */
  weapon(w: string | undefined): string;
  /** The headline of a scenario card, by id (absent: a card the facilitator wrote). */
  card(id: string | undefined): string;
  /** A card's headline and text in this language (the scenario's texts), or as it was given. */
  cardWords(e: { cardId: string; headline: string; text: string }): { headline: string; text: string };
  /** "2 missiles", "1 aircraft". */
  units(n: number, kind: WeaponKind | undefined): string;
}

/** What a message is written with. */
export interface Say {
  f: Format;
  n: Names;
  /** A cause in words (for the events that carry one). */
  cause(cause: Cause, of?: PowerId): string;
}

export type EventKind = GameEvent["kind"];

export interface Messages {
  /** The language's code (languages.ts), under which a scenario keeps its prose in it. */
  language: Language;
  /** A BCP 47 tag for Intl: the language's entry in LOCALES (languages.ts). */
  locale: string;
  /** Words the names fall back on, and the possessive of a name. */
  words: { noSeat: string; internationalAirspace: string; unknown: string; inject: string; possessive(name: string): string; units(n: number, kind: WeaponKind, f: Format): string };
  causes: { [C in CauseCode]: (p: CauseParams, say: Say) => string };
  events: { [K in EventKind]: (e: Extract<GameEvent, { kind: K }>, say: Say) => string };
  /** Every error code's words, from its parameters (ids are named from the scenario). */
  errors: { [C in ErrorCode]: (p: Params, say: Say) => string };
}

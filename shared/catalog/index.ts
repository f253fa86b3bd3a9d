/**
 * The words of the game: events, their causes and errors, in a language (English by default).
 * The rules never import this (tests/catalog/boundary.test.ts): what they record is codes and
 * parameters, so the match hash does not depend on wording.
 */
import type { Cause, GameEvent } from "../events";
import type { Scenario } from "../scenario/types";
import { en } from "./en";
import { formatFor } from "./format";
import type { Messages, Names, Say } from "./messages";

export { en } from "./en";
export { formatFor } from "./format";
export type { Format, PluralForms } from "./format";
export type { CauseParams, Messages, Names, Say } from "./messages";

const says = new WeakMap<Messages, WeakMap<Scenario, Say>>();

function namesOf(scenario: Scenario, m: Messages, say: Say): Names {
  const { words } = m;
  const power = (p: Parameters<Names["power"]>[0]) => (p ? (scenario.powers[p]?.name ?? p) : p === null ? words.noSeat : words.unknown);
  return {
    power,
    powers: (p) => words.possessive(power(p)),
    faction: (f) => (f ? (scenario.factions[f]?.name ?? f) : words.unknown),
    zone: (z) => (z ? (scenario.zones.find((x) => x.id === z)?.name ?? z) : words.unknown),
    country: (c) => (c ? (scenario.countries.find((x) => x.id === c)?.name ?? c) : words.internationalAirspace),
    asset: (a) => (a ? (scenario.assets.find((x) => x.id === a)?.name ?? a) : words.unknown),
    card: (id) => (id ? (scenario.events.find((c) => c.id === id)?.headline ?? id) : words.inject),
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

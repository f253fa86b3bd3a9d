/** Small formatting helpers for panels and labels. */
import { at } from "../../../shared/at";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { Params } from "../../../shared/result";
import { errorText as catalogText } from "../../../shared/catalog";
import { locale, messages } from "../lang/language";
import { ui } from "../lang/ui";

export function formatKm(km: number): string {
  return `${Math.round(km).toLocaleString(locale())} km`;
}

/** "4:05" for a duration in milliseconds (never negative); "1:02:03" past an hour. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

export function powerName(scenario: Scenario, power: PowerId): string {
  return at(scenario.powers, power).name;
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : `${r}`;
}

export function phaseName(phase: string): string {
  const names: Record<string, string> = ui().common.phases;
  return Object.hasOwn(names, phase) ? names[phase]! : capitalise(phase);
}

/** What the turn is called on screen: a lesson's practice turn is never "Turn 1" (server/match/practice.ts). */
export function turnName(view: { turn: number; turns: number; practice?: true }, long = false): string {
  const words = ui().common;
  return view.practice ? words.practiceTurn : words.turn(view.turn, view.turns, long);
}

/**
 * Turns a server error into what a player reads: the catalog's words for its code and parameters,
 * or, for a code the catalog does not know (the client's own), the message that came with it.
 */
export function errorText(error: { code?: string; params?: Params; message?: string } | string, scenario?: Scenario): string {
  if (typeof error === "string") return stripCode(error);
  const worded = error.code ? catalogText({ code: error.code, ...(error.params ? { params: error.params } : {}) }, scenario, messages()) : null;
  if (worded) return worded;
  return error.message ? stripCode(error.message) : (error.code ?? ui().common.somethingWrong);
}

/** "seat/taken: The russia seat is already held." → "The russia seat is already held." */
function stripCode(text: string): string {
  const m = /^[a-z_]+\/[a-z_]+:\s*(.*)$/s.exec(text.trim());
  return m ? m[1]! : text;
}

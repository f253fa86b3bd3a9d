/**
 * A team's shared orders draft: what its members are composing for this turn, edited one change
 * at a time (so two teammates editing at once both keep their changes), with who made each
 * change. The server holds it; each member's screen shows it. Pure data and functions.
 */
import { z } from "zod";
import { ordersSchema } from "./commands";
import { LIMITS } from "./limits";
import type { PowerId } from "./ids";
import type { Orders, StrikeOrder } from "./orders";
import type { Posture } from "./ids";
import { encodeChange } from "./draft-change";
import type { DraftChangeWhat } from "./draft-change";

const strike = ordersSchema.shape.strikes.element;
const support = ordersSchema.shape.support.element;
const id = z.string().min(1).max(LIMITS.idLength);
const index = z.number().int().min(0).max(100);

/** One change to a draft. A new strike's id is given by the draft, not by the editor. */
export const draftEditSchema = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("strike"), strike: strike.omit({ id: true }), id: id.optional() }),
  z.strictObject({ op: z.literal("unstrike"), id }),
  z.strictObject({ op: z.literal("support"), order: support, index: index.nullable() }),
  z.strictObject({ op: z.literal("unsupport"), index }),
  z.strictObject({ op: z.literal("posture"), posture: ordersSchema.shape.posture }),
  z.strictObject({ op: z.literal("patrol"), treaty: id, units: z.number().int().min(0).max(LIMITS.points) }),
  z.strictObject({ op: z.literal("revoke"), treaty: id, on: z.boolean() }),
  /** Replaces the whole draft (the orders a member sent as a command, or a reset). */
  z.strictObject({ op: z.literal("all"), orders: ordersSchema }),
]);
export type DraftEdit = z.infer<typeof draftEditSchema>;

/** Most changes one draft message may carry. */
export const DRAFT_EDITS_PER_MESSAGE = 20;
/** Changes kept in a draft's list of recent changes (the team's live feed). */
export const DRAFT_CHANGES_KEPT = 12;

/** A team member, as the team and the records name them. */
export interface Author {
  /** The member's public id ("m_…"). */
  id: string;
  name: string;
}

export interface DraftChange {
  by: string;
  at: number;
  /**
   * What changed, as a code and its parameters separated by spaces ("strikeAdded s2",
   * "posture watch"; `encodeChange` in ./draft-change.ts), which the screens word in their language.
   */
  what: string;
}

/** How a team decides it is ready (the facilitator sets it). */
export const READY_RULES = ["any", "majority", "captain"] as const;
export type ReadyRule = (typeof READY_RULES)[number];

export interface TeamDraft {
  turn: number;
  /** Goes up with every change; the orders last sent carry the version they came from. */
  version: number;
  orders: Orders;
  /** Who added or last changed each strike, by strike id. */
  strikeBy: Record<string, string>;
  /** The latest changes, newest last. */
  changes: DraftChange[];
  /** Changes each member made this turn, by member id (their part of the team's orders). */
  parts: Record<string, { name: string; edits: number }>;
  /** The team's orders as last sent this turn: from which version, by whom, when. */
  sent: { version: number; by: string; at: number } | null;
}

/** What a team's members see of their team (and the facilitator of every team). */
export interface TeamView {
  power: PowerId;
  draft: TeamDraft;
  rule: ReadyRule;
  /** The captain's name, when the rule is "captain" and one is named. */
  captain: string | null;
  /** Names of the members who said they are ready in this phase. */
  ready: string[];
  /** Connected members (whom "majority" counts). */
  connected: number;
}

export function emptyOrders(posture: Posture): Orders {
  return { strikes: [], support: [], posture, patrols: [], revoke: [] };
}

export function newDraft(turn: number, orders: Orders): TeamDraft {
  return { turn, version: 0, orders, strikeBy: {}, changes: [], parts: {}, sent: null };
}

function nextStrikeId(strikes: readonly StrikeOrder[]): string {
  let n = 0;
  for (const s of strikes) n = Math.max(n, Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0));
  return `s${n + 1}`;
}

/** The draft after one member's change, or null if the change no longer applies (a strike removed meanwhile). */
export function applyDraftEdit(draft: TeamDraft, edit: DraftEdit, by: Author, at: number): TeamDraft | null {
  const o = draft.orders;
  let orders: Orders;
  let what: DraftChangeWhat;
  const strikeBy = { ...draft.strikeBy };
  switch (edit.op) {
    case "strike": {
      if (edit.id !== undefined) {
        const i = o.strikes.findIndex((s) => s.id === edit.id);
        if (i < 0) return null;
        const strikes = o.strikes.slice();
        strikes[i] = { ...edit.strike, id: edit.id };
        orders = { ...o, strikes };
        strikeBy[edit.id] = by.name;
        what = { code: "strikeChanged", strike: edit.id };
      } else {
        const made = { ...edit.strike, id: nextStrikeId(o.strikes) };
        orders = { ...o, strikes: [...o.strikes, made] };
        strikeBy[made.id] = by.name;
        what = { code: "strikeAdded", strike: made.id };
      }
      break;
    }
    case "unstrike":
      if (!o.strikes.some((s) => s.id === edit.id)) return null;
      orders = { ...o, strikes: o.strikes.filter((s) => s.id !== edit.id) };
      delete strikeBy[edit.id];
      what = { code: "strikeRemoved", strike: edit.id };
      break;
    case "support": {
      const list = o.support.slice();
      if (edit.index === null) list.push(edit.order);
      else if (edit.index < list.length) list[edit.index] = edit.order;
      else return null;
      orders = { ...o, support: list };
      what = { code: "support", points: edit.order.points, faction: edit.order.faction, zone: edit.order.zone };
      break;
    }
    case "unsupport":
      if (edit.index >= o.support.length) return null;
      orders = { ...o, support: o.support.filter((_, i) => i !== edit.index) };
      what = { code: "supportRemoved" };
      break;
    case "posture":
      orders = { ...o, posture: edit.posture };
      what = { code: "posture", posture: edit.posture };
      break;
    case "patrol":
      orders = { ...o, patrols: [...o.patrols.filter((p) => p.treaty !== edit.treaty), ...(edit.units > 0 ? [{ treaty: edit.treaty, units: edit.units }] : [])] };
      what = { code: "patrol", treaty: edit.treaty, units: edit.units };
      break;
    case "revoke":
      orders = { ...o, revoke: [...o.revoke.filter((t) => t !== edit.treaty), ...(edit.on ? [edit.treaty] : [])] };
      what = { code: edit.on ? "revoke" : "keep", treaty: edit.treaty };
      break;
    case "all":
      orders = edit.orders;
      for (const key of Object.keys(strikeBy)) if (!orders.strikes.some((s) => s.id === key)) delete strikeBy[key];
      for (const s of orders.strikes) strikeBy[s.id] ??= by.name;
      what = { code: "replaced" };
      break;
  }
  const part = draft.parts[by.id];
  return {
    ...draft,
    version: draft.version + 1,
    orders,
    strikeBy,
    changes: [...draft.changes, { by: by.name, at, what: encodeChange(what) }].slice(-DRAFT_CHANGES_KEPT),
    parts: { ...draft.parts, [by.id]: { name: by.name, edits: (part?.edits ?? 0) + 1 } },
  };
}

/**
 * Whether a team is ready under its rule: any one member; more than half of those connected;
 * or the captain (a team without a connected captain falls back to the majority).
 */
export function teamReady(rule: ReadyRule, ready: ReadonlySet<string>, connected: readonly string[], captain: string | null): boolean {
  const present = connected.filter((m) => ready.has(m)).length;
  if (rule === "any") return present > 0;
  if (rule === "captain" && captain !== null && connected.includes(captain)) return ready.has(captain);
  return connected.length > 0 && present * 2 > connected.length;
}

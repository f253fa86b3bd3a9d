/** The one entry point of the rules: a command from an actor, checked, applied to a copy of the state. */
import type { Command } from "./commands";
import { parseCommand } from "./commands";
import type { GameEvent } from "./events";
import type { Actor, Phase, PowerId } from "./ids";
import { isPowerOf } from "./scenario/ids-of";
import { checkCommandIds } from "./command-ids";
import { at } from "./at";
import type { Orders } from "./orders";
import type { Result } from "./result";
import { fail, ok } from "./result";
import type { MatchState } from "./state";
import { clone } from "./clone";
import { shareUnchanged } from "./share-unchanged";
import { advancePhase } from "./phases";
import { accept, counter, propose, reject, withdraw } from "./rules/diplomacy";
import { checkOrders } from "./rules/check-orders";
import { inject } from "./rules/inject";
import { endMatch } from "./rules/end-match";
import { emit } from "./rules/record";

export interface Applied {
  state: MatchState;
  /** The events this command produced, in order (unfiltered: use canSee before sending). */
  events: GameEvent[];
}

type Who = "power" | "control";

/** Who may send each command, and in which phases. */
export const COMMAND_RULES: Readonly<Record<Command["type"], { who: Who; phases: readonly Phase[] }>> = {
  propose: { who: "power", phases: ["diplomacy"] },
  accept: { who: "power", phases: ["diplomacy"] },
  reject: { who: "power", phases: ["diplomacy"] },
  withdraw: { who: "power", phases: ["diplomacy"] },
  counter: { who: "power", phases: ["diplomacy"] },
  orders: { who: "power", phases: ["orders"] },
  ready: { who: "power", phases: ["briefing", "diplomacy", "orders", "report"] },
  advance: { who: "control", phases: ["briefing", "diplomacy", "orders", "resolution", "report"] },
  inject: { who: "control", phases: ["briefing", "diplomacy", "orders", "report"] },
  end: { who: "control", phases: ["briefing", "diplomacy", "orders", "resolution", "report"] },
};

/** Append-only lists: a draft copies the list and shares its entries. */
const APPEND_ONLY: ReadonlySet<string> = new Set(["log", "history", "pastOrders"]);

/**
 * A working copy, keys in the same order. Shared with the original: the entries of the
 * append-only lists, and each power's orders (only ever replaced whole).
 */
function draftOf(state: MatchState): MatchState {
  const draft: Record<string, unknown> = {};
  for (const key of Object.keys(state) as (keyof MatchState)[]) {
    const value = state[key];
    if (APPEND_ONLY.has(key)) draft[key] = (value as unknown[] | undefined)?.slice();
    else if (key === "orders") draft[key] = Object.assign({}, value);
    else draft[key] = clone(value);
  }
  return draft as unknown as MatchState;
}

export function apply(state: MatchState, actor: Actor, input: unknown): Result<Applied> {
  const parsed = parseCommand(input);
  if (!parsed.ok) return parsed;
  const command = parsed.value;
  if (!isActor(state, actor)) return fail("seat/unknown_actor");
  if (state.status === "ended") return fail("match/ended");
  const rule = COMMAND_RULES[command.type];
  if (rule.who === "power" && !isPowerOf(state, actor)) return fail("seat/not_a_power", { command: command.type });
  if (rule.who === "control" && isPowerOf(state, actor)) return fail("seat/not_facilitator", { command: command.type });
  if (command.turn !== state.turn || command.phase !== state.phase) {
    return fail("command/stale", { turn: command.turn, phase: command.phase, now: state.turn, at: state.phase });
  }
  if (!rule.phases.includes(state.phase)) return fail("phase/not_now", { command: command.type, phase: state.phase });
  const ids = checkCommandIds(state, command);
  if (!ids.ok) return ids;

  const draft = draftOf(state);
  const firstSeq = draft.nextSeq;
  const done = run(draft, actor, command);
  if (!done.ok) return done;
  return ok({ state: sharedWith(draft, state), events: draft.log.filter((e) => e.seq >= firstSeq) });
}

/** The new state keeps the old one's objects wherever the command changed nothing (share-unchanged.ts). */
function sharedWith(draft: MatchState, state: MatchState): MatchState {
  const into = draft as unknown as Record<string, unknown>;
  const from = state as unknown as Record<string, unknown>;
  for (const key of Object.keys(into)) if (!APPEND_ONLY.has(key)) into[key] = shareUnchanged(into[key], from[key]);
  return draft;
}

function run(state: MatchState, actor: Actor, command: Command): Result<unknown> {
  const power = actor as PowerId;
  switch (command.type) {
    case "propose":
      return propose(state, power, command, null);
    case "counter":
      return counter(state, power, command);
    case "accept":
      return accept(state, power, command.proposal);
    case "reject":
      return reject(state, power, command.proposal, command.note);
    case "withdraw":
      return withdraw(state, power, command.proposal);
    case "orders": {
      const checked = checkOrders(state, power, command.orders as Orders);
      if (!checked.ok) return checked;
      state.orders[power] = checked.value;
      emit(state, { kind: "ordersIn", power }, "all");
      return ok(true);
    }
    case "ready":
      at(state.powers, power).ready = command.ready;
      return ok(true);
    case "advance":
      advancePhase(state);
      return ok(true);
    case "inject":
      return inject(state, command.card, command.to);
    case "end":
      endMatch(state, "facilitator");
      return ok(true);
  }
}

function isActor(state: MatchState, actor: unknown): actor is Actor {
  return isPowerOf(state, actor) || actor === "facilitator" || actor === "system";
}

/** True when every listed power has said it is ready. */
export function allReady(state: MatchState, powers: readonly PowerId[]): boolean {
  return powers.length > 0 && powers.every((p) => at(state.powers, p).ready);
}

/** Everything a bot's decisions read: its seat's view, its persona, its objectives and its dice. */
import { at } from "../at";
import type { Phase, PowerId } from "../ids";
import type { RngState } from "../rng";
import { nextFloat, seedRng } from "../rng";
import { testParts } from "../rules/objectives";
import { getScenario } from "../scenario";
import type { ObjectiveSetup, Scenario } from "../scenario/types";
import type { MatchView } from "../view";
import type { Persona } from "../scenario/bot-knowledge";
import { personaFor } from "./persona";
import { clearLeader } from "./standings";

export const BOT_LEVELS = ["easy", "normal", "hard"] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export interface BotContext {
  view: MatchView;
  me: PowerId;
  level: BotLevel;
  scenario: Scenario;
  persona: Persona;
  /** The objectives this power scores (its public ones and its secret one), one entry per part of an "all". */
  objectives: ObjectiveSetup[];
  rng: RngState;
  stamp: { turn: number; phase: Phase };
  /** Answers worked out once per decision (scans of the log, say). */
  memo: Map<string, unknown>;
}

/** A value computed once per decision. */
export function remember<T>(ctx: BotContext, key: string, compute: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = compute();
  ctx.memo.set(key, value);
  return value;
}

/** How far ahead (public points) a rival must be to count as the clear leader, and the goodwill it then loses. */
const LEADER = { normal: { lead: 4, distrust: 0.4 }, hard: { lead: 3, distrust: 0.6 } } as const;

export function makeContext(view: MatchView, me: PowerId, level: BotLevel): BotContext {
  const scenario = getScenario(view.scenarioId);
  const secret = at(view.powers, me).secretObjective;
  const setup = at(scenario.powers, me);
  const ids = new Set([...setup.publicObjectives, ...(secret ? [secret] : [])]);
  // An objective of several tests reads, to the bot, as each of them worth its points: each is needed.
  const objectives = scenario.objectives.filter((o) => o.power === me && ids.has(o.id)).flatMap((o) => testParts(o.test).map((test) => ({ ...o, test })));
  // The dice depend only on what the seat can see, so the same view always gives the same moves.
  const rng = seedRng(`bot|${view.turn}|${view.phase}|${me}|${level}|${view.log.length}|${secret ?? ""}`);
  const persona = personaFor(scenario, me, secret);
  // Normal and hard bots turn against a power that leads the field clearly: less goodwill, fewer favours.
  if (level !== "easy" && (view.phase === "diplomacy" || view.phase === "orders")) {
    const leader = clearLeader(view, scenario, me, LEADER[level].lead);
    if (leader) persona.affinity[leader] = (persona.affinity[leader] ?? 0) - LEADER[level].distrust;
  }
  return { view, me, level, scenario, persona, objectives, rng, stamp: { turn: view.turn, phase: view.phase }, memo: new Map() };
}

/** True when the power scores this objective (public, or its own secret one). */
export function wants(ctx: BotContext, objectiveId: string): boolean {
  return ctx.objectives.some((o) => o.id === objectiveId);
}

/** True when the power scores a clean record (no violation or broken commitment of its own detected): it flies only with rights. */
export function keepsCleanRecord(ctx: BotContext): boolean {
  return ctx.objectives.some((o) => o.test.kind === "noDetectedViolationOwn");
}

/** Turns left including the current one. */
export function turnsLeft(ctx: BotContext): number {
  return Math.max(1, ctx.view.turns - ctx.view.turn + 1);
}

export function roll(ctx: BotContext): number {
  return nextFloat(ctx.rng);
}

/** A number in [-spread, spread]: easy bots judge with a lot of it, hard ones with little. */
export function noise(ctx: BotContext, spread: number): number {
  return (nextFloat(ctx.rng) * 2 - 1) * spread;
}

/** Points of the power's "word is good" objectives that still stand: what a revocation or a broken pledge would cost it. */
export function wordAtStake(ctx: BotContext): number {
  const start = at(ctx.scenario.powers, ctx.me).tracks.credibility;
  const now = at(ctx.view.powers, ctx.me).tracks.credibility;
  let stake = 0;
  for (const o of ctx.objectives) if (o.test.kind === "trackFromStart" && o.test.track === "credibility" && now - start >= o.test.atLeastChange) stake += o.points;
  return stake;
}

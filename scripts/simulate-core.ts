/**
 * The balance simulator's core: bot-only matches played headless through the rules, and what
 * they add up to (win rates with intervals per power and level, open war, passive seats, the
 * secret objectives' spread, how often each objective is met and each mechanic used). Shared by
 * `npm run simulate`, its worker threads and the tests.
 */
import { hashOf, scoreMatch } from "../shared";
import type { MatchState, PowerId } from "../shared";
import type { Command } from "../shared/commands";
import { BOT_LEVELS, botCommands, playBotMatch } from "../shared/bots";
import type { BotLevel } from "../shared/bots";
import { nextFloat, seedRng } from "../shared/rng";
import { countUsage, recordOrders, usageKeys } from "./simulate-usage";
import { DEFAULT_SCENARIO_ID, getScenario } from "../shared/scenario";
import { powerIds, powersOf } from "../shared/scenario/ids-of";
import { loadScenarios } from "../shared/scenario/load";

// The rules look airspace up in the scenario maps, loaded once here.
await loadScenarios();

/** The seats of the scenario a run plays (the default scenario when none is named). */
export function seatsOf(scenarioId: string = DEFAULT_SCENARIO_ID): readonly PowerId[] {
  return powerIds(getScenario(scenarioId));
}

export { usageKeys };

export const MECHANICS = [
  "proposals",
  "treatiesMade",
  "treatiesRevoked",
  "treatiesBroken",
  "violations",
  "detectedViolations",
  "interceptions",
  "shootDowns",
  "strikes",
  "nfzTurnsInForce",
] as const;
export type Mechanic = (typeof MECHANICS)[number];

/** A seat's player: a bot at a level, or a passive seat that only says it is ready. */
export const SEAT_LEVELS = [...BOT_LEVELS, "passive"] as const;
export type SeatLevel = (typeof SEAT_LEVELS)[number];

export interface MatchOutcome {
  seed: string;
  scenarioId: string;
  hash: string;
  levels: Record<PowerId, SeatLevel>;
  /** The turn the match ended on. */
  turns: number;
  reason: "turns" | "openWar" | "facilitator";
  scores: Record<PowerId, number>;
  /** Highest score (several on a tie); empty after open war. */
  winners: PowerId[];
  mechanics: Record<Mechanic, number>;
  /** Each mechanic of the game (simulate-usage.ts): how many times the bots used it in this match. */
  usage: Record<string, number>;
  /** Each power's objectives (public, then its secret one) and whether they were met at the end. */
  objectives: Record<PowerId, { id: string; met: boolean; secret: boolean }[]>;
  refused: number;
  botCalls: number;
  botMs: number;
  botMsMax: number;
  /** Bot calls that took 50 ms or more. */
  botSlowCalls: number;
}

export interface MatchSpec {
  seed: string;
  /** The default scenario when absent. */
  scenarioId?: string;
  levels: Record<PowerId, SeatLevel>;
  turns?: number;
}

export function countMechanics(state: MatchState): Record<Mechanic, number> {
  const counts = Object.fromEntries(MECHANICS.map((m) => [m, 0])) as Record<Mechanic, number>;
  for (const e of state.log) {
    switch (e.kind) {
      case "proposal":
        if (e.action === "proposed" || e.action === "countered") counts.proposals++;
        break;
      case "treaty":
        if (e.status === "agreed") counts.treatiesMade++;
        if (e.status === "revoked") counts.treatiesRevoked++;
        break;
      case "pledgeBroken":
        counts.treatiesBroken++;
        break;
      case "violation":
        counts.violations++;
        if (e.detected) counts.detectedViolations++;
        break;
      case "interception":
        counts.interceptions++;
        break;
      case "shootDown":
        counts.shootDowns++;
        break;
      case "strikeFlown":
        counts.strikes++;
        break;
      case "nfzStatus":
        if (e.inForce) counts.nfzTurnsInForce++;
        break;
    }
  }
  return counts;
}

export function winnersOf(state: MatchState): PowerId[] {
  const ending = state.ending;
  if (!ending || ending.reason === "openWar") return [];
  const powers = powersOf(state);
  const best = Math.max(...powers.map((p) => ending.scores[p]!));
  return powers.filter((p) => ending.scores[p] === best);
}

/** A passive seat: ready in every phase, no proposal, no answer, no orders. */
function passiveCommands(view: Parameters<typeof botCommands>[0], power: PowerId): Command[] {
  if (view.status === "ended" || view.phase === "resolution" || view.powers[power]!.ready) return [];
  return [{ type: "ready", turn: view.turn, phase: view.phase, ready: true }];
}

/** Plays one bot-only match and measures each bot call. */
export function playOne(spec: MatchSpec): MatchOutcome {
  let botCalls = 0;
  let botMs = 0;
  let botMsMax = 0;
  let botSlowCalls = 0;
  const usage: Record<string, number> = {};
  const powers = seatsOf(spec.scenarioId);
  const botLevels = Object.fromEntries(powers.map((p) => [p, spec.levels[p] === "passive" ? "normal" : spec.levels[p]])) as Record<PowerId, BotLevel>;
  const result = playBotMatch({
    seed: spec.seed,
    ...(spec.scenarioId ? { scenarioId: spec.scenarioId } : {}),
    levels: botLevels,
    ...(spec.turns ? { turns: spec.turns } : {}),
    bot: (view, power, level) => {
      if (spec.levels[power] === "passive") return passiveCommands(view, power);
      const start = performance.now();
      const commands = botCommands(view, power, level);
      const ms = performance.now() - start;
      botCalls++;
      botMs += ms;
      botMsMax = Math.max(botMsMax, ms);
      if (ms >= 50) botSlowCalls++;
      recordOrders(commands, usage);
      return commands;
    },
  });
  const { state } = result;
  const ending = state.ending ?? { reason: "turns" as const, turn: state.turn, scores: Object.fromEntries(powers.map((p) => [p, 0])) as Record<PowerId, number> };
  const details = scoreMatch(state).details;
  return {
    seed: spec.seed,
    scenarioId: state.scenarioId,
    hash: hashOf(state),
    levels: spec.levels,
    turns: ending.turn,
    reason: ending.reason,
    scores: ending.scores,
    winners: winnersOf(state),
    mechanics: countMechanics(state),
    usage: countUsage(state, usage),
    objectives: Object.fromEntries(powers.map((p) => [p, details[p]!.map((r) => ({ id: r.id, met: r.met, secret: r.secret }))])) as MatchOutcome["objectives"],
    refused: result.refused.length,
    botCalls,
    botMs,
    botMsMax,
    botSlowCalls,
  };
}

export function uniformLevels(level: SeatLevel, scenarioId?: string): Record<PowerId, SeatLevel> & Record<PowerId, BotLevel> {
  return Object.fromEntries(seatsOf(scenarioId).map((p) => [p, level])) as Record<PowerId, SeatLevel> & Record<PowerId, BotLevel>;
}

export function matchSeeds(seed: string, matches: number): string[] {
  return Array.from({ length: matches }, (_, i) => `${seed}-${i + 1}`);
}

/**
 * How seats are filled. `level`: every seat not named otherwise. `seats`: fixed levels for some
 * powers. `mix`: each seat not fixed is drawn, match by match, from these levels (seeded by the
 * match's seed). `passive`: one seat per match is passive, "rotate" taking each power in turn.
 */
export interface SeatPlan {
  /** The default scenario when absent. */
  scenarioId?: string;
  level: BotLevel;
  seats?: Partial<Record<PowerId, SeatLevel>>;
  mix?: SeatLevel[];
  passive?: PowerId | "rotate";
}

export function seatLevels(plan: SeatPlan, seed: string, index: number): Record<PowerId, SeatLevel> {
  const rng = seedRng(`${seed}|seats`);
  const levels = {} as Record<PowerId, SeatLevel>;
  const powers = seatsOf(plan.scenarioId);
  for (const p of powers) {
    const fixed = plan.seats?.[p];
    const drawn = plan.mix?.length ? plan.mix[Math.floor(nextFloat(rng) * plan.mix.length)]! : plan.level;
    levels[p] = fixed ?? drawn;
  }
  if (plan.passive) levels[plan.passive === "rotate" ? powers[index % powers.length]! : plan.passive] = "passive";
  return levels;
}

export function planSpecs(plan: SeatPlan, seed: string, matches: number, turns?: number): MatchSpec[] {
  return matchSeeds(seed, matches).map((s, i) => ({ seed: s, ...(plan.scenarioId ? { scenarioId: plan.scenarioId } : {}), levels: seatLevels(plan, s, i), ...(turns ? { turns } : {}) }));
}

export function describePlan(plan: SeatPlan): string {
  const parts = [...(plan.scenarioId ? [getScenario(plan.scenarioId).name] : []), `${plan.level}`];
  if (plan.mix?.length) parts.push(`each seat drawn from ${plan.mix.join("/")}`);
  for (const [p, l] of Object.entries(plan.seats ?? {})) parts.push(`${p} ${l}`);
  if (plan.passive) parts.push(plan.passive === "rotate" ? "one passive seat per match, in turn" : `${plan.passive} passive`);
  return parts.join(", ");
}

/** A share with its Wilson 95 % interval. */
export interface Rate {
  n: number;
  rate: number;
  low: number;
  high: number;
}

export function wilson(successes: number, n: number, z = 1.96): Rate {
  if (n === 0) return { n, rate: 0, low: 0, high: 1 };
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { n, rate: r(p), low: r(Math.max(0, centre - half)), high: r(Math.min(1, centre + half)) };
}

export interface SeatStats extends Rate {
  meanScore: number;
}

export interface SimulationSummary {
  matches: number;
  seed: string;
  level: string;
  /** Share of matches each power won (ties split; open-war matches have no winner), over active seats. */
  winRates: Record<PowerId, number>;
  /** The same with its interval, over every match the power's seat was active in. */
  wins: Record<PowerId, Rate>;
  averageScores: Record<PowerId, number>;
  /** Per power and seat level: win rate with interval and mean score (only levels that were played). */
  byLevel: Record<PowerId, Partial<Record<SeatLevel, SeatStats>>>;
  averageTurns: number;
  /** Share of matches that ended in open war. */
  openWarShare: number;
  openWar: Rate;
  /** Passive seats: their win rate, mean score, the same powers' mean score when active, and the ratio. */
  passive: { seats: number; wins: Rate; meanScore: number; activeMeanScore: number; scoreRatio: number } | null;
  /** Each secret objective: the power's win rate when it drew it, against the power's win rate over all its draws. */
  secrets: { id: string; power: PowerId; wins: Rate; powerRate: number; gap: number }[];
  /** Each objective: share of matches (in which it counted) that met it. */
  objectives: { id: string; power: PowerId; secret: boolean; met: Rate }[];
  /** Per match, on average. */
  mechanics: Record<Mechanic, number>;
  /** Each mechanic: share of matches in which some bot used it, and uses per match. */
  usage: Record<string, { share: number; perMatch: number }>;
  /** Bot commands `apply` refused (should be 0). */
  refusedCommands: number;
  /** Time per bot call (one seat's turn): mean, worst, and the share of calls taking 50 ms or more. */
  botTurnMs: { mean: number; max: number; slowShare: number };
}

const r3 = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d + 0; // + 0: no -0 in the JSON

function winShare(o: MatchOutcome, p: PowerId): number {
  return o.winners.includes(p) ? 1 / o.winners.length : 0;
}

export function summarize(outcomes: readonly MatchOutcome[], seed: string, level: string, usageKeys: readonly string[] = []): SimulationSummary {
  const n = Math.max(1, outcomes.length);
  const powers = seatsOf(outcomes[0]?.scenarioId);
  const mechanics = Object.fromEntries(MECHANICS.map((m) => [m, 0])) as Record<Mechanic, number>;
  let turns = 0;
  let openWar = 0;
  let refused = 0;
  let calls = 0;
  let ms = 0;
  let max = 0;
  let slow = 0;
  const seat = (p: PowerId, l: SeatLevel | "active") => `${p}|${l}`;
  const acc = new Map<string, { n: number; wins: number; score: number }>();
  const add = (key: string, o: MatchOutcome, p: PowerId) => {
    const a = acc.get(key) ?? { n: 0, wins: 0, score: 0 };
    a.n++;
    a.wins += winShare(o, p);
    a.score += o.scores[p]!;
    acc.set(key, a);
  };
  const usageKeysSeen = new Set(usageKeys);
  const usageUsed = new Map<string, number>();
  const usageCount = new Map<string, number>();
  const objectiveMet = new Map<string, { power: PowerId; secret: boolean; n: number; met: number }>();
  for (const o of outcomes) {
    for (const p of powers) {
      const l = o.levels[p]!;
      add(seat(p, l), o, p);
      if (l !== "passive") {
        add(seat(p, "active"), o, p);
        const secret = o.objectives[p]!.find((x) => x.secret);
        if (secret) add(`secret|${secret.id}`, o, p);
      }
      add(`level|${l}`, o, p);
      if (l === "passive") continue;
      for (const x of o.objectives[p]!) {
        const m = objectiveMet.get(x.id) ?? { power: p, secret: x.secret, n: 0, met: 0 };
        m.n++;
        if (x.met) m.met++;
        objectiveMet.set(x.id, m);
      }
    }
    for (const m of MECHANICS) mechanics[m] += o.mechanics[m];
    for (const [k, v] of Object.entries(o.usage)) {
      usageKeysSeen.add(k);
      usageCount.set(k, (usageCount.get(k) ?? 0) + v);
      if (v > 0) usageUsed.set(k, (usageUsed.get(k) ?? 0) + 1);
    }
    turns += o.turns;
    if (o.reason === "openWar") openWar++;
    refused += o.refused;
    calls += o.botCalls;
    ms += o.botMs;
    max = Math.max(max, o.botMsMax);
    slow += o.botSlowCalls;
  }
  const stats = (key: string): SeatStats | undefined => {
    const a = acc.get(key);
    return a ? { ...wilson(a.wins, a.n), meanScore: r3(a.score / a.n, 2) } : undefined;
  };
  const wins = Object.fromEntries(powers.map((p) => [p, stats(seat(p, "active")) ?? wilson(0, 0)])) as Record<PowerId, SeatStats>;
  const byLevel = Object.fromEntries(
    powers.map((p) => [p, Object.fromEntries(SEAT_LEVELS.flatMap((l) => (acc.has(seat(p, l)) ? [[l, stats(seat(p, l))!]] : [])))]),
  ) as SimulationSummary["byLevel"];
  let passive: SimulationSummary["passive"] = null;
  const passiveSeats = acc.get("level|passive");
  if (passiveSeats) {
    // The active mean each passive seat is compared with: its own power's mean score when active.
    let activeSum = 0;
    for (const o of outcomes) for (const p of powers) if (o.levels[p] === "passive") activeSum += wins[p]!.n ? (stats(seat(p, "active"))?.meanScore ?? 0) : 0;
    const meanScore = passiveSeats.score / passiveSeats.n;
    const activeMeanScore = activeSum / passiveSeats.n;
    passive = { seats: passiveSeats.n, wins: wilson(passiveSeats.wins, passiveSeats.n), meanScore: r3(meanScore, 2), activeMeanScore: r3(activeMeanScore, 2), scoreRatio: r3(activeMeanScore ? meanScore / activeMeanScore : 0) };
  }
  const secrets = [...acc.keys()]
    .filter((k) => k.startsWith("secret|"))
    .map((k) => {
      const id = k.slice("secret|".length);
      const power = objectiveMet.get(id)!.power;
      const a = acc.get(k)!;
      const powerRate = wins[power]!.rate;
      return { id, power, wins: wilson(a.wins, a.n), powerRate, gap: r3(a.wins / a.n - powerRate) };
    })
    .sort((a, b) => powers.indexOf(a.power) - powers.indexOf(b.power) || a.id.localeCompare(b.id));
  const objectives = [...objectiveMet.entries()]
    .map(([id, m]) => ({ id, power: m.power, secret: m.secret, met: wilson(m.met, m.n) }))
    .sort((a, b) => powers.indexOf(a.power) - powers.indexOf(b.power) || Number(a.secret) - Number(b.secret) || a.id.localeCompare(b.id));
  const usage = Object.fromEntries(
    [...usageKeysSeen].sort().map((k) => [k, { share: r3((usageUsed.get(k) ?? 0) / n), perMatch: r3((usageCount.get(k) ?? 0) / n, 2) }]),
  );
  return {
    matches: outcomes.length,
    seed,
    level,
    winRates: Object.fromEntries(powers.map((p) => [p, wins[p]!.rate])) as Record<PowerId, number>,
    wins: Object.fromEntries(powers.map((p) => [p, { n: wins[p]!.n, rate: wins[p]!.rate, low: wins[p]!.low, high: wins[p]!.high }])) as Record<PowerId, Rate>,
    averageScores: Object.fromEntries(powers.map((p) => [p, wins[p]!.meanScore])) as Record<PowerId, number>,
    byLevel,
    averageTurns: r3(turns / n, 2),
    openWarShare: r3(openWar / n),
    openWar: wilson(openWar, outcomes.length),
    passive,
    secrets,
    objectives,
    mechanics: Object.fromEntries(MECHANICS.map((m) => [m, r3(mechanics[m] / n, 2)])) as Record<Mechanic, number>,
    usage,
    refusedCommands: refused,
    botTurnMs: { mean: r3(calls ? ms / calls : 0, 3), max: r3(max, 2), slowShare: r3(calls ? slow / calls : 0, 5) },
  };
}

/** Plays matches in this thread (the tests call this with a few matches). */
export function simulateHere(options: { matches: number; seed: string; level: BotLevel; turns?: number; plan?: SeatPlan }): SimulationSummary {
  const plan = options.plan ?? { level: options.level };
  const outcomes = planSpecs(plan, options.seed, options.matches, options.turns).map(playOne);
  return summarize(outcomes, options.seed, describePlan(plan), usageKeys(getScenario(plan.scenarioId ?? DEFAULT_SCENARIO_ID)));
}

export function isBotLevel(value: string): value is BotLevel {
  return (BOT_LEVELS as readonly string[]).includes(value);
}

export function isSeatLevel(value: string): value is SeatLevel {
  return (SEAT_LEVELS as readonly string[]).includes(value);
}


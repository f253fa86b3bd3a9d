/**
 * The balance simulator's core: bot-only matches played headless through the rules, and what
 * they add up to (win rates, match length, open war, how often each mechanic fires). Shared by
 * `npm run simulate`, its worker threads and the tests.
 */
import { hashOf, POWERS, scoreMatch } from "../shared";
import type { MatchState, PowerId } from "../shared";
import { BOT_LEVELS, botCommands, playBotMatch } from "../shared/bots";
import type { BotLevel } from "../shared/bots";

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

export interface MatchOutcome {
  seed: string;
  hash: string;
  /** The turn the match ended on. */
  turns: number;
  reason: "turns" | "openWar" | "facilitator";
  scores: Record<PowerId, number>;
  /** Highest score (several on a tie); empty after open war. */
  winners: PowerId[];
  mechanics: Record<Mechanic, number>;
  /** Each power's objectives (public, then its secret one) and whether they were met at the end. */
  objectives: Record<PowerId, { id: string; met: boolean }[]>;
  refused: number;
  botCalls: number;
  botMs: number;
  botMsMax: number;
  /** Bot calls that took 50 ms or more. */
  botSlowCalls: number;
}

export interface MatchSpec {
  seed: string;
  levels: Record<PowerId, BotLevel>;
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
  const best = Math.max(...POWERS.map((p) => ending.scores[p]));
  return POWERS.filter((p) => ending.scores[p] === best);
}

/** Plays one bot-only match and measures each bot call. */
export function playOne(spec: MatchSpec): MatchOutcome {
  let botCalls = 0;
  let botMs = 0;
  let botMsMax = 0;
  let botSlowCalls = 0;
  const result = playBotMatch({
    seed: spec.seed,
    levels: spec.levels,
    ...(spec.turns ? { turns: spec.turns } : {}),
    bot: (view, power, level) => {
      const start = performance.now();
      const commands = botCommands(view, power, level);
      const ms = performance.now() - start;
      botCalls++;
      botMs += ms;
      botMsMax = Math.max(botMsMax, ms);
      if (ms >= 50) botSlowCalls++;
      return commands;
    },
  });
  const { state } = result;
  const ending = state.ending ?? { reason: "turns" as const, turn: state.turn, scores: Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number> };
  return {
    seed: spec.seed,
    hash: hashOf(state),
    turns: ending.turn,
    reason: ending.reason,
    scores: ending.scores,
    winners: winnersOf(state),
    mechanics: countMechanics(state),
    objectives: Object.fromEntries(POWERS.map((p) => [p, scoreMatch(state).details[p].map((r) => ({ id: r.id, met: r.met }))])) as MatchOutcome["objectives"],
    refused: result.refused.length,
    botCalls,
    botMs,
    botMsMax,
    botSlowCalls,
  };
}

export function uniformLevels(level: BotLevel): Record<PowerId, BotLevel> {
  return Object.fromEntries(POWERS.map((p) => [p, level])) as Record<PowerId, BotLevel>;
}

export function matchSeeds(seed: string, matches: number): string[] {
  return Array.from({ length: matches }, (_, i) => `${seed}-${i + 1}`);
}

export interface SimulationSummary {
  matches: number;
  seed: string;
  level: BotLevel;
  /** Share of matches each power won (ties split; open-war matches have no winner). */
  winRates: Record<PowerId, number>;
  averageScores: Record<PowerId, number>;
  averageTurns: number;
  /** Share of matches that ended in open war. */
  openWarShare: number;
  /** Per match, on average. */
  mechanics: Record<Mechanic, number>;
  /** Bot commands `apply` refused (should be 0). */
  refusedCommands: number;
  /** Time per bot call (one seat's turn): mean, worst, and the share of calls taking 50 ms or more. */
  botTurnMs: { mean: number; max: number; slowShare: number };
}

export function summarize(outcomes: readonly MatchOutcome[], seed: string, level: BotLevel): SimulationSummary {
  const n = Math.max(1, outcomes.length);
  const wins = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
  const scores = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
  const mechanics = Object.fromEntries(MECHANICS.map((m) => [m, 0])) as Record<Mechanic, number>;
  let turns = 0;
  let openWar = 0;
  let refused = 0;
  let calls = 0;
  let ms = 0;
  let max = 0;
  let slow = 0;
  for (const o of outcomes) {
    for (const w of o.winners) wins[w] += 1 / o.winners.length;
    for (const p of POWERS) scores[p] += o.scores[p];
    for (const m of MECHANICS) mechanics[m] += o.mechanics[m];
    turns += o.turns;
    if (o.reason === "openWar") openWar++;
    refused += o.refused;
    calls += o.botCalls;
    ms += o.botMs;
    max = Math.max(max, o.botMsMax);
    slow += o.botSlowCalls;
  }
  const r = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    matches: outcomes.length,
    seed,
    level,
    winRates: Object.fromEntries(POWERS.map((p) => [p, r(wins[p] / n)])) as Record<PowerId, number>,
    averageScores: Object.fromEntries(POWERS.map((p) => [p, r(scores[p] / n, 2)])) as Record<PowerId, number>,
    averageTurns: r(turns / n, 2),
    openWarShare: r(openWar / n),
    mechanics: Object.fromEntries(MECHANICS.map((m) => [m, r(mechanics[m] / n, 2)])) as Record<Mechanic, number>,
    refusedCommands: refused,
    botTurnMs: { mean: r(calls ? ms / calls : 0, 3), max: r(max, 2), slowShare: r(calls ? slow / calls : 0, 5) },
  };
}

/** Plays matches in this thread (the tests call this with a few matches). */
export function simulateHere(options: { matches: number; seed: string; level: BotLevel; turns?: number }): SimulationSummary {
  const outcomes = matchSeeds(options.seed, options.matches).map((seed) =>
    playOne({ seed, levels: uniformLevels(options.level), ...(options.turns ? { turns: options.turns } : {}) }),
  );
  return summarize(outcomes, options.seed, options.level);
}

export function isBotLevel(value: string): value is BotLevel {
  return (BOT_LEVELS as readonly string[]).includes(value);
}

/**
 * npx tsx scripts/simulate-tune.ts --matches N --seed S [--level normal] [--max-change 2] [--change-cost 0.02] [--spread-weight 20]
 *   [--workers W] [--save file.json | --load file.json]
 * A balancing aid (docs/balance.md): plays N bot-only matches, records which objectives each power
 * met, then searches for objective points (each within ±max-change of the scenario's) under
 * which every power's win rate lands in the 10–25% band, replaying the recorded outcomes instead of
 * new matches; points stay within the scenario's convention (public 2–4, secret 3–5). Bots read objective points too, so check any suggestion with `npm run simulate`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { getScenario } from "../shared";
import type { PowerId } from "../shared";
import { nextFloat, seedRng } from "../shared/rng";
import { isBotLevel, matchSeeds, uniformLevels } from "./simulate-core";
import type { MatchOutcome } from "./simulate-core";
import { runInWorkers } from "./simulate-pool";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { factionIds, powerIds } from "../shared/scenario/ids-of";

/** These runs play "Caspian Salvo" (the default scenario). */
const POWERS = powerIds(caspianSalvo);

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

const matches = Number(option("matches", "400"));
const seed = option("seed", "tune");
const level = option("level", "normal");
const maxChange = Number(option("max-change", "2"));
const workers = Number(option("workers", String(availableParallelism())));
const changeCost = Number(option("change-cost", "0.02"));
/** How much a secret objective more than 6 points from its power's win rate weighs against the 10–25 % band. */
const spreadWeight = Number(option("spread-weight", "20"));
const save = option("save", "");
const load = option("load", "");
if (!isBotLevel(level)) throw new Error(`unknown level ${level}`);

const LOW = 0.1;
const HIGH = 0.25;
/** Aim this far inside the band, so that a fresh set of matches stays in it. */
const MARGIN = 0.025;
const scenario = getScenario("caspian-salvo");
const original = new Map(scenario.objectives.map((o) => [o.id, o.points]));
/** The scenario's convention (tests/scenario): public objectives are worth 2–4 points, secret ones 3–5. */
const bounds = new Map<string, { low: number; high: number }>(scenario.objectives.map((o) => [o.id, o.secret ? { low: 3, high: 5 } : { low: 2, high: 4 }]));

function allowed(id: string, value: number): boolean {
  const { low, high } = bounds.get(id)!;
  return value >= low && value <= high && Math.abs(value - original.get(id)!) <= maxChange;
}

function winRates(outcomes: readonly MatchOutcome[], points: ReadonlyMap<string, number>): Record<PowerId, number> {
  const wins = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
  for (const o of outcomes) {
    if (o.reason === "openWar") continue;
    const totals = POWERS.map((p) => o.objectives[p]!.reduce((sum, r) => sum + (r.met ? (points.get(r.id) ?? 0) : 0), 0));
    const best = Math.max(...totals);
    const winners = POWERS.filter((_, i) => totals[i] === best);
    for (const w of winners) wins[w]! += 1 / winners.length;
  }
  return Object.fromEntries(POWERS.map((p) => [p, wins[p]! / outcomes.length])) as Record<PowerId, number>;
}

/** Each secret objective's win rate (when drawn) less its power's overall win rate. */
function secretGaps(outcomes: readonly MatchOutcome[], points: ReadonlyMap<string, number>, rates: Record<PowerId, number>): Map<string, number> {
  const wins = new Map<string, { n: number; won: number; power: PowerId }>();
  for (const o of outcomes) {
    const totals = POWERS.map((p) => o.objectives[p]!.reduce((sum, r) => sum + (r.met ? (points.get(r.id) ?? 0) : 0), 0));
    const best = Math.max(...totals);
    const winners = o.reason === "openWar" ? [] : POWERS.filter((_, i) => totals[i] === best);
    for (const p of POWERS) {
      const secret = o.objectives[p]!.find((r) => r.secret) ?? o.objectives[p]!.at(-1);
      if (!secret) continue;
      const w = wins.get(secret.id) ?? { n: 0, won: 0, power: p };
      w.n++;
      if (winners.includes(p)) w.won += 1 / winners.length;
      wins.set(secret.id, w);
    }
  }
  return new Map([...wins].map(([id, w]) => [id, w.won / w.n - rates[w.power]!]));
}

function penalty(outcomes: readonly MatchOutcome[], points: ReadonlyMap<string, number>): number {
  const rates = winRates(outcomes, points);
  // The target: each secret within 8 points of its power's mean (aim at 6).
  let spread = 0;
  for (const gap of secretGaps(outcomes, points, rates).values()) spread += spreadWeight * Math.max(0, Math.abs(gap) - 0.06) ** 2;
  const even = POWERS.reduce((sum, p) => sum + rates[p]!, 0) / POWERS.length;
  let cost = 0;
  for (const p of POWERS) {
    const w = rates[p];
    cost += 100 * (Math.max(0, LOW + MARGIN - w!) + Math.max(0, w! - HIGH + MARGIN)) ** 2 + (w! - even) ** 2;
  }
  // Prefer few, small changes: each objective changed costs changeCost, each point a little more.
  for (const [id, value] of points) {
    const delta = Math.abs(value - (original.get(id) ?? value));
    if (delta > 0) cost += changeCost + 0.0005 * delta;
  }
  return cost + spread;
}

function search(outcomes: readonly MatchOutcome[]): Map<string, number> {
  let best = new Map(original);
  let bestCost = penalty(outcomes, best);
  const rng = seedRng(`tune|${seed}`);
  const ids = [...original.keys()];
  for (let restart = 0; restart < 12; restart++) {
    let current = new Map(best);
    // Shake the best table a little, then climb.
    if (restart > 0) {
      for (let k = 0; k < 4; k++) {
        const id = ids[Math.floor(nextFloat(rng) * ids.length)]!;
        const value = original.get(id)! + Math.round((nextFloat(rng) * 2 - 1) * maxChange);
        if (allowed(id, value)) current.set(id, value);
      }
    }
    let cost = penalty(outcomes, current);
    for (let improved = true; improved; ) {
      improved = false;
      for (const id of ids) {
        for (const step of [-1, 1]) {
          const value = current.get(id)! + step;
          if (!allowed(id, value)) continue;
          const trial = new Map(current).set(id, value);
          const trialCost = penalty(outcomes, trial);
          if (trialCost < cost - 1e-12) {
            current = trial;
            cost = trialCost;
            improved = true;
          }
        }
      }
    }
    if (cost < bestCost) {
      best = current;
      bestCost = cost;
    }
  }
  return best;
}

const outcomes: MatchOutcome[] = load
  ? (JSON.parse(readFileSync(load, "utf8")) as MatchOutcome[])
  : await runInWorkers(matchSeeds(seed, matches).map((s) => ({ seed: s, levels: uniformLevels(level) })), workers);
if (save) writeFileSync(save, JSON.stringify(outcomes));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const war = outcomes.filter((o) => o.reason === "openWar").length / outcomes.length;
console.log(`${outcomes.length} matches, seed "${seed}", bots ${level}: open war ${pct(war)}`);

console.log("\nobjective met rates (when drawn):");
for (const objective of scenario.objectives) {
  let met = 0;
  let drawn = 0;
  for (const o of outcomes) {
    if (o.reason === "openWar") continue;
    const r = o.objectives[objective.power]!.find((x) => x.id === objective.id);
    if (!r) continue;
    drawn++;
    if (r.met) met++;
  }
  console.log(`  ${objective.id.padEnd(26)} ${String(objective.points).padStart(2)} pts  ${drawn ? pct(met / drawn) : "-"} of ${drawn}`);
}

const now = winRates(outcomes, original);
const tuned = search(outcomes);
const then = winRates(outcomes, tuned);
console.log("\nwin rates: scenario points → suggested points");
for (const p of POWERS) console.log(`  ${p.padEnd(8)} ${pct(now[p]!).padStart(6)} → ${pct(then[p]!).padStart(6)}`);
console.log("\nsuggested changes:");
for (const [id, value] of tuned) if (value !== original.get(id)) console.log(`  ${id.padEnd(26)} ${original.get(id)} → ${value}`);
const gapsNow = secretGaps(outcomes, original, now);
const gapsThen = secretGaps(outcomes, tuned, then);
console.log("\nsecret objectives, win rate when drawn less the power's: scenario points → suggested points");
for (const [id, gap] of gapsNow) console.log(`  ${id.padEnd(26)} ${(gap * 100).toFixed(1).padStart(6)} → ${((gapsThen.get(id) ?? 0) * 100).toFixed(1).padStart(6)}`);

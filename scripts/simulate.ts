/**
 * npm run simulate -- --matches N --seed S [--level normal] [--turns T] [--workers W] [--json]
 * Plays N bot-only matches headless (every seat a bot at the given level), split over worker
 * threads (one per core by default), and prints each power's win rate (the highest score wins,
 * ties split, open war has no winner), the average match length, the share of matches ending in
 * open war, and how often each mechanic fired. See docs/balance.md.
 */
import { availableParallelism } from "node:os";
import { POWERS } from "../shared";
import { isBotLevel, matchSeeds, MECHANICS, summarize, uniformLevels } from "./simulate-core";
import type { MatchSpec, SimulationSummary } from "./simulate-core";
import { runInWorkers } from "./simulate-pool";

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run simulate -- --matches N --seed S [--level easy|normal|hard] [--turns T] [--workers W] [--json]`);
  process.exit(2);
}

const matches = Number(option("matches") ?? "100");
const seed = option("seed") ?? "balance";
const level = option("level") ?? "normal";
const turns = option("turns") === undefined ? undefined : Number(option("turns"));
const workers = Math.max(1, Math.min(Number(option("workers") ?? availableParallelism()), matches));
const json = process.argv.includes("--json");
if (!Number.isInteger(matches) || matches < 1) usage("--matches must be a positive whole number");
if (!isBotLevel(level)) usage(`unknown level "${level}"`);
if (turns !== undefined && (!Number.isInteger(turns) || turns < 1 || turns > 30)) usage("--turns must be 1–30");

const specs: MatchSpec[] = matchSeeds(seed, matches).map((s) => ({ seed: s, levels: uniformLevels(level), ...(turns ? { turns } : {}) }));

const started = performance.now();
const outcomes = await runInWorkers(specs, workers, () => {
  if (!json && process.stderr.isTTY) process.stderr.write(".");
});
if (!json && process.stderr.isTTY) process.stderr.write("\n");
const summary: SimulationSummary = summarize(outcomes, seed, level);
const seconds = (performance.now() - started) / 1000;

if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`${summary.matches} matches, seed "${seed}", bots ${level}, ${workers} worker(s), ${seconds.toFixed(1)} s`);
  console.log("win rate (ties split; open war: no winner), average score:");
  for (const p of POWERS) console.log(`  ${p.padEnd(8)} ${pct(summary.winRates[p]).padStart(6)}   ${summary.averageScores[p].toFixed(2)}`);
  console.log(`average turns ${summary.averageTurns}; open war ${pct(summary.openWarShare)}`);
  console.log("per match:", MECHANICS.map((m) => `${m} ${summary.mechanics[m]}`).join(", "));
  const { mean, max, slowShare } = summary.botTurnMs;
  console.log(`bot turn: ${mean} ms mean, ${max} ms max, ${pct(slowShare)} of calls 50 ms or more; refused commands: ${summary.refusedCommands}`);
}

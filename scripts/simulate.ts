/**
 * npm run simulate -- --matches N --seed S [--level normal] [--turns T] [--workers W] [--json]
 * Plays N bot-only matches headless (every seat a bot at the given level), split over worker
 * threads (one per core by default), and prints each power's win rate (the highest score wins,
 * ties split, open war has no winner), the average match length, the share of matches ending in
 * open war, and how often each mechanic fired. See docs/balance.md.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { POWERS } from "../shared";
import { isBotLevel, matchSeeds, MECHANICS, summarize, uniformLevels } from "./simulate-core";
import type { MatchOutcome, MatchSpec, SimulationSummary } from "./simulate-core";

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

/**
 * Worker threads do not inherit tsx's loader on Node 20: each one registers it, then loads the
 * TypeScript worker module.
 */
const WORKER_BOOT = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./simulate-worker.ts", import.meta.url).href)}); });`;

function runWorker(part: MatchSpec[]): Promise<MatchOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes: MatchOutcome[] = [];
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { specs: part } });
    worker.on("message", (o: MatchOutcome) => {
      outcomes.push(o);
      if (!json && process.stderr.isTTY) process.stderr.write(".");
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve(outcomes) : reject(new Error(`worker exited with ${code}`))));
  });
}

const started = performance.now();
const parts = Array.from({ length: workers }, (_, w) => specs.filter((_, i) => i % workers === w));
const outcomes = (await Promise.all(parts.map(runWorker))).flat().sort((a, b) => specs.findIndex((s) => s.seed === a.seed) - specs.findIndex((s) => s.seed === b.seed));
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
  console.log(`bot turn: ${summary.botTurnMs.mean} ms mean, ${summary.botTurnMs.max} ms max; refused commands: ${summary.refusedCommands}`);
}

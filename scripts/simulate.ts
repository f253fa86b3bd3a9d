/**
 * npm run simulate -- --matches N --seed S [--scenario ID] [--level normal] [--seat-levels SPEC]
 *   [--passive rotate|POWER] [--turns T] [--workers W] [--json] [--save summary.json]
 * Plays N bot-only matches headless, split over worker threads (one per core by default), and
 * prints: each power's win rate (highest score wins, ties split, open war has no winner) with its
 * Wilson 95 % interval, per seat level; the open-war rate; passive seats' win rate and mean score
 * against active seats'; each secret objective's win rate against its power's; how often each
 * objective is met; how often each mechanic is used; and the time taken. See docs/balance.md.
 *
 * --scenario: a shipped scenario's id (Caspian Salvo when absent).
 * --seat-levels: "russia=hard,usa=easy" fixes those seats (the rest at --level);
 * "mix:normal,hard" draws each seat's level per match (seeded by the match's seed).
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { PowerId } from "../shared";
import { describePlan, isBotLevel, isSeatLevel, planSpecs, seatsOf, summarize, usageKeys } from "./simulate-core";
import type { Rate, SeatLevel, SeatPlan, SimulationSummary } from "./simulate-core";
import { runInWorkers } from "./simulate-pool";
import { DEFAULT_SCENARIO_ID, getScenario, isShippedScenario, SCENARIOS } from "../shared/scenario";

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run simulate -- --matches N --seed S [--scenario ${Object.keys(SCENARIOS).join("|")}] [--level easy|normal|hard] [--seat-levels russia=hard,usa=easy | mix:normal,hard] [--passive rotate|POWER] [--turns T] [--workers W] [--json] [--save FILE]`,
  );
  process.exit(2);
}

const scenarioId = option("scenario") ?? DEFAULT_SCENARIO_ID;
if (!isShippedScenario(scenarioId)) usage(`unknown scenario "${scenarioId}"`);
const POWERS = seatsOf(scenarioId);
const matches = Number(option("matches") ?? "100");
const seed = option("seed") ?? "balance";
const level = option("level") ?? "normal";
const turns = option("turns") === undefined ? undefined : Number(option("turns"));
const workers = Math.max(1, Math.min(Number(option("workers") ?? availableParallelism()), matches));
const json = process.argv.includes("--json");
if (!Number.isInteger(matches) || matches < 1) usage("--matches must be a positive whole number");
if (!isBotLevel(level)) usage(`unknown level "${level}"`);
if (turns !== undefined && (!Number.isInteger(turns) || turns < 1 || turns > 30)) usage("--turns must be 1–30");

const plan: SeatPlan = { ...(scenarioId === DEFAULT_SCENARIO_ID ? {} : { scenarioId }), level };
const seatSpec = option("seat-levels");
if (seatSpec?.startsWith("mix:")) {
  const mix = seatSpec.slice(4).split(",");
  if (!mix.every(isSeatLevel)) usage(`unknown level in "${seatSpec}"`);
  plan.mix = mix as SeatLevel[];
} else if (seatSpec) {
  plan.seats = {};
  for (const part of seatSpec.split(",")) {
    const [power, l] = part.split("=");
    if (!POWERS.includes(power as PowerId) || !l || !isSeatLevel(l)) usage(`bad seat level "${part}"`);
    plan.seats[power as PowerId] = l as SeatLevel;
  }
}
const passive = option("passive");
if (passive !== undefined) {
  if (passive !== "rotate" && !POWERS.includes(passive as PowerId)) usage(`--passive takes "rotate" or a power, not "${passive}"`);
  plan.passive = passive as PowerId | "rotate";
}

const specs = planSpecs(plan, seed, matches, turns);
const started = performance.now();
const outcomes = await runInWorkers(specs, workers, () => {
  if (!json && process.stderr.isTTY) process.stderr.write(".");
});
if (!json && process.stderr.isTTY) process.stderr.write("\n");
const summary: SimulationSummary = summarize(outcomes, seed, describePlan(plan), usageKeys(getScenario(scenarioId)));
const seconds = (performance.now() - started) / 1000;

const save = option("save");
if (save) writeFileSync(save, JSON.stringify({ ...summary, seconds: Math.round(seconds * 10) / 10 }, null, 2));
if (json) {
  console.log(JSON.stringify({ ...summary, seconds: Math.round(seconds * 10) / 10 }, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rate = (r: Rate) => `${pct(r.rate).padStart(6)} [${pct(r.low)}–${pct(r.high)}]`;
  const flag = (ok: boolean) => (ok ? "  " : " !");
  console.log(`${summary.matches} matches, seed "${seed}", seats: ${summary.level}; ${workers} worker(s), ${seconds.toFixed(1)} s (${((seconds * 1000) / matches).toFixed(0)} s per 1,000 matches)`);
  console.log("\nwin rate [Wilson 95 %] (ties split; open war: no winner), mean score, per seat level (! outside 10–25 %):");
  const levels = [...new Set(POWERS.flatMap((p) => Object.keys(summary.byLevel[p]!)))] as SeatLevel[];
  for (const p of POWERS) {
    const cells = levels.map((l) => {
      const s = summary.byLevel[p]![l];
      return s ? `${l} ${rate(s)}${flag(l === "passive" || (s.rate >= 0.1 && s.rate <= 0.25))} n=${s.n} score ${s.meanScore.toFixed(2)}` : `${l} —`;
    });
    console.log(`  ${p.padEnd(8)} ${cells.join("   ")}`);
  }
  console.log(`\nopen war ${rate(summary.openWar)}${flag(summary.openWar.rate < 0.1)}; average turns ${summary.averageTurns}`);
  if (summary.passive) {
    const ps = summary.passive;
    console.log(
      `passive seats: ${ps.seats}, win rate ${rate(ps.wins)}${flag(ps.wins.rate < 0.02)}; mean score ${ps.meanScore.toFixed(2)} against ${ps.activeMeanScore.toFixed(2)} for the same powers active = ${pct(ps.scoreRatio)}${flag(ps.scoreRatio < 0.4)}`,
    );
  }
  console.log("\nsecret objectives: the power's win rate when it drew it, against its win rate overall (! more than 8 points apart):");
  for (const s of summary.secrets) {
    console.log(`  ${s.id.padEnd(24)} ${rate(s.wins)} n=${String(s.wins.n).padStart(4)}  power ${pct(s.powerRate).padStart(6)}  gap ${(s.gap * 100).toFixed(1).padStart(6)}${flag(Math.abs(s.gap) <= 0.08)}`);
  }
  console.log("\nobjectives met (of the matches each counted in; ! over 90 % or under 5 %):");
  for (const o of summary.objectives) {
    console.log(`  ${o.id.padEnd(24)} ${o.secret ? "secret" : "public"} ${rate(o.met)} n=${o.met.n}${flag(o.met.rate >= 0.05 && o.met.rate <= 0.9)}`);
  }
  console.log("\nmechanics: share of matches in which some bot used it, uses per match (! never used):");
  for (const [k, u] of Object.entries(summary.usage)) console.log(`  ${k.padEnd(28)} ${pct(u.share).padStart(6)}  ${u.perMatch.toFixed(2).padStart(7)}${flag(u.share > 0)}`);
  const { mean, max, slowShare } = summary.botTurnMs;
  console.log(`\nbot turn: ${mean} ms mean, ${max} ms max, ${pct(slowShare)} of calls 50 ms or more; refused commands: ${summary.refusedCommands}`);
}

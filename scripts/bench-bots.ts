/**
 * Times the bots: botCommands for each power on its own view, in every phase it acts in, over the
 * first turns of bot-played matches (what a bot seat costs the server, and a load-test client).
 */
import { apply, createMatch, viewForSeat } from "../shared";
import type { MatchState, MatchView, Phase, PowerId } from "../shared";
import { botCommands } from "../shared/bots";
import { percentiles } from "./bench-rules";
import type { Percentiles } from "./bench-rules";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { factionIds, powerIds } from "../shared/scenario/ids-of";
import { loadScenarios } from "../shared/scenario/load";

// The rules look airspace up in the scenario maps, loaded once here.
await loadScenarios();

/** These runs play "Caspian Salvo" (the default scenario). */
const POWERS = powerIds(caspianSalvo);

export interface BotBench {
  /** Microseconds per botCommands call, per phase it acts in and overall. */
  perPhase: Partial<Record<Phase, Percentiles & { calls: number }>>;
  all: Percentiles & { calls: number; mean: number };
  /** Microseconds of bot thinking for one whole turn of six bot seats (median over turns). */
  turnMedian: number;
  /** Microseconds per viewForSeat call on the same states (a server-side bot pays it too). */
  viewMedian: number;
}

/** Bot matches played through `apply`; every bot call on the way is timed. */
export function benchBots(matches = 6, turns = 4): BotBench {
  const samples = new Map<Phase, number[]>();
  const views: number[] = [];
  const perTurn: number[] = [];
  const time = (state: MatchState, power: PowerId): Record<string, unknown>[] => {
    const t0 = performance.now();
    const view: MatchView = viewForSeat(state, power);
    const t1 = performance.now();
    const commands = botCommands(view, power, "normal");
    const t2 = performance.now();
    views.push((t1 - t0) * 1000);
    const list = samples.get(state.phase) ?? [];
    list.push((t2 - t1) * 1000);
    samples.set(state.phase, list);
    return commands;
  };
  for (let m = 0; m < matches; m++) {
    let state = createMatch({ scenarioId: "caspian-salvo", seed: `bench-bots-${m}`, turns: turns + 1 });
    let turnMicros = 0;
    let turn = state.turn;
    for (let guard = 0; state.status === "running" && state.turn <= turns && guard < 200; guard++) {
      if (state.phase !== "resolution") {
        const rounds = state.phase === "diplomacy" ? 2 : 1;
        for (let round = 0; round < rounds; round++) {
          for (const power of POWERS) {
            const before = performance.now();
            const commands = time(state, power);
            turnMicros += (performance.now() - before) * 1000;
            for (const command of commands) {
              const result = apply(state, power, command);
              if (result.ok) state = result.value.state;
            }
          }
        }
      }
      const advanced = apply(state, "system", { type: "advance", turn: state.turn, phase: state.phase });
      if (!advanced.ok) throw new Error(JSON.stringify(advanced.error));
      state = advanced.value.state;
      if (state.turn !== turn) {
        perTurn.push(turnMicros);
        turnMicros = 0;
        turn = state.turn;
      }
    }
  }
  const perPhase: BotBench["perPhase"] = {};
  const all: number[] = [];
  for (const [phase, list] of samples) {
    perPhase[phase] = { ...percentiles(list), calls: list.length };
    all.push(...list);
  }
  const mean = all.reduce((a, b) => a + b, 0) / Math.max(1, all.length);
  return { perPhase, all: { ...percentiles(all), calls: all.length, mean }, turnMedian: percentiles(perTurn).median, viewMedian: percentiles(views).median };
}

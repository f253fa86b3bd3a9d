/**
 * A whole match played by bots through `apply`, as the server would run it: each phase, every
 * seat's bot acts on its own view, then the clock advances the phase. In diplomacy the bots take
 * a few rounds, so that they answer each other's proposals and counters. Pure: the caller may
 * pass its own `bot` (to time it, say).
 */
import { at } from "../at";
import { apply } from "../apply";
import type { Command } from "../commands";
import type { Actor, PowerId } from "../ids";
import { DEFAULT_SCENARIO_ID } from "../scenario";
import { powersOf } from "../scenario/ids-of";
import type { RuleError } from "../result";
import { createMatch } from "../setup";
import type { MatchState } from "../state";
import type { MatchView } from "../view";
import { viewForSeat } from "../view";
import type { BotLevel } from "./context";
import { botCommands } from "./bot";

export type BotFn = (view: MatchView, power: PowerId, level: BotLevel) => Command[];

export interface SelfPlayOptions {
  seed: string;
  levels: Record<PowerId, BotLevel>;
  scenarioId?: string;
  turns?: number;
  /** Rounds of diplomacy per turn (each bot acts once a round); stops early when all are quiet. */
  diplomacyRounds?: number;
  bot?: BotFn;
}

export interface Refusal {
  power: PowerId;
  command: Command;
  error: RuleError;
}

export interface SelfPlayResult {
  state: MatchState;
  /** Commands the bots sent, and those `apply` refused (there should be none). */
  sent: number;
  refused: Refusal[];
}

export function playBotMatch(options: SelfPlayOptions): SelfPlayResult {
  const bot = options.bot ?? botCommands;
  let state = createMatch({ scenarioId: options.scenarioId ?? DEFAULT_SCENARIO_ID, seed: options.seed, ...(options.turns ? { turns: options.turns } : {}) });
  const refused: Refusal[] = [];
  let sent = 0;

  const act = (power: PowerId): number => {
    const commands = bot(viewForSeat(state, power), power, at(options.levels, power));
    for (const command of commands) {
      sent++;
      const result = apply(state, power, command);
      if (result.ok) state = result.value.state;
      else refused.push({ power, command, error: result.error });
    }
    return commands.length;
  };
  const advance = (actor: Actor) => {
    const result = apply(state, actor, { type: "advance", turn: state.turn, phase: state.phase });
    if (!result.ok) throw new Error(`advance refused: ${JSON.stringify(result.error)}`);
    state = result.value.state;
  };

  // A safety stop far beyond any real match: five phases a turn.
  for (let guard = 0; state.status === "running" && guard < 1000; guard++) {
    if (state.phase === "diplomacy") {
      const rounds = options.diplomacyRounds ?? 3;
      for (let round = 0; round < rounds; round++) {
        let busy = 0;
        for (const power of powersOf(state)) busy += act(power);
        if (busy === 0) break;
      }
    } else if (state.phase !== "resolution") {
      for (const power of powersOf(state)) act(power);
    }
    if (state.status === "running") advance("system");
  }
  return { state, sent, refused };
}

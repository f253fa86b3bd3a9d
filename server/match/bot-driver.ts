/**
 * Runs the bots of a match: each queued seat plays from its own view after the command that
 * woke it has been answered, at most a few times per phase (a bot answering proposals cannot
 * loop forever with another).
 */
import type { MatchView, PowerId, Result } from "../../shared";
import type { BotFn } from "./bots";
import type { BotLevel } from "./types";
import { containedCallback } from "../contain";

export interface BotSeat {
  /** The match is running and this seat is played by a bot now. */
  playable(power: PowerId): boolean;
  level(power: PowerId): BotLevel;
  view(power: PowerId): MatchView;
  submit(power: PowerId, command: Record<string, unknown>): Result<unknown>;
  warn(message: string): void;
  /** The match's powers in seat order: bots play in it. */
  readonly seats: readonly PowerId[];
  /** Names the match in a report of an unexpected fault. */
  readonly where: string;
}

export class BotDriver {
  private readonly queue = new Set<PowerId>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private runs = new Map<PowerId, number>();
  private stopped = false;

  constructor(
    private readonly bots: BotFn,
    private readonly seat: BotSeat,
    private readonly maxRunsPerPhase = 8,
  ) {}

  /** A new phase: every bot may play again. */
  newPhase(): void {
    this.runs = new Map();
  }

  schedule(powers: readonly PowerId[]): void {
    if (this.stopped) return;
    for (const p of powers) this.queue.add(p);
    if (this.queue.size === 0 || this.timer) return;
    this.timer = setTimeout(
      containedCallback(`${this.seat.where}: the bots`, () => {
        this.timer = null;
        const queued = this.seat.seats.filter((p) => this.queue.has(p));
        this.queue.clear();
        for (const power of queued) this.run(power);
      }),
      0,
    );
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.clear();
  }

  private run(power: PowerId): void {
    if (this.stopped || !this.seat.playable(power)) return;
    const runs = this.runs.get(power) ?? 0;
    if (runs >= this.maxRunsPerPhase) return;
    this.runs.set(power, runs + 1);
    let commands: Record<string, unknown>[];
    try {
      commands = this.bots(this.seat.view(power), power, this.seat.level(power));
    } catch (error) {
      this.seat.warn(`the ${power} bot failed: ${String(error)}`);
      return;
    }
    for (const command of commands) {
      if (this.stopped || !this.seat.playable(power)) return;
      const result = this.seat.submit(power, command);
      if (!result.ok) this.seat.warn(`the ${power} bot sent a refused command (${result.error.code} ${JSON.stringify(result.error.params)})`);
    }
  }
}

/**
 * The phase clock, on the server's clock. A phase gets its scenario's seconds; the clock stops
 * while the facilitator pauses it or nobody is connected, and keeps the time left.
 */
import type { Phase } from "../../shared";
import type { ClockRecord, PhaseSeconds } from "./types";

export interface ClockView {
  /** Epoch ms at which the phase ends; null when paused or untimed. */
  deadline: number | null;
  /** Time left, frozen while paused; null when untimed. */
  remainingMs: number | null;
  paused: boolean;
  pauseReason: "facilitator" | "empty" | null;
}

export interface ClockHooks {
  now(): number;
  /** Called when the phase's time is up, with the turn and phase it was set for. */
  expired(turn: number, phase: Phase): void;
  changed(record: ClockRecord): void;
}

export class PhaseClock {
  private turn = 0;
  private phase: Phase = "briefing";
  private deadline: number | null = null;
  private remainingMs: number | null = null;
  private facilitatorPaused = false;
  private empty = true;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly seconds: PhaseSeconds,
    private readonly hooks: ClockHooks,
  ) {}

  get paused(): boolean {
    return this.facilitatorPaused || this.empty;
  }

  view(): ClockView {
    return {
      deadline: this.paused ? null : this.deadline,
      remainingMs: this.paused ? this.remainingMs : this.deadline === null ? null : Math.max(0, this.deadline - this.hooks.now()),
      paused: this.paused && !this.stopped,
      pauseReason: this.stopped ? null : this.facilitatorPaused ? "facilitator" : this.empty ? "empty" : null,
    };
  }

  record(): ClockRecord {
    return { turn: this.turn, phase: this.phase, deadline: this.paused ? null : this.deadline, remainingMs: this.paused ? this.remainingMs : null, facilitatorPaused: this.facilitatorPaused };
  }

  /** A new phase begins: its full time, running unless paused. */
  startPhase(turn: number, phase: Phase): void {
    this.turn = turn;
    this.phase = phase;
    const ms = phase === "resolution" ? null : this.seconds[phase] * 1000;
    this.setRemaining(ms);
  }

  /** Resumes a persisted clock for the phase the match is in; at least `minMs` left. */
  resume(turn: number, phase: Phase, saved: ClockRecord | null, minMs: number): void {
    this.facilitatorPaused = saved?.facilitatorPaused ?? false;
    if (!saved || saved.turn !== turn || saved.phase !== phase) {
      this.startPhase(turn, phase);
      return;
    }
    this.turn = turn;
    this.phase = phase;
    const left = saved.deadline !== null ? saved.deadline - this.hooks.now() : saved.remainingMs;
    this.setRemaining(left === null ? null : Math.max(minMs, left));
  }

  setFacilitatorPaused(paused: boolean): void {
    this.transition(() => (this.facilitatorPaused = paused));
  }

  setEmpty(empty: boolean): void {
    this.transition(() => (this.empty = empty));
  }

  /** Adds time to the current phase (negative shortens it, never below zero). */
  extend(ms: number): void {
    if (this.paused) {
      if (this.remainingMs !== null) this.remainingMs = Math.max(0, this.remainingMs + ms);
    } else if (this.deadline !== null) {
      this.deadline = Math.max(this.hooks.now(), this.deadline + ms);
    }
    this.arm();
    this.hooks.changed(this.record());
  }

  /** The match is over: no more deadlines. */
  stop(): void {
    this.stopped = true;
    this.deadline = null;
    this.remainingMs = null;
    this.disarm();
    this.hooks.changed(this.record());
  }

  dispose(): void {
    this.disarm();
  }

  private setRemaining(ms: number | null): void {
    if (this.stopped) return;
    if (this.paused) {
      this.remainingMs = ms;
      this.deadline = null;
    } else {
      this.deadline = ms === null ? null : this.hooks.now() + ms;
      this.remainingMs = null;
    }
    this.arm();
    this.hooks.changed(this.record());
  }

  private transition(change: () => void): void {
    const wasPaused = this.paused;
    change();
    if (this.stopped || wasPaused === this.paused) {
      if (!this.stopped) this.hooks.changed(this.record());
      return;
    }
    if (this.paused) {
      this.remainingMs = this.deadline === null ? null : Math.max(0, this.deadline - this.hooks.now());
      this.deadline = null;
    } else {
      this.deadline = this.remainingMs === null ? null : this.hooks.now() + this.remainingMs;
      this.remainingMs = null;
    }
    this.arm();
    this.hooks.changed(this.record());
  }

  private arm(): void {
    this.disarm();
    if (this.stopped || this.paused || this.deadline === null) return;
    const turn = this.turn;
    const phase = this.phase;
    // setTimeout holds at most ~24.8 days; re-arm if longer.
    const wait = Math.min(Math.max(0, this.deadline - this.hooks.now()), 2 ** 31 - 1);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.deadline !== null && this.hooks.now() < this.deadline) return this.arm();
      this.hooks.expired(turn, phase);
    }, wait);
    this.timer.unref?.();
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

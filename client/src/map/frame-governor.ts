/**
 * Draws the map at full rate only while something moves (input, route editing, playback) and
 * at a few frames a second otherwise: a still map needs no 60 fps, and software-rendered
 * WebGL (no GPU) would otherwise keep a CPU core busy for nothing.
 */
import type * as Phaser from "phaser";

export class FrameGovernor {
  private lastActive = 0;
  private limited = false;

  constructor(
    private readonly game: Phaser.Game,
    private readonly idleFps = 8,
    private readonly idleAfterMs = 1500,
  ) {}

  /** Something moves or the player acts: full rate now. */
  poke(now = performance.now()): void {
    this.lastActive = now;
    if (this.limited) this.set(false);
  }

  /** Called every frame; `busy` keeps the full rate (an animation is running). */
  update(busy: boolean, now = performance.now()): void {
    if (busy) return this.poke(now);
    if (!this.limited && now - this.lastActive > this.idleAfterMs) this.set(true);
  }

  release(): void {
    if (this.limited) this.set(false);
  }

  private set(limited: boolean): void {
    this.limited = limited;
    const loop = this.game.loop as Phaser.Core.TimeStep & { setFPSLimit?(limit: number): unknown };
    loop.setFPSLimit?.(limited ? this.idleFps : 0);
  }
}

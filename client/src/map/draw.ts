/** Drawing helpers for Graphics: polylines, dashed polylines. */
import type * as Phaser from "phaser";

export function polyline(g: Phaser.GameObjects.Graphics, xy: readonly number[]): void {
  if (xy.length < 4) return;
  g.beginPath();
  g.moveTo(xy[0]!, xy[1]!);
  for (let i = 2; i + 1 < xy.length; i += 2) g.lineTo(xy[i]!, xy[i + 1]!);
  g.strokePath();
}

/** A dashed polyline: dashes of `dash` and gaps of `gap` (world units), continuous across vertices. */
export function dashedPolyline(g: Phaser.GameObjects.Graphics, xy: readonly number[], dash: number, gap = dash): void {
  const period = dash + gap;
  if (!(period > 0) || !(dash > 0)) return polyline(g, xy);
  let along = 0;
  for (let i = 0; i + 3 < xy.length; i += 2) {
    const ax = xy[i]!;
    const ay = xy[i + 1]!;
    const dx = xy[i + 2]! - ax;
    const dy = xy[i + 3]! - ay;
    const len = Math.hypot(dx, dy);
    if (!Number.isFinite(len) || len === 0) continue;
    if (len / period > 4000) {
      g.lineBetween(ax, ay, ax + dx, ay + dy);
    } else {
      // t: start of the current dash, relative to this segment's start.
      for (let t = -(along % period); t < len; t += period) {
        const s0 = Math.max(0, t);
        const s1 = Math.min(len, t + dash);
        if (s1 > s0) g.lineBetween(ax + (dx * s0) / len, ay + (dy * s0) / len, ax + (dx * s1) / len, ay + (dy * s1) / len);
      }
    }
    along += len;
  }
}

/** Closes a ring into a polyline. */
export function closed(ring: readonly number[]): number[] {
  return ring.length >= 2 ? [...ring, ring[0]!, ring[1]!] : [...ring];
}

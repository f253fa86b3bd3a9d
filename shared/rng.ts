/**
 * A small seeded generator (sfc32) whose whole state is four unsigned 32-bit words kept in
 * the match state, so that a match replays identically wherever it runs.
 */

export type RngState = [number, number, number, number];

/** Derives a generator state from any seed string (FNV-1a spread over four words). */
export function seedRng(seed: string): RngState {
  const words: RngState = [0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x85a308d3];
  for (let w = 0; w < 4; w++) {
    let h = (0x811c9dc5 ^ Math.imul(w + 1, 0x01000193)) >>> 0;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    words[w] = (words[w]! ^ h) >>> 0;
  }
  const state = words;
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

/** Advances `state` in place and returns the next unsigned 32-bit value. */
export function nextUint32(state: RngState): number {
  // Indexed reads, not destructuring: this runs for every unit of every strike.
  let a = state[0];
  let b = state[1];
  let c = state[2];
  let d = state[3];
  const t = (((a + b) >>> 0) + d) >>> 0;
  d = (d + 1) >>> 0;
  a = (b ^ (b >>> 9)) >>> 0;
  b = (c + (c << 3)) >>> 0;
  c = ((c << 21) | (c >>> 11)) >>> 0;
  c = (c + t) >>> 0;
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
  return t;
}

/** A float in [0, 1). */
export function nextFloat(state: RngState): number {
  return nextUint32(state) / 4294967296;
}

/** True with probability `p` (clamped to [0, 1]). Always draws, so the sequence does not depend on p. */
export function chance(state: RngState, p: number): boolean {
  return nextFloat(state) < p;
}

/** An integer in [0, n). */
export function nextInt(state: RngState, n: number): number {
  return Math.floor(nextFloat(state) * n);
}

export function pick<T>(state: RngState, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick from an empty list");
  return items[nextInt(state, items.length)]!;
}

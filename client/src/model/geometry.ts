/** Plane geometry on world pixels for map overlays. */

/** Convex hull (monotone chain) of points, counter-clockwise, flat [x0, y0, ...]. */
export function convexHull(points: readonly [number, number][]): number[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts.flat();
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)].flat();
}

/** The area within r of a set of points, as a convex polygon (the hull of circles around each). */
export function paddedHull(points: readonly [number, number][], r: number, steps = 24): number[] {
  const ring: [number, number][] = [];
  for (const [x, y] of points) {
    for (let i = 0; i < steps; i++) {
      const a = (i / steps) * 2 * Math.PI;
      ring.push([x + r * Math.cos(a), y + r * Math.sin(a)]);
    }
  }
  return convexHull(ring);
}

/** Squared distance from p to the segment ab. */
export function distToSegmentSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

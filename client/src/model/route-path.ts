/**
 * A route as a polyline along its great-circle legs, measured in kilometres from the origin:
 * where it is at any distance, in lon/lat or in map pixels. Used to draw routes while planning
 * and to fly them in the turn's playback.
 */
import { distanceKm, greatCirclePoints } from "../../../shared/geo/great-circle";
import type { LonLat } from "../../../shared/geo/great-circle";
import { project } from "../map/projection";

/** Sample spacing along each leg: short enough that straight pixel segments look curved. */
export const SAMPLE_KM = 15;

export class RoutePath {
  /** Sample points (lon/lat) and their distance from the origin. */
  readonly lonLat: LonLat[] = [];
  readonly km: number[] = [];
  /** Samples projected to world pixels, flat [x0, y0, x1, y1, ...]. */
  readonly xy: number[] = [];
  readonly lengthKm: number;
  /** Distance of each given point (origin, waypoints, target) from the origin. */
  readonly pointKm: number[] = [];

  constructor(points: readonly LonLat[], sampleKm = SAMPLE_KM) {
    let total = 0;
    if (points.length > 0) this.push(points[0]!, 0);
    this.pointKm.push(0);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const leg = distanceKm(a, b);
      const n = Math.max(1, Math.ceil(leg / sampleKm));
      const along = greatCirclePoints(a, b, n);
      for (let k = 1; k <= n; k++) this.push([along[2 * k]!, along[2 * k + 1]!], total + (leg * k) / n);
      total += leg;
      this.pointKm.push(total);
    }
    this.lengthKm = total;
  }

  private push(p: LonLat, km: number): void {
    this.lonLat.push(p);
    this.km.push(km);
    const [x, y] = project(p);
    this.xy.push(x, y);
  }

  /** Index i of the sample segment [i, i+1] containing km (clamped). */
  private segmentAt(km: number): number {
    const { km: ks } = this;
    if (ks.length < 2 || km <= 0) return 0;
    if (km >= this.lengthKm) return ks.length - 2;
    let lo = 0;
    let hi = ks.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (ks[mid]! <= km) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** World pixel position at a distance from the origin (linear between samples). */
  xyAt(km: number): [number, number] {
    if (this.km.length === 1) return [this.xy[0]!, this.xy[1]!];
    const i = this.segmentAt(km);
    const k0 = this.km[i]!;
    const k1 = this.km[i + 1]!;
    const t = k1 > k0 ? Math.min(1, Math.max(0, (km - k0) / (k1 - k0))) : 0;
    return [this.xy[2 * i]! + (this.xy[2 * i + 2]! - this.xy[2 * i]!) * t, this.xy[2 * i + 1]! + (this.xy[2 * i + 3]! - this.xy[2 * i + 1]!) * t];
  }

  /** Direction of travel at km, in radians (screen space, y down). */
  headingAt(km: number): number {
    const a = this.xyAt(Math.max(0, km - 5));
    const b = this.xyAt(Math.min(this.lengthKm, km + 5));
    return Math.atan2(b[1] - a[1], b[0] - a[0]);
  }

  /** The polyline from km0 to km1, in world pixels, flat. */
  slice(km0: number, km1: number): number[] {
    const out: number[] = [];
    if (this.km.length === 0 || km1 <= km0) return out;
    out.push(...this.xyAt(km0));
    for (let i = 0; i < this.km.length; i++) {
      const k = this.km[i]!;
      if (k > km0 && k < km1) out.push(this.xy[2 * i]!, this.xy[2 * i + 1]!);
    }
    out.push(...this.xyAt(km1));
    return out;
  }
}

/** Routes kept (a turn's planned and flown routes are a few dozen); the oldest go first past this. */
const MAX_PATHS = 256;
const paths = new Map<string, RoutePath>();

/**
 * The path through these points, made once: the route being planned, the draft strikes drawn on
 * the map and the turn's playback of the same route share one.
 */
export function pathOf(points: readonly LonLat[]): RoutePath {
  const key = points.map((p) => `${p[0]},${p[1]}`).join(";");
  let path = paths.get(key);
  if (!path) {
    path = new RoutePath(points);
    if (paths.size >= MAX_PATHS) paths.delete(paths.keys().next().value!);
    paths.set(key, path);
  }
  return path;
}

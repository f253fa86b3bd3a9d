/** Test helper: how far planRoute's km per country are from the exact ones (exact-crossings.ts). */
import type { LonLat } from "../../shared/geo/great-circle";
import { planRoute } from "../../shared/geo/plan-route";
import { exactKmByCountry } from "./exact-crossings";
import { caspianGrid } from "../support/caspian";

export interface KmError {
  country: string | null;
  planKm: number;
  exactKm: number;
  /** planKm − exactKm: positive where the plan invents km, negative where it misses them. */
  errorKm: number;
}

/** The country (or international airspace) whose km planRoute gets most wrong on this route. */
export function worstKmError(points: readonly LonLat[]): KmError {
  const plan = planRoute({ grid: caspianGrid(), origin: points[0]!, waypoints: points.slice(1, -1), target: points[points.length - 1]!, rangeKm: 1e6, rightsIn: () => "none" });
  const planned = new Map<string | null, number>();
  for (const a of plan.airspaces) planned.set(a.country, (planned.get(a.country) ?? 0) + a.km);
  const exact = exactKmByCountry(points);
  let worst: KmError = { country: null, planKm: 0, exactKm: 0, errorKm: 0 };
  for (const country of new Set([...planned.keys(), ...exact.keys()])) {
    const planKm = planned.get(country) ?? 0;
    const exactKm = exact.get(country) ?? 0;
    if (Math.abs(planKm - exactKm) > Math.abs(worst.errorKm)) worst = { country, planKm, exactKm, errorKm: planKm - exactKm };
  }
  return worst;
}

/** Tripoints where slivers were found (issue 14), and the Armenia–Nakhchivan–Turkey–Iran knot. */
export const TRIPOINTS: readonly { name: string; lonLat: LonLat }[] = [
  { name: "Syria–Iraq–Turkey", lonLat: [42.36, 37.11] },
  { name: "Iran–Iraq–Turkey", lonLat: [44.79, 37.15] },
  { name: "Armenia–Nakhchivan–Turkey", lonLat: [44.78, 39.72] },
  { name: "Iran–Iraq–Kuwait–Saudi Arabia", lonLat: [47.7, 29.6] },
];

/**
 * A route of 40–150 km that passes within 5 km of a tripoint, at a random heading, from a
 * seeded generator: one leg, or two with a bend near the tripoint.
 */
export function grazingRoute(random: () => number, around: LonLat): LonLat[] {
  const kmToDeg = 1 / 111.2;
  const cos = Math.cos((around[1] * Math.PI) / 180);
  const offset = (km: number, heading: number): LonLat => [(km * kmToDeg * Math.sin(heading)) / cos, km * kmToDeg * Math.cos(heading)];
  const [dx, dy] = offset(random() * 5, random() * 2 * Math.PI);
  const near: LonLat = [around[0] + dx, around[1] + dy];
  const heading = random() * 2 * Math.PI;
  const before = offset(20 + random() * 55, heading + Math.PI);
  const after = offset(20 + random() * 55, heading + (random() - 0.5) * 0.6);
  const from: LonLat = [near[0] + before[0], near[1] + before[1]];
  const to: LonLat = [near[0] + after[0], near[1] + after[1]];
  return random() < 0.5 ? [from, to] : [from, near, to];
}

/**
 * planRoute with the trace of each route's points remembered, so that resolution reuses the
 * routes traced when the orders were checked. Still pure: a trace depends on the points alone
 * (rights are applied afresh on each call), so a hit returns exactly what tracing again would.
 */
import type { AirspaceGrid } from "./airspace";
import type { LonLat } from "./great-circle";
import { routeFromTrace, traceRoute } from "./plan-route";
import type { RouteInput, RoutePlan, RouteTrace } from "./plan-route";

/** A busy match has a few hundred distinct routes; the oldest are forgotten past this. */
const MAX_TRACES = 1024;
/** By grid: the same points trace differently on another map. */
const memos = new WeakMap<AirspaceGrid, Map<string, RouteTrace>>();

export function planRouteMemo(input: RouteInput): RoutePlan {
  let traces = memos.get(input.grid);
  if (!traces) memos.set(input.grid, (traces = new Map()));
  const key = keyOf(input.origin, input.waypoints, input.target);
  let trace = traces.get(key);
  if (!trace) {
    trace = traceRoute(input.grid, input.origin, input.waypoints, input.target);
    if (traces.size >= MAX_TRACES) traces.delete(traces.keys().next().value!);
    traces.set(key, trace);
  }
  return routeFromTrace(input, trace);
}

function keyOf(origin: LonLat, waypoints: readonly LonLat[], target: LonLat): string {
  // Number-to-string is exact (shortest round trip), so equal keys mean equal points.
  let key = `${origin[0]},${origin[1]}`;
  for (const w of waypoints) key += `;${w[0]},${w[1]}`;
  return `${key};${target[0]},${target[1]}`;
}

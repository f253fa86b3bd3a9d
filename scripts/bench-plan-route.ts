/** Times planRoute on a typical strike route: 3 great-circle legs, about 1,500 km. */
import { fileURLToPath } from "node:url";
import { planRoute } from "../shared/geo/plan-route";
import type { RightsStatus } from "../shared/geo/plan-route";
import type { LonLat } from "../shared/geo/great-circle";
import { airspaceOf, loadAllMaps } from "../shared/geo/maps";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";

// The rules look airspace up in the scenario maps, loaded once here.
await loadAllMaps();

const CASPIAN_FIRING_POINT: LonLat = [49.9, 41.6];
const RAQQA: LonLat = [39.01, 35.95];
const WAYPOINTS: LonLat[] = [
  [50.9, 39.4],
  [48.0, 35.8],
];
const rightsIn = (country: string): RightsStatus => (country === "364" ? "granted" : "none");

/** Runs planRoute in batches and prints the median microseconds per call; returns it too. */
export function benchPlanRoute(batches = 200, callsPerBatch = 200): number {
  const input = { grid: airspaceOf(caspianSalvo), origin: CASPIAN_FIRING_POINT, waypoints: WAYPOINTS, target: RAQQA, rangeKm: 1500, rightsIn };
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += planRoute(input).airspaces.length;
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < callsPerBatch; i++) sink += planRoute(input).airspaces.length;
    perCall.push(((performance.now() - start) * 1000) / callsPerBatch);
  }
  perCall.sort((x, y) => x - y);
  const median = perCall[Math.floor(perCall.length / 2)] ?? NaN;
  const plan = planRoute(input);
  console.log(
    `planRoute: ${median.toFixed(1)} µs/call (median of ${batches} × ${callsPerBatch}; ` +
      `${plan.legsKm.length} legs, ${plan.lengthKm.toFixed(0)} km, ${plan.airspaces.length} airspaces${sink < 0 ? "" : ""})`,
  );
  return median;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchPlanRoute();

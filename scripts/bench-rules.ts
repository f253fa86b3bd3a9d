/** Times the resolution of a busy turn: six powers, 30 strikes, support and patrols. `npx tsx scripts/bench-rules.ts` runs it alone. */
import { fileURLToPath } from "node:url";
import { apply, createMatch, getScenario, planRoute } from "../shared";
import type { MatchState, PowerId, StrikeOrder } from "../shared";
import { rightsFor } from "../shared/rules/rights";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { factionIds, powerIds } from "../shared/scenario/ids-of";
import { airspaceOf, loadAllMaps } from "../shared/geo/maps";

// The rules look airspace up in the scenario maps, loaded once here.
await loadAllMaps();

/** These runs play "Caspian Salvo" (the default scenario). */
const POWERS = powerIds(caspianSalvo);

export interface Percentiles {
  median: number;
  p99: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p99: at(0.99) };
}

/** A match at the orders phase of turn 1 where every power grants every other overflight, with 30 strikes ordered. */
export function busyOrdersState(seed: string): { state: MatchState; strikes: number } {
  const scenario = getScenario("caspian-salvo");
  let state = createMatch({ scenarioId: scenario.id, seed });
  const step = (actor: Parameters<typeof apply>[1], command: Record<string, unknown>) => {
    const result = apply(state, actor, { ...command, turn: state.turn, phase: state.phase });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    state = result.value.state;
  };
  step("system", { type: "advance" });
  const grantors = POWERS.filter((p) => p !== "usa");
  const terms = grantors.flatMap((grantor) => POWERS.filter((g) => g !== grantor).map((grantee) => ({ kind: "overflight", grantor, grantee, scope: "both", turns: 5 })));
  for (let i = 0; i < terms.length; i += 8) {
    const batch = terms.slice(i, i + 8);
    step("russia", { type: "propose", parties: [...POWERS.filter((p) => p !== "russia")], terms: batch, note: "" });
    const id = state.proposals.at(-1)!.id;
    for (const p of POWERS) if (p !== "russia") step(p, { type: "accept", proposal: id });
  }
  step("system", { type: "advance" });

  let strikes = 0;
  const byPower = new Map<PowerId, StrikeOrder[]>();
  for (let round = 0; strikes < 30 && round < 10; round++) {
    for (const asset of scenario.assets) {
      if (strikes >= 30) break;
      const weapon = scenario.weapons[asset.weapon]!;
      const used = (byPower.get(asset.owner) ?? []).filter((s) => s.asset === asset.id).reduce((n, s) => n + s.units, 0);
      if (used >= Math.min(asset.capacity, state.assets[asset.id]!.stock)) continue;
      const rights = rightsFor(state, asset.owner, weapon.kind, "orders");
      const zones = scenario.zones.filter((z) => planRoute({ grid: airspaceOf(scenario), origin: asset.lonLat, waypoints: [], target: z.lonLat, rangeKm: weapon.rangeKm, rightsIn: rights }).inRange);
      const zone = zones[(round + strikes) % Math.max(1, zones.length)];
      if (!zone) continue;
      const list = byPower.get(asset.owner) ?? [];
      list.push({ id: `s${strikes}`, asset: asset.id, zone: zone.id, faction: "isis", units: 1, waypoints: [], claim: "isis" });
      byPower.set(asset.owner, list);
      strikes++;
    }
  }
  for (const power of POWERS) {
    step(power, { type: "orders", orders: { strikes: byPower.get(power) ?? [], support: [{ faction: "regime", zone: "homs", points: 1, covert: power === "iran" }], posture: "engage", patrols: [], revoke: [] } });
  }
  return { state, strikes };
}

/** Microseconds to resolve the busy turn (the whole `advance` out of orders), over many seeds. */
export function benchResolution(runs = 300): Percentiles & { strikes: number } {
  const samples: number[] = [];
  let strikes = 0;
  for (let i = 0; i < runs + 20; i++) {
    const built = busyOrdersState(`bench-${i}`);
    strikes = built.strikes;
    const start = performance.now();
    const result = apply(built.state, "system", { type: "advance", turn: built.state.turn, phase: built.state.phase });
    const took = (performance.now() - start) * 1000;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    if (i >= 20) samples.push(took);
  }
  return { ...percentiles(samples), strikes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { median, p99, strikes } = benchResolution();
  console.log(`turn resolution (6 powers, ${strikes} strikes): median ${(median / 1000).toFixed(3)} ms, p99 ${(p99 / 1000).toFixed(3)} ms`);
}

/**
 * Open war is a clash between powers: no single power reaches it by its own orders, flying
 * everything it has every turn over neutral countries (Israel shoots) and through the airspace of
 * powers that only watch, over many seeds.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { apply, getScenario } from "../../shared";
import type { MatchState, PowerId, StrikeOrder } from "../../shared";
import { advance, newMatch, stamp } from "../support/play";

const scenario = getScenario("caspian-salvo");

/** Routes that cross others' airspace without rights: over Israel, over Turkey's Hatay, straight. */
const ROUTES: [number, number][][] = [[[35.3, 34.6], [34.8, 32.6]], [[36.3, 36.6]], [[44.5, 36.2]], []];

/** Every platform of `power`, every unit, split into one-unit strikes, each on the first route the rules accept. */
function spoilerOrders(state: MatchState, power: PowerId): StrikeOrder[] {
  const strikes: StrikeOrder[] = [];
  for (const asset of scenario.assets.filter((a) => a.owner === power)) {
    const units = Math.min(asset.capacity, state.assets[asset.id]!.stock);
    for (let u = 0; u < units; u++) {
      for (const [i, waypoints] of ROUTES.entries()) {
        const zone = ["damascus", "aleppo", "mosul", "idlib"][i]!;
        const strike: StrikeOrder = { id: `${asset.id}-${u}`, asset: asset.id, zone, faction: "isis", units: 1, waypoints, claim: "isis" };
        const body = { type: "orders", orders: { strikes: [...strikes, strike], support: [], posture: "engage", patrols: [], revoke: [] }, ...stamp(state) };
        if (apply(state, power, body).ok) {
          strikes.push(strike);
          break;
        }
      }
    }
  }
  return strikes;
}

function playSpoiler(power: PowerId, seed: string): { state: MatchState; most: number; shootDowns: number } {
  let state = newMatch(`spoiler-${power}-${seed}`);
  let most = state.escalation;
  while (state.status === "running") {
    if (state.phase === "orders") {
      const strikes = spoilerOrders(state, power);
      const result = apply(state, power, { type: "orders", orders: { strikes, support: [], posture: "engage", patrols: [], revoke: [] }, ...stamp(state) });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      state = result.value.state;
    }
    state = advance(state);
    most = Math.max(most, state.escalation);
  }
  return { state, most, shootDowns: state.log.filter((e) => e.kind === "shootDown").length };
}

describe("open war", () => {
  it("is out of reach of one power alone, flying everything over neutrals and watched airspace every turn, over many seeds", () => {
    const { start, violationDetected } = scenario.escalation;
    let shootDowns = 0;
    for (const power of CASPIAN_POWERS) {
      for (let seed = 0; seed < 8; seed++) {
        const { state, most, shootDowns: downs } = playSpoiler(power, String(seed));
        shootDowns += downs;
        expect(state.ending?.reason, `${power} seed ${seed}`).toBe("turns");
        // The powers it violates only watch: at most one protest a turn, which a quiet turn takes back.
        expect(most, `${power} seed ${seed}`).toBeLessThanOrEqual(start + violationDetected);
      }
    }
    // Not vacuous: the neutrals (Israel) did shoot the spoilers' aircraft down.
    expect(shootDowns).toBeGreaterThan(0);
  });
});

/**
 * Fog of war: strengths and fighting losses exact only in a power's own country, estimates
 * elsewhere; covert support cannot be worked out from what another power sees (the attack of
 * issue 14: the United States recovering Turkey's covert support from the deltas it sees).
 */
import { CASPIAN_POWERS, CASPIAN_FACTIONS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario, viewForSeat } from "../../shared";
import type { MatchState, MatchView, Viewer } from "../../shared";
import { intelQuality } from "../../shared/rules/strike-impact";
import { advance, advanceTo, must, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");
const { strengthPerSupportPoint, estimateError } = scenario.combat;

function covertTurn(seed: string, points: number): { before: MatchState; after: MatchState } {
  let state = advanceTo(newMatch(seed), "orders");
  const support = points > 0 ? [{ faction: "rebels", zone: "idlib", points, covert: true }] : [];
  state = must(state, "turkey", { type: "orders", orders: { strikes: [], support, posture: "watch", patrols: [], revoke: [] } }).state;
  return { before: state, after: advance(state) };
}

/** The attacker's best guess of the covert points: the change it sees, plus the losses it saw, over strength per point. */
function guess(before: MatchView, after: MatchView): number {
  const seenLoss = after.log.filter((e) => e.kind === "fighting" && e.zone === "idlib" && e.turn === before.turn).reduce((sum, e) => sum + (e.kind === "fighting" ? (e.losses.rebels ?? 0) : 0), 0);
  return Math.round((after.zones.idlib!.strength.rebels! - before.zones.idlib!.strength.rebels! + seenLoss) / strengthPerSupportPoint);
}

describe("fog of war", () => {
  it("shows a power its own country's zones exactly, and estimates elsewhere within its error", () => {
    const state = advance(advanceTo(newMatch("fog-1"), "orders"));
    for (const viewer of [...CASPIAN_POWERS, "spectator"] as Viewer[]) {
      const view = viewForSeat(state, viewer);
      const error = viewer === "spectator" ? estimateError : estimateError * (1 - intelQuality(state, viewer as (typeof CASPIAN_POWERS)[number]));
      for (const zone of scenario.zones) {
        const own = viewer !== "spectator" && zone.country === scenario.powers[viewer as (typeof CASPIAN_POWERS)[number]]!.homeCountry;
        for (const faction of CASPIAN_FACTIONS) {
          const truth = state.zones[zone.id]!.strength[faction];
          const seen = view.zones[zone.id]!.strength[faction];
          if (own || truth === 0) expect(seen, `${viewer} ${zone.id} ${faction}`).toBe(truth);
          else {
            expect(seen).toBeGreaterThan(0);
            expect(Math.abs(seen! - truth!)).toBeLessThanOrEqual(error + 1);
          }
        }
        expect(view.zones[zone.id]!.control).toBe(state.zones[zone.id]!.control);
      }
    }
    expect(viewForSeat(state, "facilitator").zones).toEqual(state.zones);
    expect(viewForSeat(must(state, "facilitator", { type: "end" }).state, "usa").zones).toEqual(state.zones);
  });

  it("shows the losses of fighting only in the viewer's own country", () => {
    const state = advance(advanceTo(newMatch("fog-2"), "orders"));
    const syria = viewForSeat(state, "syria").log.filter((e) => e.kind === "fighting" && e.zone === "idlib");
    const usa = viewForSeat(state, "usa").log.filter((e) => e.kind === "fighting" && e.zone === "idlib");
    expect(syria.some((e) => e.kind === "fighting" && Object.keys(e.losses).length > 0)).toBe(true);
    expect(usa.length).toBe(syria.length);
    expect(usa.every((e) => e.kind === "fighting" && Object.keys(e.losses).length === 0)).toBe(true);
  });

  it("keeps covert support from being recovered from what another power sees", () => {
    let tried = 0;
    let recovered = 0;
    for (let i = 0; i < 40; i++) {
      const seed = `fog-covert-${i}`;
      const points = 1 + (i % 4);
      const { before, after } = covertTurn(seed, points);
      const detected = after.log.some((e) => e.kind === "supportDetected" && e.power === "turkey");
      if (detected) continue;
      tried++;
      // The facilitator, who sees everything, can: so the attack is a real one.
      expect(guess(viewForSeat(before, "facilitator"), viewForSeat(after, "facilitator")), seed).toBe(points);
      if (guess(viewForSeat(before, "usa"), viewForSeat(after, "usa")) === points) recovered++;
      // Nor does Turkey's cost give it away: the US sees the same cost as if Turkey had given nothing.
      const none = covertTurn(seed, 0).after;
      expect(viewForSeat(after, "usa").powers.turkey!.tracks.cost).toBe(viewForSeat(none, "usa").powers.turkey!.tracks.cost);
      expect(viewForSeat(after, "usa").history.at(-1)!.tracks.turkey!.cost).toBe(viewForSeat(none, "usa").history.at(-1)!.tracks.turkey!.cost);
      expect(viewForSeat(after, "turkey").powers.turkey!.tracks.cost).toBeGreaterThan(viewForSeat(none, "turkey").powers.turkey!.tracks.cost);
    }
    expect(tried).toBeGreaterThan(20);
    // A lucky guess now and then, far from always.
    expect(recovered / tried).toBeLessThan(0.5);
  });
});

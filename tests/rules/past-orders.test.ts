/**
 * Each seat's record of its own past orders: after every resolved turn a power's view holds the
 * orders it sent (posture, patrols, revocations, strikes, support), the facilitator's every
 * power's, a spectator's none; another power's past orders never reach a seat, during the match
 * or after it.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { emptyOrders, viewForSeat } from "../../shared";
import type { MatchState, Orders, PowerId } from "../../shared";
import { advance, advanceTo, must, newMatch } from "../support/play";

/** Orders that say which power and turn they are from, in the posture and a covert support order. */
function marked(power: PowerId, turn: number, index: number): Orders {
  const orders = emptyOrders((["open", "watch", "engage"] as const)[(index + turn) % 3]!);
  // Support every power can give in its own country or where the regime stands: a canary of points.
  if (power === "russia") orders.support.push({ faction: "regime", zone: "latakia", points: 1 + turn, covert: true });
  return orders;
}

function playTurn(state: MatchState): MatchState {
  let s = advanceTo(state, "orders");
  CASPIAN_POWERS.forEach((power, i) => (s = must(s, power, { type: "orders", orders: marked(power, s.turn, i) }).state));
  s = advance(s);
  while (s.phase !== "report") s = advance(s);
  return s;
}

describe("past orders in a seat's view", () => {
  it("a seat sees its own orders of every resolved turn, and never another power's", () => {
    let state = newMatch("past-orders", 3);
    for (let turn = 1; turn <= 3; turn++) {
      state = playTurn(state);
      for (const [i, viewer] of CASPIAN_POWERS.entries()) {
        const view = viewForSeat(state, viewer);
        expect(view.pastOrders.every((o) => o.power === viewer)).toBe(true);
        expect(view.pastOrders.map((o) => [o.turn, o.orders])).toEqual(Array.from({ length: turn }, (_, k) => [k + 1, marked(viewer, k + 1, i)]));
      }
      expect(viewForSeat(state, "spectator").pastOrders).toEqual([]);
      expect(viewForSeat(state, "facilitator").pastOrders).toHaveLength(turn * CASPIAN_POWERS.length);
      // Russia's covert support is in no other seat's view of past orders.
      for (const viewer of CASPIAN_POWERS) {
        if (viewer !== "russia") expect(JSON.stringify(viewForSeat(state, viewer).pastOrders)).not.toContain("latakia");
      }
      if (state.status === "running") state = advance(state);
    }
    expect(state.status).toBe("ended");
    for (const viewer of CASPIAN_POWERS) expect(viewForSeat(state, viewer).pastOrders.every((o) => o.power === viewer)).toBe(true);
  });

  it("a match stored before past orders were kept still has a view, with none", () => {
    const state = newMatch("old-store");
    delete state.pastOrders;
    expect(viewForSeat(state, "russia").pastOrders).toEqual([]);
  });
});

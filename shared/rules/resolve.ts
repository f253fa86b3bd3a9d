/**
 * Resolution, in a fixed order (docs/rules.md): agreed treaties start; postures and patrols
 * are set; support lands; strikes fly; revocations; ground fighting; the turn's tracks; open war.
 */
import { clone } from "../clone";
import { powersOf } from "../scenario/ids-of";
import type { MatchState } from "../state";
import { endIfOpenWar } from "./end-match";
import { fightGround } from "./ground";
import { snapshot } from "./snapshot";
import { flyStrikes } from "./strikes";
import { landSupport } from "./support";
import { applyPostures, updateNoFlyZones } from "./air-defence";
import { activateTreaties, applyRevocations } from "./treaty-lifecycle";
import { settleTurnTracks } from "./turn-tracks";

export function resolveTurn(state: MatchState): void {
  keepOrders(state);
  activateTreaties(state);
  applyPostures(state);
  updateNoFlyZones(state);
  landSupport(state);
  flyStrikes(state);
  // After the strikes: a treaty revoked this turn still covers this turn's flights (no bait and switch).
  applyRevocations(state);
  fightGround(state);
  settleTurnTracks(state);
  state.history.push(snapshot(state, state.turn));
  endIfOpenWar(state);
}

/** The turn's orders, kept for the seats' own record of past turns (view.ts shows each power only its own). */
function keepOrders(state: MatchState): void {
  const kept = (state.pastOrders ??= []);
  for (const power of powersOf(state)) {
    const orders = state.orders[power];
    if (orders) kept.push({ turn: state.turn, power, orders: clone(orders) });
  }
}

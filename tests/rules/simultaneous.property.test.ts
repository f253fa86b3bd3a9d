/**
 * Strikes are resolved simultaneously: the order in which the seats are worked out, the order
 * orders were sent in and the order of a power's strikes change nothing, state and hash alike.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, getScenario, hashOf } from "../../shared";
import type { MatchState, PowerId, StrikeOrder } from "../../shared";
import { clone } from "../../shared/clone";
import { flyStrikes } from "../../shared/rules/strikes";
import { advance, newMatch, stamp } from "../support/play";

const scenario = getScenario("caspian-salvo");

/** Strikes each power could order: each platform at a few zones, straight or over a partner. */
const MENU: { power: PowerId; strike: Omit<StrikeOrder, "id" | "units"> }[] = [];
for (const asset of scenario.assets) {
  for (const zone of ["idlib", "aleppo", "raqqa", "hama", "mosul", "palmyra"]) {
    MENU.push({ power: asset.owner, strike: { asset: asset.id, zone, faction: "rebels", waypoints: [], claim: "isis" } });
    MENU.push({ power: asset.owner, strike: { asset: asset.id, zone, faction: "isis", waypoints: [[36.3, 36.6]], claim: "isis" } });
  }
}

const pick = fc.record({
  strikes: fc.uniqueArray(fc.record({ item: fc.nat(MENU.length - 1), units: fc.integer({ min: 1, max: 12 }) }), { minLength: 3, maxLength: 14, selector: (s) => s.item }),
  postures: fc.array(fc.constantFrom("open", "watch", "engage"), { minLength: CASPIAN_POWERS.length, maxLength: CASPIAN_POWERS.length }),
  seed: fc.string({ maxLength: 6 }),
});

/** Each power's orders: the strikes the menu picks that the rules accept, one at a time. */
function ordersFor(state: MatchState, chosen: { item: number; units: number }[], postures: string[]): Map<PowerId, { strikes: StrikeOrder[]; posture: string }> {
  const orders = new Map<PowerId, { strikes: StrikeOrder[]; posture: string }>();
  CASPIAN_POWERS.forEach((p, i) => orders.set(p, { strikes: [], posture: postures[i]! }));
  chosen.forEach(({ item, units }, n) => {
    const { power, strike } = MENU[item]!;
    const mine = orders.get(power)!;
    const candidate = [...mine.strikes, { ...strike, id: `s${n}`, units } as StrikeOrder];
    const body = { type: "orders", orders: { strikes: candidate, support: [], posture: mine.posture, patrols: [], revoke: [] } };
    if (apply(state, power, { ...body, ...stamp(state) }).ok) mine.strikes = candidate;
  });
  return orders;
}

function send(state: MatchState, powers: readonly PowerId[], orders: Map<PowerId, { strikes: StrikeOrder[]; posture: string }>, reverseStrikes: boolean): MatchState {
  for (const power of powers) {
    const { strikes, posture } = orders.get(power)!;
    const list = reverseStrikes ? [...strikes].reverse() : strikes;
    const result = apply(state, power, { type: "orders", orders: { strikes: list, support: [], posture, patrols: [], revoke: [] }, ...stamp(state) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    state = result.value.state;
  }
  return state;
}

const atOrders = (seed: string) => advance(advance(newMatch(`simultaneous-${seed}`)));

/**
 * What resolution made: the state less the orders as sent (this turn's, and the record of them
 * kept for each seat's past turns), and the events from resolution on (the orders phase logs who
 * sent first).
 */
function resolved(state: MatchState): string {
  const { orders: _orders, pastOrders: _pastOrders, log, ...rest } = state;
  return hashOf({ ...rest, log: log.filter((e) => e.phase === "resolution" || e.phase === "report") });
}

describe("strikes of one turn", () => {
  it("resolve the same whatever the order of seats, of orders sent, and of a power's strikes", () => {
    fc.assert(
      fc.property(pick, fc.shuffledSubarray([...CASPIAN_POWERS], { minLength: CASPIAN_POWERS.length }), (p, shuffled) => {
        const start = atOrders(p.seed);
        const orders = ordersFor(start, p.strikes, p.postures);
        fc.pre([...orders.values()].filter((o) => o.strikes.length > 0).length >= 2);
        const inSeatOrder = advance(send(start, CASPIAN_POWERS, orders, false));
        const shuffledOrder = advance(send(start, shuffled, orders, true));
        expect(resolved(shuffledOrder)).toBe(resolved(inSeatOrder));

        // The seats worked out in another order inside the strike step itself.
        const ready = send(start, CASPIAN_POWERS, orders, false);
        const a = clone(ready);
        const b = clone(ready);
        flyStrikes(a);
        flyStrikes(b, shuffled);
        expect(hashOf(b)).toBe(hashOf(a));
      }),
      { numRuns: 40 },
    );
  });

  it("are each worked out against the zones before any of them: a strike's hits do not depend on the others", () => {
    fc.assert(
      fc.property(pick, (p) => {
        const start = atOrders(p.seed);
        const orders = ordersFor(start, p.strikes, p.postures);
        const all = advance(send(start, CASPIAN_POWERS, orders, false));
        for (const power of CASPIAN_POWERS) {
          if (orders.get(power)!.strikes.length === 0) continue;
          const alone = new Map([...orders].map(([q, o]) => [q, q === power ? o : { strikes: [], posture: o.posture }]));
          const solo = advance(send(start, CASPIAN_POWERS, alone, false));
          const impacts = (s: MatchState) => s.log.filter((e) => e.kind === "impact" && e.power === power && e.turn === 1).map((e) => (e.kind === "impact" ? [e.strikeId, e.landed] : null));
          // What landed is the strike's own affair (its dice, its route); the hits may be scaled down where strikes together exceed a faction's strength.
          expect(impacts(all)).toEqual(impacts(solo));
        }
      }),
      { numRuns: 15 },
    );
  });
});

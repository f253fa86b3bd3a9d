/**
 * Random valid strike orders, postures, grants, no-fly zones and revocations, over many seeds:
 * the state keeps every invariant, and the same seed and orders give the same match.
 */
import { CASPIAN_POWERS, CASPIAN_FACTIONS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, createMatch, getScenario, hashOf, POSTURES } from "../../shared";
import type { MatchState, PowerId } from "../../shared";
import { expectInvariants } from "../support/invariants";

const scenario = getScenario("caspian-salvo");
const zoneIds = scenario.zones.map((z) => z.id);
const northZones = scenario.zones.filter((z) => z.north).map((z) => z.id);

const strikeArb = fc.record({
  asset: fc.constantFrom(...scenario.assets.map((a) => a.id)),
  zone: fc.constantFrom(...zoneIds),
  faction: fc.constantFrom(...CASPIAN_FACTIONS),
  claim: fc.constantFrom(...CASPIAN_FACTIONS),
  units: fc.integer({ min: 1, max: 26 }),
  waypoints: fc.array(fc.tuple(fc.double({ min: 33, max: 52, noNaN: true }), fc.double({ min: 29, max: 43, noNaN: true })), { maxLength: 2 }),
});

const turnArb = fc.record({
  strikes: fc.array(strikeArb, { maxLength: 8 }),
  postures: fc.array(fc.constantFrom(...POSTURES), { minLength: CASPIAN_POWERS.length, maxLength: CASPIAN_POWERS.length }),
  patrols: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: CASPIAN_POWERS.length, maxLength: CASPIAN_POWERS.length }),
  revoke: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 2 }),
});

const planArb = fc.record({
  seed: fc.string({ maxLength: 8 }),
  grants: fc.array(fc.record({ grantor: fc.constantFrom<PowerId>("iran", "iraq", "syria", "turkey"), grantee: fc.constantFrom(...CASPIAN_POWERS), scope: fc.constantFrom("missiles", "aircraft", "both") }), { maxLength: 4 }),
  nfz: fc.option(fc.record({ zones: fc.subarray(northZones, { minLength: 1 }), exempt: fc.subarray([...CASPIAN_POWERS]), turkey: fc.integer({ min: 0, max: 3 }), usa: fc.integer({ min: 0, max: 4 }) }), { nil: null }),
  turns: fc.array(turnArb, { minLength: 1, maxLength: 3 }),
});
type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function send(state: MatchState, actor: Parameters<typeof apply>[1], body: Record<string, unknown>): MatchState | null {
  const result = apply(state, actor, { ...body, turn: state.turn, phase: state.phase });
  return result.ok ? result.value.state : null;
}

function advance(state: MatchState): MatchState {
  return send(state, "system", { type: "advance" })!;
}

function ordersFor(plan: Plan["turns"][number], strikes: unknown[], nfz: string | null, index: number) {
  const patrols = nfz && plan.patrols[index]! > 0 ? [{ treaty: nfz, units: plan.patrols[index]! }] : [];
  return { type: "orders", orders: { strikes, support: [], posture: plan.postures[index]!, patrols, revoke: [] as string[] } };
}

/** Plays the plan; strikes the rules would refuse are dropped, so every order sent is valid. */
function play(plan: Plan): { state: MatchState; flown: number } {
  let state = advance(freshMatch(plan.seed));
  for (const g of plan.grants) {
    if (g.grantor === g.grantee) continue;
    const proposed = send(state, g.grantee, { type: "propose", parties: [g.grantor], terms: [{ kind: "overflight", grantor: g.grantor, grantee: g.grantee, scope: g.scope, turns: 3 }], note: "" });
    if (!proposed) continue;
    state = send(proposed, g.grantor, { type: "accept", proposal: proposed.proposals.at(-1)!.id }) ?? proposed;
  }
  let nfz: string | null = null;
  if (plan.nfz && plan.nfz.turkey + plan.nfz.usa > 0) {
    const term = { kind: "nfz", zones: plan.nfz.zones, pledges: { turkey: plan.nfz.turkey, usa: plan.nfz.usa }, exempt: plan.nfz.exempt, turns: 3 };
    const proposed = send(state, "turkey", { type: "propose", parties: ["usa"], terms: [term], note: "" });
    const accepted = proposed && send(proposed, "usa", { type: "accept", proposal: proposed.proposals.at(-1)!.id });
    if (accepted) {
      state = accepted;
      nfz = state.treaties.at(-1)!.id;
    }
  }
  let flown = 0;
  for (const turn of plan.turns) {
    while (state.phase !== "orders" && state.status === "running") state = advance(state);
    if (state.status !== "running") break;
    CASPIAN_POWERS.forEach((power, index) => {
      const owned = turn.strikes.filter((s) => scenario.assets.find((a) => a.id === s.asset)!.owner === power);
      const kept: unknown[] = [];
      owned.forEach((s, i) => {
        const candidate = [...kept, { ...s, id: `s${i}` }];
        if (send(state, power, ordersFor(turn, candidate, null, index))) kept.push(candidate.at(-1));
      });
      const revoke = turn.revoke.map((n) => `t${n}`).filter((id) => state.treaties.some((t) => t.id === id && t.parties.includes(power) && (t.status === "active" || t.status === "agreed")));
      const body = ordersFor(turn, kept, nfz, index);
      body.orders.revoke = revoke.slice(0, 1);
      state = send(state, power, body) ?? send(state, power, ordersFor(turn, kept, null, index)) ?? state;
    });
    state = advance(state);
    flown += state.log.filter((e) => e.turn === state.turn && e.kind === "strikeFlown").length;
    expectInvariants(state);
    if (state.status === "running") state = advance(state);
  }
  return { state, flown };
}

function freshMatch(seed: string): MatchState {
  return createMatch({ scenarioId: "caspian-salvo", seed, turns: 4 });
}

describe("strikes under random valid orders", () => {
  it("keep every invariant: stocks, tracks, strengths, civilians, escalation", () => {
    let total = 0;
    fc.assert(
      fc.property(planArb, (plan) => {
        const { state, flown } = play(plan);
        total += flown;
        expectInvariants(state);
        for (const asset of scenario.assets) expect(state.assets[asset.id]!.stock).toBeLessThanOrEqual(asset.stock);
      }),
      { numRuns: 40 },
    );
    expect(total).toBeGreaterThan(10);
  });

  it("resolve identically for the same seed and orders", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(hashOf(play(plan).state)).toBe(hashOf(play(plan).state));
      }),
      { numRuns: 15 },
    );
  });
});

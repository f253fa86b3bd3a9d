/**
 * Random but plausible matches (proposals of every kind, accepted or not, support orders overt and
 * covert, revocations, injects): every invariant holds, treaties move only along their lifecycle,
 * and no seat's view ever holds what that seat may not know.
 */
import { at } from "../../shared/at";
import { CASPIAN_POWERS, CASPIAN_FACTIONS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, createMatch, getScenario, viewForSeat } from "../../shared";
import type { Actor, MatchState, PowerId, Term, Viewer } from "../../shared";
import { expectInvariants } from "../support/invariants";

const scenario = getScenario("caspian-salvo");
const zoneIds = scenario.zones.map((z) => z.id);
const power = fc.constantFrom(...CASPIAN_POWERS);
const faction = fc.constantFrom(...CASPIAN_FACTIONS);
const zones = fc.uniqueArray(fc.constantFrom(...zoneIds), { minLength: 1, maxLength: 3 });

const termPlan = fc.oneof(
  fc.record({ kind: fc.constant("support" as const), faction, zones, stance: fc.constantFrom("support" as const, "stop" as const), turns: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("overflight" as const), scope: fc.constantFrom("missiles" as const, "aircraft" as const, "both" as const), turns: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("intel" as const), turns: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("basing" as const), turns: fc.integer({ min: 1, max: 4 }) }),
);
type TermPlan = typeof termPlan extends fc.Arbitrary<infer T> ? T : never;

const proposalPlan = fc.record({
  from: power,
  to: power,
  /** Which of the two binds itself (pledger, grantor, host). */
  bindsProposer: fc.boolean(),
  terms: fc.array(termPlan, { minLength: 1, maxLength: 2 }),
  answer: fc.constantFrom("accept", "accept", "reject", "withdraw", "counter", "none"),
});

const ordersPlan = fc.record({
  power,
  support: fc.array(fc.record({ faction, zone: fc.constantFrom(...zoneIds), points: fc.integer({ min: 1, max: 3 }), covert: fc.boolean() }), { maxLength: 3 }),
  revoke: fc.array(fc.nat(20), { maxLength: 1 }),
});

const turnPlan = fc.record({
  proposals: fc.array(proposalPlan, { maxLength: 3 }),
  orders: fc.array(ordersPlan, { maxLength: 6 }),
  inject: fc.option(fc.record({ to: fc.option(power, { nil: null }), delta: fc.integer({ min: -2, max: 2 }) }), { nil: null }),
  endEarly: fc.boolean(),
});

function makeTerm(plan: TermPlan, a: PowerId, b: PowerId): Term {
  switch (plan.kind) {
    case "support":
      return { kind: "support", pledger: a, faction: plan.faction, zones: plan.zones, stance: plan.stance, turns: plan.turns };
    case "overflight":
      return { kind: "overflight", grantor: a, grantee: b, scope: plan.scope, turns: plan.turns };
    case "intel":
      return { kind: "intel", members: [a, b], turns: plan.turns };
    case "basing":
      return { kind: "basing", host: a, guest: b, turns: plan.turns };
  }
}

/** Sends a command; a refusal must be a clean error that changes nothing. */
function send(state: MatchState, actor: Actor, command: Record<string, unknown>): MatchState {
  const result = apply(state, actor, { ...command, turn: state.turn, phase: state.phase });
  if (result.ok) return result.value.state;
  expect(result.error.code).toMatch(/^[a-z]+\/[a-z_]+$/);
  return state;
}

/** Plays whole turns from the plans; calls `check` after every phase. */
function play(seed: string, plans: readonly (typeof turnPlan extends fc.Arbitrary<infer T> ? T : never)[], check: (state: MatchState) => void): MatchState {
  let state = createMatch({ scenarioId: "caspian-salvo", seed, turns: Math.max(1, plans.length) });
  const advance = () => {
    state = send(state, "system", { type: "advance" });
    check(state);
  };
  for (const [index, plan] of plans.entries()) {
    if (state.status === "ended") break;
    if (plan.inject) state = send(state, "facilitator", { type: "inject", card: { headline: `note-${index}`, text: `inject-canary-${index}`, effects: [{ kind: "escalation", delta: plan.inject.delta }] }, to: plan.inject.to });
    advance(); // diplomacy
    for (const [n, p] of plan.proposals.entries()) {
      const [a, b] = p.bindsProposer ? [p.from, p.to] : [p.to, p.from];
      const note = `proposal-canary-${index}-${n}`;
      const before = state.proposals.length;
      state = send(state, p.from, { type: "propose", parties: [p.to], terms: p.terms.map((t) => makeTerm(t, a, b)), note });
      const made = state.proposals[before];
      if (!made) continue;
      if (p.answer === "accept") state = send(state, p.to, { type: "accept", proposal: made.id });
      if (p.answer === "reject") state = send(state, p.to, { type: "reject", proposal: made.id });
      if (p.answer === "withdraw") state = send(state, p.from, { type: "withdraw", proposal: made.id });
      if (p.answer === "counter") state = send(state, p.to, { type: "counter", proposal: made.id, parties: [p.from], terms: p.terms.map((t) => makeTerm(t, a, b)), note: `${note}-counter` });
    }
    check(state);
    advance(); // orders
    for (const o of plan.orders) {
      const budget = at(scenario.powers, o.power).supportPoints;
      let left = budget;
      const support = o.support.filter((s) => (left -= s.points) >= 0);
      const mine = state.treaties.filter((t) => t.parties.includes(o.power) && (t.status === "active" || t.status === "agreed"));
      const revoke = o.revoke.map((i) => mine[i % Math.max(1, mine.length)]?.id).filter((id): id is string => id !== undefined);
      state = send(state, o.power, { type: "orders", orders: { strikes: [], support, posture: "watch", patrols: [], revoke: [...new Set(revoke)] } });
    }
    check(state);
    if (plan.endEarly && index === plans.length - 1) {
      state = send(state, "facilitator", { type: "end" });
      check(state);
      break;
    }
    advance(); // resolution and report
    advance(); // next turn, or the end
  }
  return state;
}

function checkTreaties(state: MatchState): void {
  for (const t of state.treaties) {
    const ended = t.status === "expired" || t.status === "revoked" || t.status === "broken";
    expect(t.endedTurn === null, `${t.id} ${t.status}`).toBe(!ended);
    if (!ended) expect(t.endedBy).toBeNull();
    expect(t.untilTurn).toBeGreaterThanOrEqual(t.agreedTurn);
    expect(t.untilTurn).toBeLessThanOrEqual(state.turns);
    if (t.status === "expired") expect(t.endedTurn).toBe(t.untilTurn + 1);
    if (t.status === "revoked") expect(t.parties).toContain(t.endedBy);
    if (t.status === "broken") {
      expect(t.term.kind).toBe("support");
      if (t.term.kind === "support") expect(t.endedBy).toBe(t.term.pledger);
      expect(state.log.filter((e) => e.kind === "pledgeBroken" && e.treatyId === t.id)).toHaveLength(1);
    }
    if (t.status === "agreed") {
      expect(t.agreedTurn).toBe(state.turn);
      if (state.status === "running") expect(["diplomacy", "orders"]).toContain(state.phase);
    }
    if (t.status === "active" && state.status === "running") expect(t.untilTurn).toBeGreaterThanOrEqual(state.turn);
  }
}

/** What `viewer` may not know, looked for in its view. */
function checkView(state: MatchState, viewer: Viewer): void {
  const view = viewForSeat(state, viewer);
  const text = JSON.stringify(view);
  const isPower = viewer !== "facilitator" && viewer !== "spectator";
  const ended = state.status === "ended";
  for (const p of CASPIAN_POWERS) {
    const mayKnow = viewer === "facilitator" || viewer === p || ended;
    if (!mayKnow) {
      expect(at(view.powers, p).secretObjective, `${viewer} sees ${p}'s secret`).toBeNull();
      expect(text.includes(`"${at(state.powers, p).secretObjective}"`), `${viewer} sees ${p}'s secret`).toBe(false);
    }
    if (viewer !== p && viewer !== "facilitator") expect(view.orders[p], `${viewer} sees ${p}'s orders`).toBeUndefined();
  }
  for (const proposal of state.proposals) {
    const party = viewer === "facilitator" || (isPower && proposal.parties.includes(viewer));
    expect(text.includes(`"${proposal.note}"`), `${viewer} and ${proposal.id}`).toBe(party);
  }
  for (const e of view.log) {
    if (viewer === "facilitator") continue;
    if (e.kind === "supportLanded" && e.covert) expect(e.power, `${viewer} sees covert support`).toBe(viewer);
    if (e.kind === "track" && e.cause.code === "support/covert") expect(e.power).toBe(viewer);
    if (e.kind === "proposal") expect(e.parties).toContain(viewer);
    if (e.kind === "treaty" && e.status === "agreed") expect(e.parties).toContain(viewer);
    if (e.kind === "card" && e.to !== null) expect(e.to).toBe(viewer);
  }
  for (const t of view.treaties) if (t.status === "agreed" && viewer !== "facilitator") expect(t.parties).toContain(viewer);
}

const plans = fc.array(turnPlan, { minLength: 1, maxLength: 4 });

describe("plausible matches", () => {
  it("keep every invariant and move treaties only along their lifecycle", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), plans, (seed, turns) => {
        const state = play(seed, turns, (s) => {
          expectInvariants(s);
          checkTreaties(s);
        });
        expect(state.status === "ended" || state.turn <= state.turns).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("reach every part of the lifecycle (a check on the generator)", () => {
    const seen = new Set<string>();
    for (const [i, turns] of fc.sample(plans, { numRuns: 40, seed: 2015 }).entries()) {
      const state = play(`lifecycle-${i}`, turns, () => {});
      for (const t of state.treaties) seen.add(`${t.term.kind}:${t.status}`);
      for (const e of state.log) if (e.kind === "supportDetected" || e.kind === "pledgeBroken" || e.kind === "supportLanded") seen.add(e.kind);
    }
    for (const reached of ["support:broken", "support:active", "overflight:revoked", "intel:active", "basing:active", "supportDetected", "pledgeBroken", "supportLanded"]) {
      expect(seen.has(reached), reached).toBe(true);
    }
  });

  it("never show a seat what it may not know", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), plans, (seed, turns) => {
        play(seed, turns, (s) => {
          for (const viewer of [...CASPIAN_POWERS, "spectator", "facilitator"] as const) checkView(s, viewer);
        });
      }),
      { numRuns: 25 },
    );
  });

  it("make covert support public only through a detection, and overt support always", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), plans, (seed, turns) => {
        const state = play(seed, turns, () => {});
        for (const e of state.log) {
          if (e.kind === "supportLanded") expect(e.visibleTo).toEqual(e.covert ? [e.power] : "all");
          if (e.kind === "supportDetected") {
            expect(e.visibleTo).toBe("all");
            expect(e.by).not.toBe(e.power);
            const landed = state.log.find((l) => l.kind === "supportLanded" && l.covert && l.turn === e.landedTurn && e.landedTurn <= e.turn && l.power === e.power && l.zone === e.zone && l.faction === e.faction);
            expect(landed).toBeDefined();
          }
          if (e.kind === "pledgeBroken") expect(e.visibleTo).toBe("all");
        }
      }),
      { numRuns: 25 },
    );
  });
});

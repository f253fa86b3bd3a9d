/**
 * What the client says a seat's orders will cost equals what the rules charge when they resolve
 * the same orders. The client's words come from shared/rules/orders-preview.ts, which foresees
 * the charges from the seat's view with the functions resolution charges with; here the preview
 * (and the client's commitments, warnings and costs built on it) is compared with the log of the
 * resolved turn: strikes launched or not and their cost, support overt and covert and its cost,
 * support and patrol pledges kept, broken or at risk, revocations early or in a treaty's last
 * turn, each violation's legitimacy and escalation, over many seeds and random orders.
 */
import { at } from "../../shared/at";
import { CASPIAN_FACTIONS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, getScenario, POSTURES, viewForSeat } from "../../shared";
import type { Cause, GameEvent, MatchState, Orders, PowerId, Term } from "../../shared";
import { escalationAllowed } from "../../shared/rules/charges";
import { usedThisTurn } from "../../shared/rules/escalation";
import { previewOrders } from "../../shared/rules/orders-preview";
import type { OrdersPreview } from "../../shared/rules/orders-preview";
import { commitmentsOf, costLines, costTotal, ordersWarnings, previewOf } from "../../client/src/model/commitments";
import { OrdersDraft } from "../../client/src/model/orders-draft";
import { countryName } from "../../client/src/model/route-planner";
import { advance, advanceTo, must, newMatch, stamp } from "../support/play";
import { ROUTE_WAYPOINTS } from "./fixtures";

const scenario = getScenario("caspian-salvo");
const t = scenario.tracks;
const ME: PowerId = "russia";

/** Turn 1's orders phase with a treaty of these terms agreed between Russia and its partners. */
function agreed(terms: Term[], seed = "commitments", parties: PowerId[] = ["iran"]): { state: MatchState; treatyIds: string[] } | null {
  let s = advanceTo(newMatch(seed), "diplomacy");
  const proposed = apply(s, ME, { ...stamp(s), type: "propose", parties, terms, note: "" });
  if (!proposed.ok) return null;
  s = proposed.value.state;
  const proposal = s.proposals[s.proposals.length - 1]!;
  for (const p of parties) s = must(s, p, { type: "accept", proposal: proposal.id }).state;
  const treatyIds = s.treaties.filter((x) => x.proposalId === proposal.id).map((x) => x.id);
  return { state: advanceTo(s, "orders"), treatyIds };
}

function draftFor(state: MatchState): OrdersDraft {
  return OrdersDraft.fromView(scenario, viewForSeat(state, ME), ME);
}

/** Resolves the turn with these as Russia's orders (the others send none); the turn's log. */
function resolve(state: MatchState, orders: Orders): { log: GameEvent[]; state: MatchState } {
  let s = must(state, ME, { type: "orders", orders }).state;
  s = advance(s);
  while (s.phase !== "report") s = advance(s);
  return { log: s.log.filter((e) => e.turn === state.turn), state: s };
}

type TrackEvent = Extract<GameEvent, { kind: "track" }>;
const myTrack = (log: readonly GameEvent[], track: string, because: (c: Cause) => boolean) =>
  log.filter((e): e is TrackEvent => e.kind === "track" && e.power === ME && e.track === track && because(e.cause));
const sum = (events: readonly TrackEvent[]) => events.reduce((n, e) => n + e.delta, 0);

/** Every charge the preview foresaw is the charge resolution made, and nothing it did not foresee was charged. */
function expectCharged(preview: OrdersPreview, before: MatchState, log: readonly GameEvent[], fullLog: readonly GameEvent[]): void {
  // Launches: launched or aborted as foreseen, the cost as charged.
  for (const l of preview.launches) {
    const flown = log.find((e) => e.kind === "strikeFlown" && e.power === ME && e.strikeId === l.strikeId);
    const aborted = log.find((e) => e.kind === "strikeAborted" && e.power === ME && e.strikeId === l.strikeId);
    if (l.aborted) expect(aborted && aborted.kind === "strikeAborted" ? aborted.reason : null).toBe(l.aborted);
    else expect(flown && flown.kind === "strikeFlown" ? flown.units : null).toBe(l.units);
  }
  expect(sum(myTrack(log, "cost", (c) => c.code === "strike/launched"))).toBeCloseTo(preview.launches.reduce((n, l) => n + l.cost, 0), 6);
  // Support: overt and covert, as charged.
  for (const covert of [false, true]) {
    const charged = sum(myTrack(log, "cost", (c) => c.code === (covert ? "support/covert" : "support/overt")));
    expect(charged).toBeCloseTo(preview.support.find((s) => s.covert === covert)?.cost ?? 0, 6);
  }
  // Pledges: kept ones never break, broken ones always do, at-risk ones only when covert support is detected.
  const brokenIds = new Set(log.filter((e) => e.kind === "pledgeBroken" && e.power === ME).map((e) => (e as { treatyId: string }).treatyId));
  for (const p of preview.pledges) {
    const broke = brokenIds.has(p.treatyId);
    if (p.outcome === "kept") expect(broke).toBe(false);
    if (p.outcome === "broken") expect(broke).toBe(true);
    if (p.outcome === "atRisk" && broke) expect(log.some((e) => e.kind === "supportDetected" && e.power === ME)).toBe(true);
    const cost = myTrack(log, "credibility", (c) => c.treaty === p.treatyId && c.code !== "treaty/revoked_early");
    expect(sum(cost)).toBe(broke && p.credibility > 0 ? -p.credibility : 0);
  }
  for (const id of brokenIds) expect(preview.pledges.some((p) => p.treatyId === id && p.outcome !== "kept")).toBe(true);
  // Revocations: early ones cost credibility, unless the treaty's own broken pledge ended it first.
  for (const r of preview.revocations) {
    const charged = sum(myTrack(log, "credibility", (c) => c.code === "treaty/revoked_early" && c.treaty === r.treatyId));
    const applies = r.applies === "yes" || (r.applies === "ifPledgeHolds" && !brokenIds.has(r.treatyId));
    expect(charged).toBe(applies && r.credibility > 0 ? -r.credibility : 0);
  }
  expect(myTrack(log, "credibility", (c) => c.code === "treaty/revoked_early").length).toBe(preview.revocations.filter((r) => r.credibility > 0 && (r.applies === "yes" || (r.applies === "ifPledgeHolds" && !brokenIds.has(r.treatyId)))).length);
  // Violations: each one flown was foreseen, in route order; detected, it costs the foreseen legitimacy and escalation (under the turn's caps).
  const offset = fullLog.length - log.length;
  for (const l of preview.launches) {
    const foreseen = preview.violations.filter((v) => v.strikeId === l.strikeId);
    const flown = log.filter((e): e is Extract<GameEvent, { kind: "violation" }> => e.kind === "violation" && e.power === ME && e.strikeId === l.strikeId);
    expect(flown.map((v) => v.country)).toEqual(foreseen.slice(0, flown.length).map((v) => v.country));
    if (!l.aborted && foreseen.length > 0) expect(flown.length).toBeGreaterThan(0);
    for (const v of flown) {
      const f = foreseen.find((x) => x.country === v.country)!;
      expect(v.engaged).toBe(v.detected && f.ifDetected.engaged);
      const i = log.indexOf(v);
      const next = log.slice(i + 1).findIndex((e) => e.kind === "violation" || e.kind === "strikeFlown" || e.kind === "claim");
      const after = next < 0 ? log.slice(i + 1) : log.slice(i + 1, i + 1 + next);
      const legitimacy = sum(after.filter((e): e is TrackEvent => e.kind === "track" && e.power === ME && e.cause.code === "airspace/violated" && e.cause.country === v.country));
      expect(legitimacy).toBe(v.detected && f.ifDetected.legitimacy > 0 ? -f.ifDetected.legitimacy : 0);
      const escalation = after.filter((e) => e.kind === "escalation" && e.by === ME && (e.cause.code === "airspace/violated" || e.cause.code === "airspace/violated_engaged") && e.cause.country === v.country).reduce((n, e) => n + (e as { delta: number }).delta, 0);
      const used = f.owner ? usedThisTurn({ log: fullLog.slice(0, offset + i + 1) as GameEvent[], turn: before.turn }, ME, f.owner, f.ifDetected.incident) : 0;
      const expected = v.detected ? escalationAllowed(scenario.id, ME, f.owner, f.ifDetected.escalation, f.ifDetected.incident, used) : 0;
      expect(escalation).toBeCloseTo(expected, 6);
    }
  }
}

/** The client's commitments, warnings and costs say what the preview says. */
function expectClientAgrees(state: MatchState, draft: OrdersDraft, preview: OrdersPreview): void {
  const view = viewForSeat(state, ME);
  expect(previewOf(view, ME, draft)).toEqual(preview);
  const commitments = commitmentsOf(scenario, view, ME, draft);
  for (const p of preview.pledges) {
    const c = commitments.find((x) => x.treatyId === p.treatyId)!;
    expect(c.state).toBe(p.outcome === "broken" ? "unkept" : p.outcome);
    if (p.outcome !== "kept") expect(c.cost).toContain(`credibility −${p.credibility}`);
  }
  const warnings = ordersWarnings(scenario, view, ME, draft);
  expect(warnings.filter((w) => w.kind === "pledge").length).toBe(preview.pledges.filter((p) => p.outcome !== "kept").length);
  expect(warnings.filter((w) => w.kind === "violation").length).toBe(new Set(preview.violations.map((v) => v.strikeId)).size);
  expect(warnings.filter((w) => w.kind === "revocation").length).toBe(preview.revocations.filter((r) => r.credibility > 0 && r.applies !== "no").length);
  for (const v of preview.violations) expect(warnings.find((w) => w.kind === "violation" && w.text.includes(`Strike ${v.strikeId} `))!.text).toContain(`${countryName(scenario, v.country)}: legitimacy −${v.ifDetected.legitimacy}`);
  for (const r of preview.revocations) expect(costLines(scenario, view, ME, draft).some((l) => l.what === `Revoke treaty ${r.treatyId}` && (r.applies === "no" || l.cost.includes(r.credibility > 0 ? `credibility −${r.credibility}` : "no cost")))).toBe(true);
}

describe("commitments and warnings agree with resolution", () => {
  it("a support pledge to support: unkept without support (the rules break it), kept with it", () => {
    const { state, treatyIds } = agreed([{ kind: "support", pledger: ME, faction: "regime", zones: ["hama"], stance: "support", turns: 3 }])!;
    const id = treatyIds[0]!;
    const view = viewForSeat(state, ME);
    const idle = draftFor(state);
    const c = commitmentsOf(scenario, view, ME, idle).find((x) => x.treatyId === id)!;
    expect(c.state).toBe("unkept");
    expect(c.cost).toContain(`credibility −${t.credibilityLostOnBrokenPledge}`);
    expect(ordersWarnings(scenario, view, ME, idle).map((w) => w.kind)).toContain("pledge");
    const r = resolve(state, idle.toOrders());
    expect(r.log.some((e) => e.kind === "pledgeBroken" && e.treatyId === id)).toBe(true);
    expect(sum(myTrack(r.log, "credibility", (c) => c.treaty === id))).toBe(-t.credibilityLostOnBrokenPledge);

    const giving = draftFor(state);
    giving.setSupport(null, { faction: "regime", zone: "hama", points: 1, covert: false });
    expect(commitmentsOf(scenario, view, ME, giving).find((x) => x.treatyId === id)!.state).toBe("kept");
    expect(ordersWarnings(scenario, view, ME, giving)).toEqual([]);
    expect(resolve(state, giving.toOrders()).log.some((e) => e.kind === "pledgeBroken")).toBe(false);
  });

  it("a pledge to stop supporting: overt support breaks it, covert puts it at risk", () => {
    const { state, treatyIds } = agreed([{ kind: "support", pledger: ME, faction: "rebels", zones: ["idlib"], stance: "stop", turns: 3 }], "stop-pledge")!;
    const id = treatyIds[0]!;
    const view = viewForSeat(state, ME);
    const overt = draftFor(state);
    overt.setSupport(null, { faction: "rebels", zone: "idlib", points: 1, covert: false });
    expect(commitmentsOf(scenario, view, ME, overt).find((x) => x.treatyId === id)!.state).toBe("unkept");
    expect(resolve(state, overt.toOrders()).log.some((e) => e.kind === "pledgeBroken" && e.treatyId === id)).toBe(true);
    const covert = draftFor(state);
    covert.setSupport(null, { faction: "rebels", zone: "idlib", points: 1, covert: true });
    expect(commitmentsOf(scenario, view, ME, covert).find((x) => x.treatyId === id)!.state).toBe("atRisk");
    const r = resolve(state, covert.toOrders());
    const detected = r.log.some((e) => e.kind === "supportDetected" && e.power === ME);
    expect(r.log.some((e) => e.kind === "pledgeBroken" && e.treatyId === id)).toBe(detected);
  });

  it("revoking costs credibility only before the treaty's last turn; revoking a support pledge it breaks costs the broken pledge only", () => {
    const early = agreed([{ kind: "basing", host: "iran", guest: ME, turns: 3 }], "revoke-early")!;
    const draft = draftFor(early.state);
    draft.toggleRevoke(early.treatyIds[0]!, true);
    const view = viewForSeat(early.state, ME);
    expect(costLines(scenario, view, ME, draft).at(-1)!.cost).toBe(`credibility −${t.credibilityLostOnRevocation} (before its last turn)`);
    expect(ordersWarnings(scenario, view, ME, draft).map((w) => w.kind)).toEqual(["revocation"]);
    expect(sum(myTrack(resolve(early.state, draft.toOrders()).log, "credibility", () => true))).toBe(-t.credibilityLostOnRevocation);

    const last = agreed([{ kind: "basing", host: "iran", guest: ME, turns: 1 }], "revoke-last")!;
    const lastDraft = draftFor(last.state);
    lastDraft.toggleRevoke(last.treatyIds[0]!, true);
    const lastView = viewForSeat(last.state, ME);
    expect(costLines(scenario, lastView, ME, lastDraft).at(-1)!.cost).toBe("no cost (its last turn)");
    expect(ordersWarnings(scenario, lastView, ME, lastDraft)).toEqual([]);
    expect(sum(myTrack(resolve(last.state, lastDraft.toOrders()).log, "credibility", () => true))).toBe(0);

    const pledge = agreed([{ kind: "support", pledger: ME, faction: "regime", zones: ["hama"], stance: "support", turns: 3 }], "revoke-pledge")!;
    const revoking = draftFor(pledge.state);
    revoking.toggleRevoke(pledge.treatyIds[0]!, true);
    const preview = previewOf(viewForSeat(pledge.state, ME), ME, revoking);
    expect(preview.revocations[0]!.applies).toBe("no");
    expect(sum(myTrack(resolve(pledge.state, revoking.toOrders()).log, "credibility", () => true))).toBe(-t.credibilityLostOnBrokenPledge);
  });

  it("a patrol pledge short of its units costs credibility and the treaty stands", () => {
    const nfz = agreed([{ kind: "nfz", zones: ["idlib"], pledges: { russia: 2 }, exempt: [], turns: 3 }], "patrol-pledge")!;
    const id = nfz.treatyIds[0]!;
    const short = draftFor(nfz.state);
    short.setPatrol(id, 1);
    const view = viewForSeat(nfz.state, ME);
    const c = commitmentsOf(scenario, view, ME, short).find((x) => x.treatyId === id)!;
    expect(c.state).toBe("unkept");
    expect(c.cost).toBe(`credibility −${t.credibilityLostOnBrokenPledge}`);
    const r = resolve(nfz.state, short.toOrders());
    expect(sum(myTrack(r.log, "credibility", (c) => c.treaty === id))).toBe(-t.credibilityLostOnBrokenPledge);
    expect(r.state.treaties.find((x) => x.id === id)!.status).toBe("active");
    const full = draftFor(nfz.state);
    full.setPatrol(id, 2);
    expect(commitmentsOf(scenario, view, ME, full).find((x) => x.treatyId === id)!.state).toBe("kept");
    expect(resolve(nfz.state, full.toOrders()).log.some((e) => e.kind === "pledgeBroken")).toBe(false);
  });

  it("a flight without rights is warned of with each airspace's charge; launch costs are as charged", () => {
    const state = advanceTo(newMatch("violation"), "orders");
    const draft = draftFor(state);
    draft.addStrike({ asset: "caspian-flotilla", zone: "raqqa", faction: "isis", units: 26, waypoints: ROUTE_WAYPOINTS, claim: "isis" });
    const view = viewForSeat(state, ME);
    const warning = ordersWarnings(scenario, view, ME, draft).find((w) => w.kind === "violation")!;
    expect(warning.text).toMatch(/Iran|Iraq/);
    expect(warning.text).toContain(`legitimacy −${t.legitimacyLostPerDetectedViolation}`);
    const preview = previewOf(view, ME, draft);
    const r = resolve(state, draft.toOrders());
    expect(r.log.filter((e) => e.kind === "violation" && e.power === ME && e.detected).length).toBeGreaterThan(0);
    expectCharged(preview, state, r.log, r.state.log);
    expect(costTotal(preview)).toBeCloseTo(26 * t.costPerUnitLaunched, 6);
  });
});

// ---- Property: random treaties and orders, many seeds. ----

const zoneIds = scenario.zones.map((z) => z.id);
const syrian = scenario.zones.filter((z) => z.country === "760").map((z) => z.id);
const turns = fc.integer({ min: 1, max: 3 });
/** Factions and zones where they stand at the start: support can reach them. */
const start = newMatch("present");
const present = zoneIds.flatMap((zone) => CASPIAN_FACTIONS.filter((f) => (at(start.zones, zone).strength[f] ?? 0) > 0).map((f) => [f, zone] as const));
const termArb: fc.Arbitrary<Term> = fc.oneof(
  fc.record({ kind: fc.constant("support" as const), pledger: fc.constant(ME), faction: fc.constantFrom(...CASPIAN_FACTIONS), zones: fc.uniqueArray(fc.constantFrom(...zoneIds), { minLength: 1, maxLength: 2 }), stance: fc.constantFrom("support" as const, "stop" as const), turns }),
  fc.record({ present: fc.constantFrom(...present), stance: fc.constantFrom("support" as const, "stop" as const), turns }).map(({ present: [faction, zone], stance, turns }) => ({ kind: "support" as const, pledger: ME, faction, zones: [zone], stance, turns })),
  fc.record({ kind: fc.constant("nfz" as const), zones: fc.uniqueArray(fc.constantFrom(...syrian), { minLength: 1, maxLength: 2 }), pledges: fc.record({ russia: fc.integer({ min: 1, max: 3 }), syria: fc.integer({ min: 0, max: 2 }) }), exempt: fc.constant<PowerId[]>([]), turns }),
  fc.record({ kind: fc.constant("basing" as const), host: fc.constant<PowerId>("syria"), guest: fc.constant(ME), turns }),
  fc.record({ kind: fc.constant("overflight" as const), grantor: fc.constant<PowerId>("iran"), grantee: fc.constant(ME), scope: fc.constantFrom("missiles" as const, "aircraft" as const, "both" as const), turns }),
);
const strikeArb = fc.record({
  asset: fc.constantFrom("caspian-flotilla", "hmeimim", "mozdok"),
  zone: fc.constantFrom(...zoneIds),
  faction: fc.constantFrom(...CASPIAN_FACTIONS),
  units: fc.integer({ min: 1, max: 26 }),
  route: fc.boolean(),
});
/** aim: at the faction and zone of a support pledge, if one binds the seat. */
const supportArb = fc.record({ faction: fc.constantFrom(...CASPIAN_FACTIONS), zone: fc.constantFrom(...zoneIds), points: fc.integer({ min: 1, max: 3 }), covert: fc.boolean(), aim: fc.boolean() });
const turnOrdersArb = fc.record({
  strikes: fc.array(strikeArb, { maxLength: 3 }),
  support: fc.array(supportArb, { maxLength: 3 }),
  posture: fc.constantFrom(...POSTURES),
  patrols: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
  revoke: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
});

/** Orders built from the plan, each part kept only if the rules accept the orders with it. */
type TurnPlan = typeof turnOrdersArb extends fc.Arbitrary<infer T> ? T : never;
function ordersFrom(state: MatchState, plan: TurnPlan): Orders {
  const orders: Orders = { strikes: [], support: [], posture: plan.posture, patrols: [], revoke: [] };
  const accepted = (o: Orders) => apply(state, ME, { ...stamp(state), type: "orders", orders: o }).ok;
  plan.strikes.forEach((s) => {
    const strike = { id: `s${orders.strikes.length + 1}`, asset: s.asset, zone: s.zone, faction: s.faction, units: s.units, waypoints: s.route && s.asset === "caspian-flotilla" ? ROUTE_WAYPOINTS : [], claim: "isis" as const };
    const tried = { ...orders, strikes: [...orders.strikes, strike] };
    if (accepted(tried)) orders.strikes = tried.strikes;
  });
  const pledge = viewForSeat(state, ME).treaties.find((x) => (x.status === "active" || x.status === "agreed") && x.term.kind === "support" && x.term.pledger === ME)?.term;
  for (const { aim, ...s } of plan.support) {
    if (aim && pledge?.kind === "support") Object.assign(s, { faction: pledge.faction, zone: pledge.zones[0] });
    const tried = { ...orders, support: [...orders.support, s] };
    if (accepted(tried)) orders.support = tried.support;
  }
  const mine = viewForSeat(state, ME).treaties.filter((x) => (x.status === "active" || x.status === "agreed") && x.parties.includes(ME));
  mine.forEach((treaty, i) => {
    const units = plan.patrols[i % 3]!;
    if (treaty.term.kind === "nfz" && units > 0) {
      const tried = { ...orders, patrols: [...orders.patrols, { treaty: treaty.id, units }] };
      if (accepted(tried)) orders.patrols = tried.patrols;
    }
    if (plan.revoke[i % 3]) {
      const tried = { ...orders, revoke: [...orders.revoke, treaty.id] };
      if (accepted(tried)) orders.revoke = tried.revoke;
    }
  });
  return orders;
}

describe("the preview of any orders equals what resolution charges (property)", () => {
  it("over random treaties, orders and seeds, for two turns", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.uniqueArray(termArb, { minLength: 1, maxLength: 3, selector: (x) => x.kind }), turnOrdersArb, turnOrdersArb, (seed, terms, first, second) => {
        const made = agreed(terms, `prop-${seed}`, ["iran", "syria"]);
        fc.pre(made !== null);
        let state = made!.state;
        for (const plan of [first, second]) {
          if (state.status !== "running") break;
          const orders = ordersFrom(state, plan);
          const view = viewForSeat(state, ME);
          const preview = previewOrders(view, ME, orders);
          const draft = OrdersDraft.fromView(scenario, view, ME);
          for (const s of orders.strikes) draft.addStrike(s);
          for (const s of orders.support) draft.setSupport(null, s);
          draft.setPosture(orders.posture);
          for (const p of orders.patrols) draft.setPatrol(p.treaty, p.units);
          for (const id of orders.revoke) draft.toggleRevoke(id, true);
          expectClientAgrees(state, draft, preview);
          const r = resolve(state, orders);
          expectCharged(preview, state, r.log, r.state.log);
          state = advanceTo(r.state, "orders");
        }
      }),
      { numRuns: 100, seed: 16 },
    );
  }, 120_000);
});

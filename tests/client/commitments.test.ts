/**
 * What the client says a seat's orders will cost equals what the rules charge when they resolve
 * the same orders: a support pledge kept or broken (both stances), a patrol pledge short of its
 * units, a revocation early or in the treaty's last turn, a flight through airspace without
 * rights, and the cost of launching and of support.
 */
import { describe, expect, it } from "vitest";
import { getScenario, viewForSeat } from "../../shared";
import type { MatchState, PowerId } from "../../shared";
import type { Term } from "../../shared/terms";
import { commitmentsOf, ordersWarnings, revocationCost } from "../../client/src/model/commitments";
import { OrdersDraft } from "../../client/src/model/orders-draft";
import { advance, advanceTo, must, newMatch } from "../support/play";
import { ROUTE_WAYPOINTS } from "./fixtures";

const scenario = getScenario("caspian-salvo");
const t = scenario.tracks;

/** Turn 1's orders phase with a treaty of these terms agreed between Russia and Iran. */
function agreed(terms: Term[], seed = "commitments"): { state: MatchState; treatyIds: string[] } {
  let s = advanceTo(newMatch(seed), "diplomacy");
  s = must(s, "russia", { type: "propose", parties: ["iran"], terms, note: "" }).state;
  const proposal = s.proposals[s.proposals.length - 1]!;
  s = must(s, "iran", { type: "accept", proposal: proposal.id }).state;
  const treatyIds = s.treaties.filter((x) => x.proposalId === proposal.id).map((x) => x.id);
  return { state: advanceTo(s, "orders"), treatyIds };
}

function draftFor(state: MatchState, power: PowerId): OrdersDraft {
  return OrdersDraft.fromView(scenario, viewForSeat(state, power), power);
}

/** Resolves the turn with the draft as the power's orders; the power's credibility change and the log after. */
function resolve(state: MatchState, power: PowerId, draft: OrdersDraft) {
  const before = state.powers[power].tracks.credibility;
  let s = must(state, power, { type: "orders", orders: draft.toOrders() }).state;
  s = advance(s);
  while (s.phase !== "report") s = advance(s);
  const turnLog = s.log.filter((e) => e.turn === state.turn);
  return { credibility: s.powers[power].tracks.credibility - before, log: turnLog, state: s };
}

const brokenCost = `credibility −${t.credibilityLostOnBrokenPledge}`;

describe("commitments and warnings agree with resolution", () => {
  it("a support pledge to support: unkept without support (the rules break it), kept with it", () => {
    const { state, treatyIds } = agreed([{ kind: "support", pledger: "russia", faction: "regime", zones: ["hama"], stance: "support", turns: 3 }]);
    const id = treatyIds[0]!;
    const idle = draftFor(state, "russia");
    const c = commitmentsOf(scenario, viewForSeat(state, "russia").treaties, "russia", idle).find((x) => x.treatyId === id)!;
    expect(c.state).toBe("unkept");
    expect(c.cost).toContain(brokenCost);
    expect(ordersWarnings(scenario, state.treaties, state.turn, "russia", idle).map((w) => w.kind)).toContain("pledge");
    const r = resolve(state, "russia", idle);
    expect(r.log.some((e) => e.kind === "pledgeBroken" && e.treatyId === id)).toBe(true);
    expect(r.log.filter((e) => e.kind === "track" && e.power === "russia" && e.track === "credibility" && e.reason.includes(id)).map((e) => (e as { delta: number }).delta)).toEqual([-t.credibilityLostOnBrokenPledge]);

    const giving = draftFor(state, "russia");
    giving.setSupport(null, { faction: "regime", zone: "hama", points: 1, covert: false });
    expect(commitmentsOf(scenario, state.treaties, "russia", giving).find((x) => x.treatyId === id)!.state).toBe("kept");
    expect(ordersWarnings(scenario, state.treaties, state.turn, "russia", giving)).toEqual([]);
    expect(resolve(state, "russia", giving).log.some((e) => e.kind === "pledgeBroken")).toBe(false);
  });

  it("a pledge to stop supporting: overt support breaks it, covert puts it at risk", () => {
    const { state, treatyIds } = agreed([{ kind: "support", pledger: "russia", faction: "rebels", zones: ["idlib"], stance: "stop", turns: 3 }], "stop-pledge");
    const id = treatyIds[0]!;
    const overt = draftFor(state, "russia");
    overt.setSupport(null, { faction: "rebels", zone: "idlib", points: 1, covert: false });
    expect(commitmentsOf(scenario, state.treaties, "russia", overt).find((x) => x.treatyId === id)!.state).toBe("unkept");
    expect(resolve(state, "russia", overt).log.some((e) => e.kind === "pledgeBroken" && e.treatyId === id)).toBe(true);
    const covert = draftFor(state, "russia");
    covert.setSupport(null, { faction: "rebels", zone: "idlib", points: 1, covert: true });
    const risk = commitmentsOf(scenario, state.treaties, "russia", covert).find((x) => x.treatyId === id)!;
    expect(risk.state).toBe("atRisk");
    const r = resolve(state, "russia", covert);
    const detected = r.log.some((e) => e.kind === "supportDetected" && e.power === "russia");
    expect(r.log.some((e) => e.kind === "pledgeBroken" && e.treatyId === id)).toBe(detected);
  });

  it("revoking costs credibility only before the treaty's last turn", () => {
    const { state, treatyIds } = agreed([{ kind: "basing", host: "iran", guest: "russia", turns: 3 }], "revoke-early");
    const id = treatyIds[0]!;
    const draft = draftFor(state, "russia");
    draft.toggleRevoke(id, true);
    const treaty = state.treaties.find((x) => x.id === id)!;
    expect(revocationCost(scenario, treaty, state.turn)).toBe(t.credibilityLostOnRevocation);
    expect(draft.costs(state.treaties, state.turn).at(-1)!.cost).toBe(`credibility −${t.credibilityLostOnRevocation} (before its last turn)`);
    expect(ordersWarnings(scenario, state.treaties, state.turn, "russia", draft).map((w) => w.kind)).toEqual(["revocation"]);
    expect(resolve(state, "russia", draft).credibility).toBe(-t.credibilityLostOnRevocation);

    const last = agreed([{ kind: "basing", host: "iran", guest: "russia", turns: 1 }], "revoke-last");
    const lastId = last.treatyIds[0]!;
    const lastDraft = draftFor(last.state, "russia");
    lastDraft.toggleRevoke(lastId, true);
    const lastTreaty = last.state.treaties.find((x) => x.id === lastId)!;
    expect(revocationCost(scenario, lastTreaty, last.state.turn)).toBe(0);
    expect(lastDraft.costs(last.state.treaties, last.state.turn).at(-1)!.cost).toBe("no cost (its last turn)");
    expect(ordersWarnings(scenario, last.state.treaties, last.state.turn, "russia", lastDraft)).toEqual([]);
    expect(resolve(last.state, "russia", lastDraft).credibility).toBe(0);
  });

  it("a flight without rights is warned of, with the legitimacy the rules take for each detected violation; launch costs are as charged", () => {
    const state = advanceTo(newMatch("violation"), "orders");
    const draft = draftFor(state, "russia");
    draft.addStrike({ asset: "caspian-flotilla", zone: "raqqa", faction: "isis", units: 26, waypoints: ROUTE_WAYPOINTS, claim: "isis" });
    const warning = ordersWarnings(scenario, viewForSeat(state, "russia").treaties, state.turn, "russia", draft).find((w) => w.kind === "violation")!;
    expect(warning.text).toMatch(/Iran|Iraq/);
    expect(warning.text).toContain(`legitimacy −${t.legitimacyLostPerDetectedViolation}`);
    const r = resolve(state, "russia", draft);
    const detected = r.log.filter((e) => e.kind === "violation" && e.power === "russia" && e.detected).length;
    expect(detected).toBeGreaterThan(0);
    const legitimacy = r.log.filter((e) => e.kind === "track" && e.power === "russia" && e.track === "legitimacy" && e.reason.startsWith("violated the airspace"));
    expect(legitimacy.length).toBe(detected);
    for (const e of legitimacy) expect((e as { delta: number }).delta).toBe(-t.legitimacyLostPerDetectedViolation);
    const launched = r.log.filter((e) => e.kind === "track" && e.power === "russia" && e.track === "cost" && e.reason.startsWith("launched"));
    expect(launched.reduce((sum, e) => sum + (e as { delta: number }).delta, 0)).toBeCloseTo(draft.totalCost(), 6);
  });
});

/**
 * The orders draft: what it sends passes the command schema; units left, costs and a planned
 * strike's problems as the rules count, charge and refuse them.
 */
import { describe, expect, it } from "vitest";
import { getScenario, ordersSchema, viewForSeat } from "../../shared";
import type { MatchView } from "../../shared";
import { checkOrders } from "../../shared/rules/check-orders";
import { errorText } from "../../client/src/model/format";
import { costLines, costTotal, previewOf } from "../../client/src/model/commitments";
import { MatchStore } from "../../client/src/model/match-store";
import { OrdersDraft } from "../../client/src/model/orders-draft";
import { afterStrike, ROUTE_WAYPOINTS, withOverflight } from "./fixtures";
import { advanceTo, must, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

describe("OrdersDraft", () => {
  it("builds orders the command schema accepts, and the rules too", () => {
    let s = advanceTo(newMatch("draft"), "orders");
    const view = viewForSeat(s, "russia");
    const store = new MatchStore(view, "russia");
    const draft = store.draft!;
    expect(draft.posture).toBe(view.powers.russia!.posture);
    const strike = draft.addStrike({ asset: "caspian-flotilla", zone: "raqqa", faction: "rebels", units: 20, waypoints: [[52, 38.5]], claim: "isis" });
    expect(strike.id).toBe("s1");
    draft.addStrike({ asset: "hmeimim", zone: "idlib", faction: "rebels", units: 4, waypoints: [], claim: "isis" });
    draft.setSupport(null, { faction: "regime", zone: "hama", points: 3, covert: false });
    draft.setPosture("engage");
    draft.toggleRevoke("t1", true);
    expect(draft.dirty).toBe(true);
    expect(store.unitsLeft("caspian-flotilla")).toBe(6);
    expect(store.unitsLeft("caspian-flotilla", "s1")).toBe(26);
    const orders = draft.toOrders();
    expect(ordersSchema.safeParse(orders).success).toBe(true);
    s = must(s, "russia", { type: "orders", orders }).state;
    expect(s.orders.russia?.strikes).toHaveLength(2);

    // Costs: units × costPerUnitLaunched, points × costPerSupportPoint, a revocation's credibility.
    const t = scenario.tracks;
    const before = viewForSeat(s, "russia");
    expect(costTotal(previewOf(before, "russia", draft))).toBeCloseTo(24 * t.costPerUnitLaunched + 3 * t.costPerSupportPoint, 6);
    const lines = costLines(scenario, before, "russia", draft);
    expect(lines).toHaveLength(3 + draft.revoke.filter((id) => before.treaties.some((x) => x.id === id)).length);

    // Coming back (a refresh): the draft starts from what was sent, and new strike ids follow on.
    const again = OrdersDraft.fromView(scenario, viewForSeat(s, "russia"), "russia");
    expect(again.strikes.map((x) => x.id)).toEqual(["s1", "s2"]);
    expect(again.dirty).toBe(false);
    expect(again.addStrike({ asset: "mozdok", zone: "raqqa", faction: "isis", units: 1, waypoints: [], claim: "isis" }).id).toBe("s3");
    again.removeStrike("s1");
    expect(again.strikes.map((x) => x.id)).toEqual(["s2", "s3"]);
  });

  it("counts what was fired: no units are left once the stock is spent", () => {
    const { russia } = afterStrike();
    // The report still shows this turn's orders: all 26 are committed, and the stock is spent.
    expect(russia.assets["caspian-flotilla"]!.stock).toBe(0);
    const store = new MatchStore(russia, "russia");
    expect(store.unitsLeft("caspian-flotilla")).toBe(0);
    expect(store.unitsLeft("caspian-flotilla", "s1")).toBe(0);
    expect(store.unitsLeft("nowhere")).toBe(0);
  });
});

/** A store planning a strike from `asset` to `zone` through `waypoints`, with `units`. */
function planned(view: MatchView, asset: string, zone: string, waypoints: readonly [number, number][], units: number): MatchStore {
  const store = new MatchStore(view, "russia");
  expect(store.planFrom(asset)).toBe(true);
  for (const w of waypoints) store.planner.addWaypoint(w);
  store.planner.setTarget(zone);
  store.strikeForm = { ...store.strikeForm, faction: "rebels", claim: "isis", units };
  return store;
}

/** What the rules say of these strikes as a seat's orders: null, or the problem in words. */
function rulesSay(view: MatchView, strikes: { id: string; asset: string; zone: string; units: number; waypoints: [number, number][] }[]): string | null {
  const checked = checkOrders(view, "russia", { strikes: strikes.map((x) => ({ ...x, faction: "rebels" as const, claim: "isis" as const })), support: [], posture: "watch", patrols: [], revoke: [] });
  return checked.ok ? null : errorText(checked.error, scenario);
}

describe("a planned strike, judged by the rules' checkOrders", () => {
  const ordersView = () => viewForSeat(advanceTo(withOverflight(), "orders"), "russia");

  it("goes into the draft when the rules accept it, measured once for every reader", () => {
    const view = ordersView();
    const store = planned(view, "caspian-flotilla", "raqqa", ROUTE_WAYPOINTS, 26);
    const shown = store.planner.preview(view.treaties);
    expect(shown?.plan.inRange).toBe(true);
    expect(store.planner.preview(view.treaties)).toBe(shown);
    expect(store.commitRoute()).toBeNull();
    expect(store.draft!.strikes).toHaveLength(1);
    expect(checkOrders(view, "russia", store.draft!.toOrders()).ok).toBe(true);
  });

  it("refuses in the rules' words: out of range, over capacity with the platform's other strikes counted", () => {
    const view = ordersView();
    // Mozdok's bombers cannot reach Deir ez-Zor by way of Central Asia.
    const far = planned(view, "mozdok", "deirezzor", [[60, 40]], 1);
    const problem = far.commitRoute();
    expect(problem).not.toBeNull();
    expect(problem).toBe(rulesSay(view, [{ id: "x", asset: "mozdok", zone: "deirezzor", units: 1, waypoints: [[60, 40]] }]));
    expect(far.draft!.strikes).toHaveLength(0);

    const store = planned(view, "caspian-flotilla", "raqqa", ROUTE_WAYPOINTS, 20);
    expect(store.commitRoute()).toBeNull();
    expect(store.unitsLeft("caspian-flotilla")).toBe(6);
    expect(store.planFrom("caspian-flotilla")).toBe(true);
    expect(store.strikeForm.units).toBe(6);
    for (const w of ROUTE_WAYPOINTS) store.planner.addWaypoint(w);
    store.planner.setTarget("raqqa");
    store.strikeForm = { ...store.strikeForm, units: 7 };
    const over = store.commitRoute();
    expect(over).not.toBeNull();
    const first = { id: "s1", asset: "caspian-flotilla", zone: "raqqa", units: 20, waypoints: ROUTE_WAYPOINTS };
    expect(over).toBe(rulesSay(view, [first, { ...first, id: "planned", units: 7 }]));
    store.strikeForm = { ...store.strikeForm, units: 6 };
    expect(store.commitRoute()).toBeNull();
    expect(store.unitsLeft("caspian-flotilla")).toBe(0);
  });
});

/** The orders draft: what it sends passes the command schema; units left and costs as the rules charge them. */
import { describe, expect, it } from "vitest";
import { getScenario, ordersSchema, viewForSeat } from "../../shared";
import { costLines, costTotal, previewOf } from "../../client/src/model/commitments";
import { OrdersDraft } from "../../client/src/model/orders-draft";
import { afterStrike } from "./fixtures";
import { advanceTo, must, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

describe("OrdersDraft", () => {
  it("builds orders the command schema accepts, and the rules too", () => {
    let s = advanceTo(newMatch("draft"), "orders");
    const view = viewForSeat(s, "russia");
    const draft = OrdersDraft.fromView(scenario, view, "russia");
    expect(draft.posture).toBe(view.powers.russia.posture);
    const strike = draft.addStrike({ asset: "caspian-flotilla", zone: "raqqa", faction: "rebels", units: 20, waypoints: [[52, 38.5]], claim: "isis" });
    expect(strike.id).toBe("s1");
    draft.addStrike({ asset: "hmeimim", zone: "idlib", faction: "rebels", units: 4, waypoints: [], claim: "isis" });
    draft.setSupport(null, { faction: "regime", zone: "hama", points: 3, covert: false });
    draft.setPosture("engage");
    draft.toggleRevoke("t1", true);
    expect(draft.dirty).toBe(true);
    expect(draft.unitsLeft("caspian-flotilla", view.assets["caspian-flotilla"]!.stock)).toBe(6);
    expect(draft.unitsLeft("caspian-flotilla", 26, "s1")).toBe(26);
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

  it("counts stock it cannot see as full capacity, and what was fired", () => {
    const { russia } = afterStrike();
    // The report still shows this turn's orders: all 26 are committed.
    expect(OrdersDraft.fromView(scenario, russia, "russia").unitsLeft("caspian-flotilla", null)).toBe(0);
    const fresh = new OrdersDraft(scenario, "russia", "watch");
    expect(russia.assets["caspian-flotilla"]!.stock).toBe(0);
    expect(fresh.unitsLeft("caspian-flotilla", russia.assets["caspian-flotilla"]!.stock)).toBe(0);
    expect(fresh.unitsLeft("caspian-flotilla", null)).toBe(26);
    expect(fresh.unitsLeft("nowhere", 5)).toBe(0);
  });
});

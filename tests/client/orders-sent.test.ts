/** A past turn's own orders as sent, from the seat's view: posture, strikes, support, patrols and revocations. */
import { describe, expect, it } from "vitest";
import { getScenario, viewForSeat } from "../../shared";
import { ordersSentLines } from "../../client/src/model/report-summary";
import { advance, advanceTo, must, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

describe("ordersSentLines", () => {
  it("reads a resolved turn's orders back from the seat's view", () => {
    let s = advanceTo(newMatch("orders-sent"), "diplomacy");
    s = must(s, "russia", { type: "propose", parties: ["iran"], terms: [{ kind: "nfz", zones: ["idlib"], pledges: { russia: 2 }, exempt: [], turns: 3 }, { kind: "basing", host: "iran", guest: "russia", turns: 3 }], note: "" }).state;
    s = must(s, "iran", { type: "accept", proposal: s.proposals.at(-1)!.id }).state;
    s = advanceTo(s, "orders");
    const [nfz, basing] = s.treaties.filter((t) => t.parties.includes("iran")).map((t) => t.id);
    const orders = { strikes: [], support: [{ faction: "regime" as const, zone: "latakia", points: 1, covert: true }], posture: "engage" as const, patrols: [{ treaty: nfz!, units: 2 }], revoke: [basing!] };
    s = must(s, "russia", { type: "orders", orders }).state;
    s = advance(s);
    while (s.phase !== "report") s = advance(s);
    s = advanceTo(s, "briefing");
    const kept = viewForSeat(s, "russia").pastOrders.find((o) => o.turn === 1)!;
    expect(ordersSentLines(scenario, kept.orders)).toEqual([
      "Air defence posture: engage (fire on violators)",
      "Covert support: 1 to Syrian Arab Army in Latakia",
      `Patrols: 2 units for no-fly zone ${nfz}`,
      `Revoked treaty ${basing}`,
    ]);
    expect(viewForSeat(s, "iran").pastOrders.some((o) => o.power === "russia")).toBe(false);
  });
});

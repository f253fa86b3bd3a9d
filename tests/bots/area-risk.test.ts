/** Bots price the S-400 at Hmeimim into a flight's risk: from its turn, while Russia engages, near it. */
import { describe, expect, it } from "vitest";
import { createMatch, viewForSeat } from "../../shared";
import { makeContext } from "../../shared/bots/context";
import { flightRisk } from "../../shared/bots/risk";
import { caspianSalvo as s } from "../../shared/scenario/caspian-salvo";

const site = s.areaDefence.find((d) => d.id === "hmeimim-s400")!;

function usRisk(turn: number, russia: "engage" | "watch", zone: string) {
  const state = createMatch({ scenarioId: s.id, seed: "area-risk" });
  state.turn = turn;
  state.powers.russia!.posture = russia;
  const ctx = makeContext(viewForSeat(state, "usa"), "usa", "hard");
  return flightRisk(ctx, ["760"], zone, "aircraft", 6);
}

describe("bots and the S-400", () => {
  it("expect losses and escalation flying into its range once it is in service and Russia engages", () => {
    const before = usRisk(site.fromTurn - 1, "engage", "aleppo");
    const after = usRisk(site.fromTurn, "engage", "aleppo");
    expect(after.lossShare).toBeGreaterThan(before.lossShare + 0.3);
    expect(after.escalation).toBeGreaterThan(before.escalation);
    expect(usRisk(site.fromTurn, "watch", "aleppo").lossShare).toBeCloseTo(usRisk(site.fromTurn - 1, "watch", "aleppo").lossShare, 6);
  });

  it("expect nothing from it out of its range (Hasakah is about 450 km from Hmeimim)", () => {
    expect(usRisk(site.fromTurn, "engage", "hasakah").lossShare).toBeCloseTo(usRisk(site.fromTurn - 1, "engage", "hasakah").lossShare, 6);
  });
});

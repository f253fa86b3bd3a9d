/** Proxy support: what it costs, what it buys, and how covert support is detected. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import type { MatchState, SupportOrder } from "../../shared";
import { chance, seedRng } from "../../shared/rng";
import { landSupport } from "../../shared/rules/support";
import { newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

function withSupport(power: "russia" | "usa" | "iran", support: SupportOrder[], seed = "support"): MatchState {
  const state = newMatch(seed);
  state.phase = "resolution";
  state.orders[power] = { strikes: [], support, posture: "watch", patrols: [], revoke: [] };
  return state;
}

describe("landSupport", () => {
  it("draws once per other power for each covert order, and never for overt ones", () => {
    const overt = withSupport("russia", [{ faction: "regime", zone: "hama", points: 2, covert: false }]);
    const rngBefore = [...overt.rng];
    landSupport(overt);
    expect(overt.rng).toEqual(rngBefore);

    const covert = withSupport("russia", [
      { faction: "regime", zone: "hama", points: 1, covert: true },
      { faction: "regime", zone: "homs", points: 1, covert: true },
    ]);
    const expected: typeof covert.rng = [...covert.rng];
    const detections: string[] = [];
    for (const zone of ["hama", "homs"]) {
      for (const by of CASPIAN_POWERS) if (by !== "russia" && chance(expected, scenario.combat.covertDetection)) detections.push(`${zone}:${by}`);
    }
    landSupport(covert);
    expect(covert.rng).toEqual(expected);
    expect(covert.log.filter((e) => e.kind === "supportDetected").map((e) => (e.kind === "supportDetected" ? `${e.zone}:${e.by}` : ""))).toEqual(detections);
  });

  it("is detected about as often as the scenario says", () => {
    const rng = seedRng("rate");
    let detected = 0;
    const orders = 4000;
    for (let i = 0; i < orders; i++) {
      let seen = false;
      for (let p = 0; p < CASPIAN_POWERS.length - 1; p++) if (chance(rng, scenario.combat.covertDetection)) seen = true;
      if (seen) detected++;
    }
    const expected = 1 - (1 - scenario.combat.covertDetection) ** (CASPIAN_POWERS.length - 1);
    expect(Math.abs(detected / orders - expected)).toBeLessThan(0.03);
  });

  it("charges cost for every point, overt or covert, and influence only for overt points", () => {
    const state = withSupport("iran", [
      { faction: "hezbollah", zone: "anbar", points: 2, covert: false },
      { faction: "hezbollah", zone: "damascus", points: 4, covert: true },
    ]);
    const before = structuredClone(state.powers.iran);
    landSupport(state);
    const { costPerSupportPoint, influencePerSupportPoint } = scenario.tracks;
    expect(state.powers.iran!.tracks.cost).toBe(before!.tracks.cost + 6 * costPerSupportPoint);
    expect(state.powers.iran!.influence["368"]).toBe(before!.influence["368"]! + 2 * influencePerSupportPoint);
    expect(state.powers.iran!.influence["760"]).toBe(before!.influence["760"]);
    const costs = state.log.filter((e) => e.kind === "track" && e.track === "cost");
    expect(costs.map((e) => e.visibleTo)).toEqual(["all", ["iran"]]);
  });

  it("skips an order for a zone the state does not have, rather than throwing", () => {
    const state = withSupport("usa", [{ faction: "rebels", zone: "nowhere", points: 2, covert: false }]);
    expect(() => landSupport(state)).not.toThrow();
    expect(state.log.some((e) => e.kind === "supportLanded")).toBe(false);
  });
});

describe("the report's words for support, pledges and fighting", () => {
  it("name the powers, factions and zones", async () => {
    const { describeEvent } = await import("../../shared/catalog");
    const at = { seq: 1, turn: 1, phase: "resolution" as const, visibleTo: "all" as const };
    expect(describeEvent({ ...at, kind: "supportLanded", power: "iran", faction: "hezbollah", zone: "homs", points: 3, covert: true }, scenario)).toBe("Iran covertly supported Hezbollah and Shia militias in Homs with 3 points.");
    expect(describeEvent({ ...at, kind: "supportDetected", power: "usa", faction: "rebels", zone: "idlib", points: 2, by: "russia", landedTurn: 1 }, scenario)).toBe("Russia detected covert support by United States to Syrian rebels in Idlib (2 points).");
    expect(describeEvent({ ...at, turn: 3, kind: "supportDetected", power: "usa", faction: "rebels", zone: "idlib", points: 2, by: "russia", landedTurn: 1 }, scenario)).toBe("Russia detected covert support by United States to Syrian rebels in Idlib (2 points, given in turn 1).");
    expect(describeEvent({ ...at, kind: "pledgeBroken", power: "turkey", treatyId: "t9", faction: "rebels", stance: "stop", zones: ["idlib", "aleppo"] }, scenario)).toBe("Turkey broke its pledge to stop supporting Syrian rebels in Idlib and Aleppo (treaty t9).");
    expect(describeEvent({ ...at, kind: "fighting", zone: "hama", losses: { rebels: 1.5, regime: 0.9 }, control: "rebels", previous: "regime" }, scenario)).toBe("Fighting in Hama: Syrian rebels −1.5 and Syrian Arab Army −0.9; it is now held by Syrian rebels.");
  });
});

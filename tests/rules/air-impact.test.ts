/** Impact: intelligence quality decides how much lands on the intended faction. */
import { CASPIAN_FACTIONS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import type { MatchState, Treaty } from "../../shared";
import { seedRng } from "../../shared/rng";
import { intelQuality, landStrike } from "../../shared/rules/strike-impact";
import { newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");
const damascus = scenario.zones.find((z) => z.id === "damascus")!;
const su34 = scenario.weapons.su34!;

function intelCell(members: Treaty["parties"], status: Treaty["status"] = "active"): Treaty {
  return { id: "t90", proposalId: null, parties: members, term: { kind: "intel", members, turns: 5 }, status, agreedTurn: 1, untilTurn: 5, endedTurn: null, endedBy: null };
}

/** Share of landed units that hit the intended faction, over many seeded strikes. */
function shareOnTarget(state: MatchState, runs: number): number {
  let onTarget = 0;
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const s = structuredClone(state);
    s.rng = seedRng(`impact-${i}`);
    landStrike(s, { power: "russia", strikeId: "s", zone: damascus, weapon: su34, intended: "hezbollah", claim: "hezbollah", launched: 4, landed: 4 });
    const impact = s.log.findLast((e) => e.kind === "impact");
    if (impact?.kind !== "impact") throw new Error("no impact");
    for (const f of CASPIAN_FACTIONS) total += impact.hit[f] ?? 0;
    onTarget += impact.hit.hezbollah ?? 0;
  }
  return onTarget / total;
}

describe("intelligence quality", () => {
  it("is the power's own, raised by an active intelligence cell, within the cap", () => {
    const state = newMatch();
    expect(intelQuality(state, "russia")).toBe(0.55);
    state.treaties.push(intelCell(["russia", "iraq"]));
    const { intelCellBonus, intelCap } = scenario.airDefence;
    expect(intelQuality(state, "russia")).toBeCloseTo(0.55 + intelCellBonus, 10);
    expect(intelQuality(state, "iraq")).toBeCloseTo(0.4 + intelCellBonus, 10);
    expect(intelQuality(state, "usa")).toBe(0.7);
    for (const power of ["russia", "iraq", "usa"] as const) expect(intelQuality(state, power)).toBeLessThanOrEqual(intelCap);
  });

  it("gets no help from a cell that is only agreed, or has ended", () => {
    for (const status of ["agreed", "revoked", "expired"] as const) {
      const state = newMatch();
      state.treaties.push(intelCell(["russia", "iraq"], status));
      expect(intelQuality(state, "russia"), status).toBe(0.55);
    }
  });

  it("puts about q of the landed units on the intended faction, the rest by strength", () => {
    const plain = newMatch();
    const cell = newMatch();
    cell.treaties.push(intelCell(["russia", "syria"]));
    const without = shareOnTarget(plain, 300);
    const withCell = shareOnTarget(cell, 300);
    // Hezbollah holds 25 of 125 strength in Damascus: expected share q + (1 − q) × 0.2.
    expect(without).toBeGreaterThan(0.55 + 0.45 * 0.2 - 0.06);
    expect(without).toBeLessThan(0.55 + 0.45 * 0.2 + 0.06);
    expect(withCell).toBeGreaterThan(0.7 + 0.3 * 0.2 - 0.06);
    expect(withCell).toBeGreaterThan(without);
  });

  it("never takes a faction below zero, and removes the weapon's damage per hit", () => {
    const state = newMatch();
    state.zones.damascus!.strength = { isis: 0, rebels: 0, kurds: 0, hezbollah: 1, regime: 0 };
    landStrike(state, { power: "russia", strikeId: "s", zone: damascus, weapon: su34, intended: "hezbollah", claim: "isis", launched: 5, landed: 5 });
    expect(state.zones.damascus!.strength.hezbollah).toBe(0);
    const impact = state.log.findLast((e) => e.kind === "impact")!;
    expect(impact).toMatchObject({ hit: { hezbollah: 1 }, mostHit: "hezbollah", falseClaim: true });
  });

  it("hits nothing in an empty zone, and a claim about nothing is not exposed", () => {
    const state = newMatch();
    state.zones.damascus!.strength = { isis: 0, rebels: 0, kurds: 0, hezbollah: 0, regime: 0 };
    const legitimacy = state.powers.russia!.tracks.legitimacy;
    landStrike(state, { power: "russia", strikeId: "s", zone: damascus, weapon: su34, intended: "isis", claim: "isis", launched: 2, landed: 2 });
    expect(state.log.findLast((e) => e.kind === "impact")).toMatchObject({ hit: {}, mostHit: null, falseClaim: false });
    // Only the civilians' toll (2 × 0.03 = 0.06, rounded to 0.1) is paid.
    expect(state.powers.russia!.tracks.legitimacy).toBeCloseTo(legitimacy - scenario.tracks.legitimacyLostPerCivilianHarm * 0.1, 6);
  });
});

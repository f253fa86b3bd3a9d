import { at } from "../../shared/at";
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario, viewForSeat } from "../../shared";
import { advance, advanceTo, must, newMatch } from "../support/play";

describe("viewForSeat", () => {
  it("shows a power its own secret objective and nobody else's until the end", () => {
    const state = newMatch();
    for (const viewer of CASPIAN_POWERS) {
      const view = viewForSeat(state, viewer);
      for (const power of CASPIAN_POWERS) {
        expect(at(view.powers, power).secretObjective).toBe(power === viewer ? at(state.powers, power).secretObjective : null);
      }
    }
    expect(viewForSeat(state, "spectator").powers.russia!.secretObjective).toBeNull();
    expect(viewForSeat(state, "facilitator").powers.russia!.secretObjective).toBe(state.powers.russia!.secretObjective);
    const ended = must(state, "facilitator", { type: "end" }).state;
    expect(viewForSeat(ended, "usa").powers.russia!.secretObjective).toBe(state.powers.russia!.secretObjective);
  });

  it("never shows the generator's state or the seed", () => {
    const view = viewForSeat(newMatch("secret-seed-xyz"), "facilitator") as unknown as Record<string, unknown>;
    expect(view.rng).toBeUndefined();
    expect(view.seed).toBeUndefined();
    expect(JSON.stringify(view)).not.toContain("secret-seed-xyz");
  });

  it("shows proposals and agreed treaties only to their parties (and the facilitator)", () => {
    let state = advance(newMatch());
    state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 }], note: "canary-proposal-note" }).state;
    state = must(state, "iran", { type: "accept", proposal: state.proposals[0]!.id }).state;
    for (const viewer of [...CASPIAN_POWERS, "spectator", "facilitator"] as const) {
      const text = JSON.stringify(viewForSeat(state, viewer));
      const party = viewer === "russia" || viewer === "iran" || viewer === "facilitator";
      expect(text.includes("canary-proposal-note"), viewer).toBe(party);
      expect(viewForSeat(state, viewer).treaties.some((t) => t.status === "agreed"), viewer).toBe(party);
    }
  });

  it("shows orders only to their power, and to the facilitator once they are locked", () => {
    let state = advanceTo(newMatch(), "orders");
    state = must(state, "turkey", { type: "orders", orders: { strikes: [], support: [{ faction: "rebels", zone: "idlib", points: 1, covert: true }], posture: "engage", patrols: [], revoke: [] } }).state;
    expect(viewForSeat(state, "turkey").orders.turkey?.posture).toBe("engage");
    expect(viewForSeat(state, "russia").orders.turkey).toBeUndefined();
    expect(viewForSeat(state, "russia").ordersIn).toEqual(["turkey"]);
    expect(viewForSeat(state, "facilitator").orders.turkey).toBeUndefined();
    state = advance(state);
    expect(viewForSeat(state, "facilitator").orders.turkey?.posture).toBe("engage");
    expect(viewForSeat(state, "russia").orders.turkey).toBeUndefined();
  });

  it("shows each power the stock of its own assets only", () => {
    const state = newMatch();
    const view = viewForSeat(state, "russia");
    const assets = getScenario(state.scenarioId).assets;
    expect(assets.some((a) => a.owner === "russia")).toBe(true);
    for (const asset of assets) {
      expect(view.assets[asset.id]!.stock, asset.id).toBe(asset.owner === "russia" ? state.assets[asset.id]!.stock : null);
    }
    expect(Object.values(viewForSeat(state, "spectator").assets).every((a) => a.stock === null)).toBe(true);
    expect(Object.values(viewForSeat(state, "facilitator").assets).every((a) => a.stock !== null)).toBe(true);
  });
});

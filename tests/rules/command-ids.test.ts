/** A command may name only the powers and factions of the match's scenario; the error names the field. */
import { describe, expect, it } from "vitest";
import { advance, advanceTo, newMatch, refused } from "../support/play";

describe("ids of the match's scenario", () => {
  it("refuses a proposal naming a power the scenario lacks, at its field", () => {
    const state = advance(newMatch());
    expect(refused(state, "russia", { type: "propose", parties: ["saudi"], terms: [{ kind: "intel", members: ["russia", "iran"], turns: 2 }], note: "" })).toEqual({ code: "command/unknown_power", params: { at: "parties.0", power: "saudi" } });
    expect(refused(state, "russia", { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "uae", scope: "missiles", turns: 2 }], note: "" })).toEqual({ code: "command/unknown_power", params: { at: "terms.0.grantee", power: "uae" } });
    expect(refused(state, "russia", { type: "propose", parties: ["iran"], terms: [{ kind: "nfz", zones: ["idlib"], pledges: { qatar: 2 }, exempt: [], turns: 2 }], note: "" })).toEqual({ code: "command/unknown_power", params: { at: "terms.0.pledges.qatar", power: "qatar" } });
    expect(refused(state, "russia", { type: "propose", parties: ["iran"], terms: [{ kind: "support", pledger: "iran", faction: "houthis", zones: ["idlib"], stance: "stop", turns: 2 }], note: "" })).toEqual({ code: "command/unknown_faction", params: { at: "terms.0.faction", faction: "houthis" } });
  });

  it("refuses orders striking or backing a faction the scenario lacks", () => {
    const state = advanceTo(newMatch(), "orders");
    const strike = { id: "s1", asset: "caspian-flotilla", zone: "idlib", faction: "isis", units: 2, waypoints: [], claim: "aqap" };
    expect(refused(state, "russia", { type: "orders", orders: { strikes: [strike], support: [], posture: "watch", patrols: [], revoke: [] } })).toEqual({ code: "command/unknown_faction", params: { at: "orders.strikes.0.claim", faction: "aqap" } });
    expect(refused(state, "russia", { type: "orders", orders: { strikes: [], support: [{ faction: "pmf", zone: "idlib", points: 1, covert: false }], posture: "watch", patrols: [], revoke: [] } })).toEqual({ code: "command/unknown_faction", params: { at: "orders.support.0.faction", faction: "pmf" } });
  });

  it("refuses a seat the scenario lacks as the sender, and an inject to one", () => {
    const state = newMatch();
    expect(refused(state, "saudi", { type: "ready", turn: 1, phase: "briefing", ready: true }).code).toBe("seat/unknown_actor");
    expect(refused(state, "facilitator", { type: "inject", card: { headline: "News", text: "", effects: [{ kind: "track", power: "uae", track: "prestige", delta: 1 }] }, to: null })).toEqual({ code: "command/unknown_power", params: { at: "card.effects.0.power", power: "uae" } });
  });
});

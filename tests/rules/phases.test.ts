import { describe, expect, it } from "vitest";
import { apply, getScenario, hashOf, PHASES } from "../../shared";
import { advance, advanceTo, must, newMatch, refused, stamp } from "../support/play";

describe("the phase machine", () => {
  it("starts at turn 1 in the briefing with the turn's scheduled events announced", () => {
    const state = newMatch();
    expect(stamp(state)).toEqual({ turn: 1, phase: "briefing" });
    expect(state.status).toBe("running");
    const scheduled = getScenario("caspian-salvo").events.filter((c) => c.turn === 1).map((c) => c.id);
    const announced = state.log.flatMap((e) => (e.kind === "card" ? [e.cardId] : []));
    expect(announced).toEqual(scheduled);
  });

  it("cycles briefing, diplomacy, orders, resolution, report, then the next turn", () => {
    let state = newMatch();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      state = advance(state);
      seen.push(`${state.turn}:${state.phase}`);
    }
    expect(seen).toEqual(["1:diplomacy", "1:orders", "1:report", "2:briefing", "2:diplomacy"]);
    const phases = state.log.filter((e) => e.kind === "phase" && e.turn === 1).map((e) => e.phase);
    expect(phases).toEqual(["briefing", "diplomacy", "orders", "resolution", "report"]);
    expect(PHASES).toContain("resolution");
  });

  it("ends after the last turn's report, and refuses every command afterwards", () => {
    let state = newMatch("end", 2);
    while (state.status === "running") state = advance(state);
    expect(state.turn).toBe(2);
    expect(state.ending?.reason).toBe("turns");
    expect(state.history.map((h) => h.turn)).toEqual([0, 1, 2]);
    const err = refused(state, "system", { type: "advance" });
    expect(err.code).toBe("match/ended");
  });

  it("lets the facilitator end the match at any phase", () => {
    const state = advance(newMatch());
    const ended = must(state, "facilitator", { type: "end" }).state;
    expect(ended.status).toBe("ended");
    expect(ended.ending?.reason).toBe("facilitator");
  });
});

describe("who may do what, when", () => {
  it("refuses a stale command naming another turn or phase", () => {
    const state = advance(newMatch());
    const result = apply(state, "system", { type: "advance", turn: 1, phase: "briefing" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("command/stale");
  });

  it("refuses facilitator commands from a power and power commands from the facilitator", () => {
    const state = newMatch();
    expect(refused(state, "russia", { type: "advance" }).code).toBe("seat/not_facilitator");
    expect(refused(state, "russia", { type: "end" }).code).toBe("seat/not_facilitator");
    expect(refused(state, "facilitator", { type: "ready", ready: true }).code).toBe("seat/not_a_power");
  });

  it("refuses proposals outside diplomacy and orders outside the orders phase", () => {
    const briefing = newMatch();
    const proposal = { type: "propose", parties: ["russia", "iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 }], note: "" };
    expect(refused(briefing, "russia", proposal).code).toBe("phase/not_now");
    const diplomacy = advance(briefing);
    expect(refused(diplomacy, "russia", { type: "orders", orders: { strikes: [], support: [], posture: "watch", patrols: [], revoke: [] } }).code).toBe("phase/not_now");
  });

  it("refuses malformed input without throwing and without touching the state", () => {
    const state = newMatch();
    const before = hashOf(state);
    for (const input of [null, 42, "advance", [], {}, { type: "nope" }, { type: "ready" }, { type: "ready", turn: "1", phase: "briefing", ready: true }, { type: "ready", turn: 1, phase: "briefing", ready: true, extra: 1 }]) {
      const result = apply(state, "russia", input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("command/malformed");
    }
    expect(hashOf(state)).toBe(before);
  });

  it("records ready flags and clears them when the phase changes", () => {
    let state = must(newMatch(), "iran", { type: "ready", ready: true }).state;
    expect(state.powers.iran!.ready).toBe(true);
    state = advance(state);
    expect(state.powers.iran!.ready).toBe(false);
  });

  it("never changes the state it was given", () => {
    const state = advanceTo(newMatch(), "orders");
    const before = hashOf(state);
    must(state, "system", { type: "advance" });
    expect(hashOf(state)).toBe(before);
  });
});

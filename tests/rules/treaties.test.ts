/** The treaty lifecycle over whole turns: agreed, in force for exactly its turns, then expired. */
import { describe, expect, it } from "vitest";
import type { MatchState } from "../../shared";
import { advance, advanceTo, must, newMatch } from "../support/play";

function agree(state: MatchState, turns: number): MatchState {
  state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "both", turns }], note: "" }).state;
  const id = state.proposals.at(-1)!.id;
  return must(state, "iran", { type: "accept", proposal: id }).state;
}

/** The treaty's status at each turn's report, from the turn it is agreed. */
function statusByTurn(turns: number, matchTurns = 10): string[] {
  let state = advance(newMatch("lifecycle", matchTurns));
  state = agree(state, turns);
  const id = state.treaties.at(-1)!.id;
  const seen: string[] = [];
  while (state.status === "running") {
    state = advanceTo(state, "report");
    if (state.status !== "running") break;
    seen.push(state.treaties.find((t) => t.id === id)!.status);
  }
  return seen;
}

describe("a treaty", () => {
  it("is in force for exactly the turns agreed, from the turn it is agreed", () => {
    expect(statusByTurn(1, 4)).toEqual(["active", "expired", "expired", "expired"]);
    expect(statusByTurn(3, 4)).toEqual(["active", "active", "active", "expired"]);
  });

  it("runs at most to the end of the match", () => {
    let state = newMatch("capped", 3);
    state = advance(state);
    state = agree(state, 10);
    expect(state.treaties.at(-1)!.untilTurn).toBe(3);
    expect(statusByTurn(10, 3)).toEqual(["active", "active", "active"]);
  });

  it("revoked by one party is revoked for all, in public, after treaties agreed this turn come into force and the strikes have flown", () => {
    let state = advance(newMatch("order"));
    state = agree(state, 3);
    const agreed = state.treaties.at(-1)!.id;
    state = advance(state);
    state = must(state, "iraq", { type: "orders", orders: { strikes: [], support: [], posture: "watch", patrols: [], revoke: ["t3"] } }).state;
    state = advance(state);
    const resolution = state.log.filter((e) => e.kind === "treaty" && e.turn === 1 && e.phase === "resolution");
    expect(resolution.map((e) => (e.kind === "treaty" ? [e.treatyId, e.status] : null))).toEqual([
      [agreed, "active"],
      ["t3", "revoked"],
    ]);
    expect(resolution.every((e) => e.visibleTo === "all")).toBe(true);
  });

  it("once broken, can no longer be revoked, and is checked no more", () => {
    let state = advance(newMatch("broken"));
    state = must(state, "syria", { type: "propose", parties: ["iran"], terms: [{ kind: "support", pledger: "iran", faction: "regime", zones: ["damascus"], stance: "support", turns: 5 }], note: "" }).state;
    const id = state.proposals.at(-1)!.id;
    state = must(state, "iran", { type: "accept", proposal: id }).state;
    const treaty = state.treaties.at(-1)!.id;
    state = advanceTo(state, "report");
    expect(state.treaties.at(-1)!.status).toBe("broken");
    state = advanceTo(state, "orders");
    const refused = { type: "orders", orders: { strikes: [], support: [], posture: "watch", patrols: [], revoke: [treaty] } };
    expect(() => must(state, "iran", refused)).toThrow(/order\/treaty_not_in_force/);
    state = advanceTo(state, "report");
    expect(state.log.filter((e) => e.kind === "pledgeBroken")).toHaveLength(1);
    expect(state.powers.iran!.tracks.credibility).toBe(50 - 8);
  });
});

/**
 * The live objective statuses agree with the end-of-match scoring on every power, mid-match and
 * at the end; a view carries the seat's own statuses only; a forbidden event loses an objective
 * for good.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { canSee } from "../../shared/events";
import type { PowerId } from "../../shared/ids";
import { playBotMatch } from "../../shared/bots/self-play";
import { createMatch } from "../../shared/setup";
import { objectiveStatuses } from "../../shared/rules/objective-status";
import { scoreMatch } from "../../shared/rules/scoring";
import type { MatchState } from "../../shared/state";
import { viewForSeat } from "../../shared/view";

const levels = Object.fromEntries(CASPIAN_POWERS.map((p) => [p, "normal"])) as Record<PowerId, "normal">;

function agreesWithScoring(state: MatchState): void {
  const scores = scoreMatch(state);
  for (const power of CASPIAN_POWERS) {
    const statuses = objectiveStatuses(state, power);
    expect(statuses.map((s) => [s.id, s.standing === "met", s.points, s.secret])).toEqual(scores.details[power]!.map((r) => [r.id, r.met, r.points, r.secret]));
  }
}

describe("objective statuses", () => {
  it("equal scoreMatch on fresh and finished bot matches", () => {
    agreesWithScoring(createMatch({ scenarioId: "caspian-salvo", seed: "status-1" }));
    for (const seed of ["status-2", "status-3"]) {
      const { state } = playBotMatch({ seed, levels, turns: 3 });
      agreesWithScoring(state);
      expect(state.status).toBe("ended");
      for (const power of CASPIAN_POWERS) for (const s of objectiveStatuses(state, power)) expect(s.standing).not.toBe("notYet");
    }
  });

  it("a view holds the seat's own objectives, its secret one included, and no other power's", () => {
    const state = createMatch({ scenarioId: "caspian-salvo", seed: "status-4" });
    const view = viewForSeat(state, "iran");
    expect(Object.keys(view.objectives)).toEqual(["iran"]);
    const own = view.objectives.iran!;
    expect(own.filter((s) => s.secret).map((s) => s.id)).toEqual([state.powers.iran!.secretObjective]);
    expect(Object.keys(viewForSeat(state, "spectator").objectives)).toEqual([]);
    expect(Object.keys(viewForSeat(state, "facilitator").objectives).sort()).toEqual([...CASPIAN_POWERS].sort());
  });

  it("a clash loses a no-clash objective for good", () => {
    const state = createMatch({ scenarioId: "caspian-salvo", seed: "status-5" });
    const before = objectiveStatuses(state, "usa").find((s) => s.id === "usa-no-clash")!;
    expect(before.standing).toBe("met");
    state.log.push({ seq: 999, turn: 1, visibleTo: "all", kind: "shootDown", power: "usa", by: ["russia"], units: 1, strikeId: "x" } as never);
    expect(objectiveStatuses(state, "usa").find((s) => s.id === "usa-no-clash")!.standing).toBe("lost");
  });

  it("a view's log can start at an index (the mirror's incremental sync) and its objectives still read the whole log", () => {
    const { state } = playBotMatch({ seed: "status-6", levels, turns: 2 });
    const full = viewForSeat(state, "russia");
    const tail = viewForSeat(state, "russia", state.log.length - 5);
    // Russia's own numbering: the tail is the end of the full log, numbered the same.
    const seenInTail = state.log.slice(-5).filter((e) => canSee(e.visibleTo, "russia")).length;
    expect(tail.log).toEqual(full.log.slice(full.log.length - seenInTail));
    expect(tail.objectives).toEqual(full.objectives);
  });
});

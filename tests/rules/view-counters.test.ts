/** What a seat sees counts only what it may see: no id or sequence number gives hidden activity away. */
import { describe, expect, it } from "vitest";
import { canSee, viewForSeat } from "../../shared";
import type { MatchState } from "../../shared";
import { advance, must, newMatch } from "../support/play";

const intel = (members: string[]) => ({ kind: "intel", members, turns: 2 });

/** Turkey proposes to the US, after `hidden` proposals between Russia and Iran that Turkey cannot see. */
function play(hidden: number): MatchState {
  let state = advance(newMatch("counters"));
  for (let i = 0; i < hidden; i++) state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [intel(["russia", "iran"])], note: "" }).state;
  state = must(state, "turkey", { type: "propose", parties: ["usa"], terms: [intel(["turkey", "usa"])], note: "" }).state;
  state = must(state, "usa", { type: "accept", proposal: state.proposals.at(-1)!.id }).state;
  return advance(state);
}

describe("counters a seat sees", () => {
  it("number its own events 1, 2, 3…, whatever it may not see", () => {
    const state = play(3);
    for (const viewer of ["turkey", "iran", "spectator", "facilitator"] as const) {
      const log = viewForSeat(state, viewer).log;
      expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      expect(log.length).toBe(state.log.filter((e) => canSee(e.visibleTo, viewer)).length);
    }
  });

  it("are the same whether or not others made hidden proposals, apart from the ids' spelling", () => {
    const none = play(0);
    const three = play(3);
    const turkey = (state: MatchState) => {
      const view = viewForSeat(state, "turkey");
      const ids = [...view.proposals.map((p) => p.id), ...view.treaties.map((t) => t.id)];
      let text = JSON.stringify({ log: view.log, proposals: view.proposals, treaties: view.treaties });
      ids.forEach((id, i) => (text = text.replaceAll(id, `id${i}`)));
      return text;
    };
    expect(turkey(three)).toBe(turkey(none));
    expect(three.log.length).toBeGreaterThan(none.log.length);
  });

  it("proposal and treaty ids are not counts", () => {
    const state = play(3);
    const ids = [...state.proposals.map((p) => p.id), ...state.treaties.filter((t) => t.proposalId).map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[pt][0-9a-z]{8}$/);
  });

  it("a log read from an index keeps the viewer's numbering", () => {
    const state = play(2);
    const full = viewForSeat(state, "turkey").log;
    for (const from of [1, 5, state.log.length - 3]) {
      const tail = viewForSeat(state, "turkey", from).log;
      expect(tail).toEqual(full.slice(full.length - tail.length));
    }
  });
});

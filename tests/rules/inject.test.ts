import { describe, expect, it } from "vitest";
import { getScenario, viewForSeat } from "../../shared";
import type { GameEvent } from "../../shared/events";
import { newsByTurn } from "../../client/src/model/news";
import { must, newMatch, refused } from "../support/play";

const written = (headline: string, delta: number, to: string | null) => ({
  type: "inject",
  card: { headline, text: "", effects: [{ kind: "track", power: "usa", track: "prestige", delta }] },
  to,
});

const cardsOf = (log: readonly GameEvent[]) => log.flatMap((e) => (e.kind === "card" && e.injected ? [e] : []));
const causesOf = (log: readonly GameEvent[]) => log.flatMap((e) => (e.kind === "track" && e.power === "usa" && e.track === "prestige" ? [e.cause] : []));

describe("injected cards", () => {
  it("gives every card the facilitator writes its own id, and each effect's cause names its card", () => {
    let state = newMatch("inject-ids");
    state = must(state, "facilitator", written("One", 2, "usa")).state;
    state = must(state, "facilitator", written("Two", -3, "iran")).state;
    state = must(state, "facilitator", { type: "inject", card: { cardId: "ev-air-safety-memo" }, to: null }).state;
    const [one, two, deck] = cardsOf(state.log);
    expect(one!.cardId).toMatch(/^w\d+$/);
    expect(two!.cardId).toMatch(/^w\d+$/);
    expect(two!.cardId).not.toBe(one!.cardId);
    expect(deck!.cardId).toBe("ev-air-safety-memo");
    expect(causesOf(state.log).slice(0, 2)).toEqual([
      { code: "card", card: one!.cardId },
      { code: "card", card: two!.cardId },
    ]);
  });

  it("gives the same ids on a replay of the same commands, and none to a refused card", () => {
    const play = () => {
      let state = newMatch("inject-replay");
      const bad = { type: "inject", card: { headline: "Bad", text: "", effects: [{ kind: "civilians", zone: "gotham", delta: 5 }] }, to: null };
      expect(refused(state, "facilitator", bad).code).toBe("inject/unknown_zone");
      state = must(state, "facilitator", written("One", 2, null)).state;
      return cardsOf(state.log).map((c) => c.cardId);
    };
    expect(play()).toEqual(play());
    expect(play()).toEqual([`w${newMatch("inject-replay").nextId}`]);
  });

  it("credits a seat's news only with its own card's effects, when a hidden written card follows it", () => {
    let state = newMatch("inject-news");
    state = must(state, "facilitator", written("For the US", 2, "usa")).state;
    state = must(state, "facilitator", written("For Iran", -3, "iran")).state;
    const view = viewForSeat(state, "usa");
    const cards = newsByTurn(view.log, getScenario("caspian-salvo"), "usa").flatMap((t) => t.cards.filter((c) => c.injected));
    expect(cards.map((c) => c.headline)).toEqual(["For the US"]);
    expect(cards[0]!.forYou).toHaveLength(1);
    expect(cards[0]!.forYou[0]).toMatch(/^Prestige \+2/);
  });
});

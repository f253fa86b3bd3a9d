/** The end of resolution: quagmire and escalation's cooling off, read from the turn's events. */
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import type { MatchState } from "../../shared";
import { emit } from "../../shared/rules/record";
import { hadShootDown, settleTurnTracks } from "../../shared/rules/turn-tracks";
import { newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

function atResolution(escalation: number): MatchState {
  const state = newMatch("tracks");
  state.phase = "resolution";
  state.escalation = escalation;
  return state;
}

describe("escalation at the end of a turn", () => {
  it("falls after a turn without a shoot-down", () => {
    const state = atResolution(5);
    settleTurnTracks(state);
    expect(state.escalation).toBe(5 - scenario.escalation.decayPerQuietTurn);
  });

  it("does not fall after a turn with a shoot-down", () => {
    const state = atResolution(5);
    emit(state, { kind: "shootDown", power: "russia", by: ["turkey"], country: "792", strikeId: "s1", treatyId: null, units: 1 }, "all");
    expect(hadShootDown(state, 1)).toBe(true);
    settleTurnTracks(state);
    expect(state.escalation).toBe(5);
  });

  it("falls again when the shoot-down was in an earlier turn", () => {
    const state = atResolution(5);
    emit(state, { kind: "shootDown", power: "russia", by: ["turkey"], country: "792", strikeId: "s1", treatyId: null, units: 1 }, "all");
    state.turn = 2;
    expect(hadShootDown(state, 2)).toBe(false);
    settleTurnTracks(state);
    expect(state.escalation).toBe(5 - scenario.escalation.decayPerQuietTurn);
  });

  it("does not count interceptions of missiles as shoot-downs", () => {
    const state = atResolution(5);
    emit(state, { kind: "interception", power: "russia", by: ["iraq"], country: "368", source: "defences", strikeId: "s1", treatyId: null, units: 3, weapon: "missile" }, "all");
    settleTurnTracks(state);
    expect(state.escalation).toBe(5 - scenario.escalation.decayPerQuietTurn);
  });

  it("stays at the top, where open war follows", () => {
    const state = atResolution(scenario.escalation.max);
    settleTurnTracks(state);
    expect(state.escalation).toBe(scenario.escalation.max);
  });
});

describe("the quagmire", () => {
  it("takes prestige and legitimacy from every power above the line, each turn, down to the track's floor", () => {
    const state = atResolution(0);
    state.powers.usa!.tracks = { prestige: 2, legitimacy: 40, cost: scenario.tracks.quagmireLine + 0.5, credibility: 50 };
    state.powers.iran!.tracks.cost = scenario.tracks.quagmireLine;
    settleTurnTracks(state);
    expect(state.powers.usa!.tracks.prestige).toBe(0);
    expect(state.powers.usa!.tracks.legitimacy).toBe(40 - scenario.tracks.quagmireLegitimacyLoss);
    const iranBefore = newMatch("tracks").powers.iran!.tracks;
    expect(state.powers.iran!.tracks.prestige).toBe(iranBefore.prestige);
    expect(state.powers.iran!.tracks.legitimacy).toBe(iranBefore.legitimacy);
    const quagmire = state.log.filter((e) => e.kind === "track" && e.cause.code === "quagmire");
    expect(quagmire.map((e) => (e.kind === "track" ? [e.power, e.track, e.delta] : null))).toEqual([
      ["usa", "prestige", -2],
      ["usa", "legitimacy", -scenario.tracks.quagmireLegitimacyLoss],
    ]);
  });
});

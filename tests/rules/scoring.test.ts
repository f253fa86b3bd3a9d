/** Scoring at the end of the match: details per objective, totals, and the tests every objective uses. */
import { at } from "../../shared/at";
import { CASPIAN_POWERS } from "../support/caspian";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import type { ObjectiveTest } from "../../shared";
import { objectiveMet, testParts } from "../../shared/rules/objectives";
import { scoreMatch } from "../../shared/rules/scoring";
import { advance, must, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

/** Every kind of ObjectiveTest; the record makes the compiler insist on a complete list. */
const KINDS: Record<ObjectiveTest["kind"], true> = {
  controls: true, notControls: true, factionStrengthAtMost: true, factionStrengthAtLeast: true, factionStrengthIn: true,
  track: true, influence: true, overflightAtEnd: true, treatyWith: true, intelCell: true, nfz: true, noClash: true,
  airspaceRespected: true, noDetectedViolationOwn: true, strikesOverWithConsent: true, supportReceived: true, trackFromStart: true,
  strikesLanded: true, all: true,
};

describe("scoreMatch", () => {
  it("lists each power's public objectives, then its secret one, and totals the points of those met", () => {
    const state = newMatch("scores");
    const { totals, details } = scoreMatch(state);
    for (const power of CASPIAN_POWERS) {
      const ids = details[power]!.map((d) => d.id);
      expect(ids).toEqual([...scenario.powers[power]!.publicObjectives, at(state.powers, power).secretObjective]);
      expect(details[power]!.filter((d) => d.secret)).toHaveLength(1);
      for (const d of details[power]!) {
        const objective = scenario.objectives.find((o) => o.id === d.id)!;
        expect(d.points).toBe(objective.points);
        expect(d.secret).toBe(objective.secret);
      }
      expect(totals[power]).toBe(details[power]!.filter((d) => d.met).reduce((sum, d) => sum + d.points, 0));
    }
  });

  it("is what the end of the match announces", () => {
    let state = newMatch("announced", 1);
    while (state.status === "running") state = advance(state);
    const ended = state.log.at(-1)!;
    expect(ended.kind).toBe("matchEnded");
    expect(state.ending?.scores).toEqual(scoreMatch(state).totals);
    if (ended.kind === "matchEnded") expect(ended.scores).toEqual(scoreMatch(state).totals);
  });

  it("in open war, keeps half of each power's points (rounded down), and nothing for the power that drove the most escalation", () => {
    let state = newMatch("war");
    state = advance(advance(state));
    state = { ...state, escalation: scenario.escalation.max };
    state = advance(state);
    expect(state.ending?.reason).toBe("openWar");
    const totals = scoreMatch(state).totals;
    for (const power of CASPIAN_POWERS) expect(state.ending!.scores[power]).toBe(Math.floor(totals[power]! * scenario.escalation.openWarShare));
    expect(Object.values(totals).some((s) => s > 0)).toBe(true);

    const driven = newMatch("war");
    driven.escalation = scenario.escalation.max - 1;
    driven.log.push({ kind: "escalation", delta: 3, value: 9, cause: { code: "nfz/fired_on_patrols", power: "syria", treaty: "t1" }, by: "syria", against: "turkey", incident: "clash", seq: driven.nextSeq++, turn: 1, phase: "briefing", visibleTo: "all" });
    const ended = must(driven, "facilitator", { type: "inject", card: { headline: "War", text: "", effects: [{ kind: "escalation", delta: 5 }] }, to: null }).state;
    expect(ended.ending?.reason).toBe("openWar");
    expect(ended.ending!.scores.syria).toBe(0);
    expect(ended.ending!.scores.turkey).toBe(Math.floor(scoreMatch(ended).totals.turkey! * scenario.escalation.openWarShare));
  });

  it("ignores a secret objective that is not the power's own", () => {
    const state = newMatch("foreign");
    state.powers.usa!.secretObjective = "rus-no-nfz";
    expect(scoreMatch(state).details.usa!.some((d) => d.secret)).toBe(false);
  });

  it("can evaluate every objective of the scenario, for its own power, at any point of a match", () => {
    let state = newMatch("every");
    state = advance(state);
    state = must(state, "russia", { type: "propose", parties: ["iraq"], terms: [{ kind: "intel", members: ["russia", "iraq"], turns: 2 }], note: "" }).state;
    for (let i = 0; i < 6; i++) {
      for (const objective of scenario.objectives) expect(typeof objectiveMet(state, objective.power, objective.test)).toBe("boolean");
      state = advance(state);
    }
  });
});

describe("objective tests", () => {
  it("cover every kind, each used by the scenario", () => {
    const used = new Set(scenario.objectives.flatMap((o) => [o.test.kind, ...testParts(o.test).map((t) => t.kind)]));
    for (const kind of Object.keys(KINDS)) expect(used.has(kind as ObjectiveTest["kind"]), kind).toBe(true);
  });

  it("each have rule cases scoring them both met and not met", () => {
    const cases = JSON.parse(readFileSync(join(import.meta.dirname, "..", "cases", "scoring", "objectives.json"), "utf8")) as { covers: string }[];
    for (const kind of Object.keys(KINDS)) {
      const covering = cases.filter((c) => c.covers.split(" ").includes(kind));
      expect(covering.length, kind).toBeGreaterThanOrEqual(2);
    }
  });

  it("measure strength shares against the start of the match", () => {
    const state = newMatch("shares");
    const start = scenario.zones.reduce((sum, z) => sum + (z.strength.kurds ?? 0), 0);
    const test: ObjectiveTest = { kind: "factionStrengthAtMost", faction: "kurds", shareOfStart: 0.5 };
    expect(objectiveMet(state, "turkey", test)).toBe(false);
    for (const zone of Object.values(state.zones)) zone.strength.kurds = zone.strength.kurds! / 2;
    expect(objectiveMet(state, "turkey", test)).toBe(Object.values(state.zones).reduce((s, z) => s + z.strength.kurds!, 0) <= start / 2);
  });

  it("read a power's own tracks and influence", () => {
    const state = newMatch("own");
    state.powers.turkey!.influence["760"] = 35;
    expect(objectiveMet(state, "turkey", { kind: "influence", countries: ["760"], atLeast: 35 })).toBe(true);
    expect(objectiveMet(state, "usa", { kind: "influence", countries: ["760"], atLeast: 35 })).toBe(false);
    expect(objectiveMet(state, "iran", { kind: "influence", countries: ["999"], atLeast: 0 })).toBe(true);
    expect(objectiveMet(state, "iran", { kind: "influence", countries: ["999"], atLeast: 1 })).toBe(false);
  });
});

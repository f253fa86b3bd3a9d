import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { CAUSE_CODES, getScenario } from "../../shared";
import type { Cause, GameEvent } from "../../shared";
import { playBotMatch } from "../../shared/bots";
import { causeText, describeEvent, en, formatFor } from "../../shared/catalog";

const scenario = getScenario("caspian-salvo");
/** What a message must never show: a missing parameter, a placeholder, a raw object. */
const BROKEN = /undefined|null|NaN|\{|\}|\[object|unknown/;

const full: Required<Omit<Cause, "code">> = {
  zone: "idlib", faction: "isis", country: "792", asset: "caspian-flotilla", power: "turkey",
  treaty: "t5", card: "ev-air-safety-memo", units: 2, launched: 4, weapon: "missile", nfz: true,
};

describe("the catalog", () => {
  it.each(CAUSE_CODES.map((c) => [c]))("words cause %s with every parameter, and without the optional ones", (code) => {
    const text = causeText({ code, ...full }, scenario);
    expect(text).not.toMatch(BROKEN);
    expect(text.length).toBeGreaterThan(3);
    // Left out, a parameter takes its default (no country: international airspace), never "undefined".
    expect(causeText({ code }, scenario)).not.toMatch(/undefined|NaN|\{|\}|\[object/);
  });

  it("words causes with the scenario's names, plurals and defaults", () => {
    expect(causeText({ code: "strike/launched", asset: "caspian-flotilla", units: 26, weapon: "missile" }, scenario)).toBe("launched 26 missiles from Caspian Flotilla (4 ships)");
    expect(causeText({ code: "strike/landed", units: 1, launched: 1, zone: "idlib" }, scenario)).toBe("1 of 1 unit landed in Idlib");
    expect(causeText({ code: "interception/lost", units: 1, weapon: "missile" }, scenario)).toBe("1 missile brought down over international airspace");
    expect(causeText({ code: "card", card: "ev-air-safety-memo" }, scenario)).toBe("US and Russia sign an air-safety memorandum over Syria");
    expect(causeText({ code: "card" }, scenario)).toBe("the facilitator's inject");
    expect(causeText({ code: "airspace/violated", country: "792" }, scenario)).toBe("violated the airspace of Turkey");
    expect(causeText({ code: "airspace/violated_engaged", country: "792", power: "russia" }, scenario)).toBe("Russia violated the airspace of Turkey and was engaged");
  });

  it("names whose aircraft a shooter brought down from the other power of the raise", () => {
    const at = { seq: 1, turn: 1, phase: "resolution", visibleTo: "all" } as const;
    const cause: Cause = { code: "interception/shot_down", power: "turkey", units: 2, country: "792" };
    expect(describeEvent({ ...at, kind: "escalation", delta: 2, value: 5, cause, by: "russia", against: "turkey", incident: "clash" }, scenario)).toBe("Escalation +2 → 5 (Turkey shot down 2 aircraft of Russia over Turkey).");
  });

  it("words every event of bot matches at every level without a gap", () => {
    const kinds = new Set<string>();
    for (const level of ["easy", "normal", "hard"] as const) {
      const { state } = playBotMatch({ seed: `catalog-${level}`, levels: Object.fromEntries(CASPIAN_POWERS.map((p) => [p, level])) as Record<(typeof CASPIAN_POWERS)[number], typeof level> });
      for (const e of state.log as GameEvent[]) {
        kinds.add(e.kind);
        expect(describeEvent(e, scenario), JSON.stringify(e)).not.toMatch(BROKEN);
      }
    }
    for (const kind of ["track", "influence", "escalation", "strikeFlown", "impact", "card", "matchEnded"]) expect(kinds).toContain(kind);
  });

  it("formats numbers, plurals and lists in the messages' locale", () => {
    const f = formatFor("en-GB");
    expect(f.number(2590)).toBe("2,590");
    expect(f.signed(-1.5)).toBe("-1.5");
    expect(f.signed(2)).toBe("+2");
    expect(f.plural(1, { one: "# point", other: "# points" })).toBe("1 point");
    expect(f.plural(3, { one: "# point", other: "# points" })).toBe("3 points");
    expect(f.list(["Iran", "Iraq", "Syria"])).toBe("Iran, Iraq and Syria");
    // Another language is another Messages object: its locale formats the numbers.
    const at = { seq: 1, turn: 1, phase: "resolution", visibleTo: "all" } as const;
    const flown: GameEvent = { ...at, kind: "strikeFlown", strikeId: "k", power: "russia", asset: "caspian-flotilla", zone: "idlib", weapon: "missile", units: 26, route: [], lengthKm: 1424, inRange: true, claim: "isis", granted: [], violated: [], detectedOver: [] };
    expect(describeEvent(flown, scenario)).toContain("1,424 km");
    expect(describeEvent(flown, scenario, { ...en, locale: "de-DE" })).toContain("1.424 km");
  });
});

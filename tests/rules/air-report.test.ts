/** The turn report of the air war: who sees which event, and how it reads. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario, viewForSeat } from "../../shared";
import { describeEvent } from "../../shared/catalog";
import type { GameEvent, MatchState, PowerId } from "../../shared";
import { advance, advanceTo, must, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");
const ROUTE_2015 = [[49.8, 37.6], [44.5, 36.2]];
const orders = (strikes: unknown[], extra: Record<string, unknown> = {}) => ({ type: "orders", orders: { strikes, support: [], posture: "watch", patrols: [], revoke: [], ...extra } });
const kalibr = (waypoints: number[][]) => ({ id: "k", asset: "caspian-flotilla", zone: "idlib", faction: "rebels", units: 26, waypoints, claim: "isis" });

/** Russia's salvo on Idlib, with rights from the given grantors, resolved to the report. */
function salvo(grantors: PowerId[], waypoints: number[][], seed = "report"): MatchState {
  let state = advance(newMatch(seed));
  const terms = grantors.map((grantor) => ({ kind: "overflight", grantor, grantee: "russia", scope: "both", turns: 5 }));
  state = must(state, "russia", { type: "propose", parties: grantors, terms, note: "" }).state;
  const id = state.proposals.at(-1)!.id;
  for (const grantor of grantors) state = must(state, grantor, { type: "accept", proposal: id }).state;
  state = advanceTo(state, "orders");
  state = must(state, "russia", orders([kalibr(waypoints)])).state;
  return advanceTo(state, "report");
}

function seen(state: MatchState, viewer: PowerId | "spectator", kind: GameEvent["kind"]): GameEvent[] {
  return viewForSeat(state, viewer).log.filter((e) => e.turn === state.turn && e.kind === kind);
}

describe("the air war's report", () => {
  it("tells everyone of the claim, the route only to those who saw it, the impact to those who could see it", () => {
    const state = salvo(["iran", "iraq", "syria"], ROUTE_2015);
    for (const viewer of [...CASPIAN_POWERS, "spectator"] as const) {
      expect(seen(state, viewer, "claim"), viewer).toHaveLength(1);
      expect(seen(state, viewer, "strikeFlown").length, viewer).toBe(["russia", "iran", "iraq", "syria"].includes(viewer) ? 1 : 0);
      expect(seen(state, viewer, "impact").length, viewer).toBe(["russia", "usa", "syria"].includes(viewer) ? 1 : 0);
    }
  });

  it("keeps an undetected violation the flyer's secret, and makes a detected one public", () => {
    // Over Armenia (a neutral that ignores flights) and on across Turkey.
    const state = salvo(["syria"], [[44.8, 40.0]], "report-straight");
    const armenia = state.log.find((e) => e.kind === "violation" && e.country === "051")!;
    expect(armenia).toMatchObject({ detected: false, visibleTo: ["russia"] });
    for (const viewer of CASPIAN_POWERS) {
      expect(seen(state, viewer, "violation").some((e) => e.kind === "violation" && e.country === "051"), viewer).toBe(viewer === "russia");
    }
    const turkey = state.log.find((e) => e.kind === "violation" && e.country === "792")!;
    expect(turkey).toMatchObject({ detected: true, visibleTo: "all" });
    expect(seen(state, "turkey", "strikeFlown")).toHaveLength(1);
  });

  it("reads well: every air-war event of a busy turn describes itself in words", () => {
    let state = advance(newMatch("busy"));
    state = must(state, "turkey", { type: "propose", parties: ["usa"], terms: [{ kind: "nfz", zones: ["aleppo", "idlib", "raqqa", "hasakah"], pledges: { turkey: 3, usa: 1 }, exempt: [], turns: 3 }], note: "" }).state;
    state = must(state, "usa", { type: "accept", proposal: state.proposals.at(-1)!.id }).state;
    const nfz = state.treaties.at(-1)!.id;
    state = advanceTo(state, "orders");
    state = must(state, "turkey", orders([], { patrols: [{ treaty: nfz, units: 2 }] })).state;
    state = must(state, "usa", orders([], { patrols: [{ treaty: nfz, units: 1 }] })).state;
    state = must(state, "syria", orders([{ id: "b", asset: "syr-shayrat", zone: "idlib", faction: "rebels", units: 4, waypoints: [], claim: "isis" }], { posture: "engage" })).state;
    state = must(state, "russia", orders([kalibr([]), { id: "s", asset: "hmeimim", zone: "aleppo", faction: "rebels", units: 4, waypoints: [[36.3, 36.6]], claim: "isis" }])).state;
    state = must(state, "iran", orders([{ id: "q", asset: "irn-kermanshah", zone: "anbar", faction: "isis", units: 3, waypoints: [], claim: "isis" }])).state;
    state = must(state, "facilitator", { type: "inject", card: { headline: "Ships in port", text: "", effects: [{ kind: "stock", asset: "irn-kermanshah", delta: -6 }] }, to: null }).state;
    state = advanceTo(state, "report");
    const kinds = new Set<string>();
    for (const event of state.log.filter((e) => e.turn === state.turn)) {
      const text = describeEvent(event, scenario);
      kinds.add(event.kind);
      expect(text.length, event.kind).toBeGreaterThan(10);
      expect(text, event.kind).not.toMatch(/undefined|null|NaN|\[object/);
    }
    for (const kind of ["claim", "strikeFlown", "violation", "impact", "nfzStatus", "pledgeBroken", "strikeAborted"]) expect(kinds, kind).toContain(kind);
  });

  it("writes the report's headline as the brief has it: claimed one faction, hit another, in the zone", () => {
    const state = salvo(["iran", "iraq", "syria"], ROUTE_2015);
    const impact = state.log.find((e) => e.kind === "impact")!;
    expect(describeEvent(impact, scenario)).toMatch(/^Russia's strike on Idlib: claimed Islamic State, hit Syrian rebels \(−\d+(\.\d)?\).*: the claim is false\. 26 of 26 landed/);
    const flown = state.log.find((e) => e.kind === "strikeFlown")!;
    expect(describeEvent(flown, scenario)).toBe("Russia flew 26 missiles from Caspian Flotilla (4 ships) to Idlib, 1,424 km over Iran, Iraq and Syria with consent.");
  });
});

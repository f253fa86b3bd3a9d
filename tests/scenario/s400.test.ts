/**
 * The S-400 at Hmeimim (shared/rules/area-defence.ts): from its turn, with Russia's posture at
 * engage, it fires at strikes that enter Syrian airspace without Syria's consent within its
 * radius; before its turn, or with Russia watching, it fires at nothing (Russia still sees the
 * flight when watching); a flight with Syria's consent is left alone.
 */
import { describe, expect, it } from "vitest";
import type { MatchState } from "../../shared";
import { caspianSalvo as s } from "../../shared/scenario/caspian-salvo";
import { runCase } from "../support/rule-case";
import type { CaseCommand } from "../support/rule-case";

const site = s.areaDefence.find((d) => d.id === "hmeimim-s400")!;
const SEEDS = ["s400-a", "s400-b", "s400-c", "s400-d", "s400-e"];

/** US F-16s from Incirlik on Aleppo (about 110 km from Hmeimim), Syria's own defences open. */
function usStrike(seed: string, turn: number, russia: "engage" | "watch", extra: CaseCommand[] = []): MatchState {
  return runCase({
    name: `S-400 ${seed} turn ${turn} ${russia}`,
    covers: "area defence",
    seed,
    at: "orders",
    before: { turn, powers: { russia: { posture: russia }, syria: { posture: "open" } } },
    commands: [
      ...extra,
      { actor: "russia", command: { type: "orders", orders: { strikes: [], support: [], posture: russia, patrols: [], revoke: [] } } },
      { actor: "syria", command: { type: "orders", orders: { strikes: [], support: [], posture: "open", patrols: [], revoke: [] } } },
      { actor: "usa", command: { type: "orders", orders: { strikes: [{ id: "f16", asset: "us-incirlik", zone: "aleppo", faction: "isis", units: 6, waypoints: [], claim: "isis" }], support: [], posture: "watch", patrols: [], revoke: [] } } },
      { actor: "system", command: { type: "advance" } },
    ],
    expect: {},
  });
}

function byRussia(state: MatchState): number {
  return state.log.reduce((sum, e) => sum + (e.kind === "interception" && e.by.includes("russia") && e.power === "usa" ? e.units : 0), 0);
}

describe("the S-400 at Hmeimim", () => {
  it("fires at strikes violating Syrian airspace within its radius once in service, with Russia engaging", () => {
    let downed = 0;
    for (const seed of SEEDS) {
      const state = usStrike(seed, site.fromTurn, "engage");
      downed += byRussia(state);
      for (const e of state.log) if (e.kind === "interception" && e.by.includes("russia")) expect(e).toMatchObject({ country: "760", source: "defences", weapon: "aircraft" });
    }
    // 30 aircraft at 0.4 each: about 12.
    expect(downed).toBeGreaterThan(5);
    expect(downed).toBeLessThan(20);
  });

  it("raises escalation between the US and Russia for the aircraft it brings down", () => {
    const state = SEEDS.map((seed) => usStrike(seed, site.fromTurn, "engage")).find((st) => byRussia(st) > 0)!;
    expect(state.log.some((e) => e.kind === "shootDown" && e.by.includes("russia") && e.power === "usa")).toBe(true);
    expect(state.log.some((e) => e.kind === "escalation" && e.by === "usa" && e.against === "russia")).toBe(true);
  });

  it("fires at nothing before its turn", () => {
    for (const seed of SEEDS) expect(byRussia(usStrike(seed, site.fromTurn - 1, "engage"))).toBe(0);
  });

  it("only watches while Russia's posture is watch, and Russia sees the flight", () => {
    for (const seed of SEEDS) {
      const state = usStrike(seed, site.fromTurn, "watch");
      expect(byRussia(state)).toBe(0);
      const flown = state.log.find((e) => e.kind === "strikeFlown" && e.power === "usa");
      expect(flown?.visibleTo).toContain("russia");
    }
  });

  it("leaves a flight with Syria's consent alone", () => {
    for (const seed of SEEDS) {
      const state = runCase({
        name: `S-400 consent ${seed}`,
        covers: "area defence",
        seed,
        at: "diplomacy",
        before: { turn: site.fromTurn, powers: { russia: { posture: "engage" }, syria: { posture: "open" } } },
        commands: [
          { actor: "usa", command: { type: "propose", parties: ["syria"], terms: [{ kind: "overflight", grantor: "syria", grantee: "usa", scope: "aircraft", turns: 1 }], note: "" } },
          { actor: "syria", command: { type: "accept", proposal: "p4" } },
          { actor: "system", command: { type: "advance" } },
          { actor: "russia", command: { type: "orders", orders: { strikes: [], support: [], posture: "engage", patrols: [], revoke: [] } } },
          { actor: "usa", command: { type: "orders", orders: { strikes: [{ id: "f16", asset: "us-incirlik", zone: "aleppo", faction: "isis", units: 6, waypoints: [], claim: "isis" }], support: [], posture: "watch", patrols: [], revoke: [] } } },
          { actor: "system", command: { type: "advance" } },
        ],
        expect: {},
      });
      expect(byRussia(state)).toBe(0);
    }
  });
});

/**
 * The 2015 salvo from the flotilla's position in the south-western Caspian: the corridor south to
 * Iran and west over Iraq crosses only Iran, Iraq and Syria (never Azerbaijan), is about the
 * 1,500 km Moscow reported, and played through the rules with Iran's, Iraq's and Syria's consent it
 * is what happened: 26 Kalibr, no interception, claimed as the Islamic State, rebels hit in the west.
 */
import { describe, expect, it } from "vitest";
import { planRoute } from "../../shared/geo/plan-route";
import type { CountryId } from "../../shared/ids";
import { caspianSalvo as s } from "../../shared/scenario/caspian-salvo";
import type { LonLat } from "../../shared/scenario/types";
import { runCase } from "../support/rule-case";
import { caspianGrid } from "../support/caspian";

const flotilla = s.assets.find((a) => a.id === "caspian-flotilla")!;
const kalibr = s.weapons[flotilla.weapon]!;
/** Off Iran's Gilan coast, then over north-western Iran into Iraqi Kurdistan: the route of the MoD's map. */
const CORRIDOR: LonLat[] = [[49.8, 37.6], [44.5, 36.2]];
const TARGETS = ["idlib", "aleppo", "raqqa"] as const;

function crossed(waypoints: readonly LonLat[], zone: string): { countries: (CountryId | null)[]; lengthKm: number; inRange: boolean } {
  const target = s.zones.find((z) => z.id === zone)!.lonLat;
  const plan = planRoute({ grid: caspianGrid(), origin: flotilla.lonLat, waypoints, target, rangeKm: kalibr.rangeKm, rightsIn: () => "none" });
  return { countries: plan.airspaces.map((a) => a.country), lengthKm: plan.lengthKm, inRange: plan.inRange };
}

describe("the 2015 salvo's route from the flotilla", () => {
  it("starts in the open Caspian, south-west of the Absheron peninsula and north of Iran", () => {
    const [lon, lat] = flotilla.lonLat;
    expect(lat).toBeGreaterThan(38.5);
    expect(lat).toBeLessThan(40.3);
    expect(lon).toBeGreaterThan(49.5);
    expect(lon).toBeLessThan(51.5);
  });

  it("goes south over the Caspian to Iran's coast without touching any country", () => {
    expect(crossed([], "idlib").countries[0]).toBeNull();
    const south = planRoute({ grid: caspianGrid(), origin: flotilla.lonLat, waypoints: [], target: CORRIDOR[0]!, rangeKm: kalibr.rangeKm, rightsIn: () => "none" });
    expect(south.airspaces.map((a) => a.country)).toEqual([null]);
  });

  for (const zone of TARGETS) {
    it(`reaches ${zone} over Iran, Iraq and Syria only, about 1,500 km`, () => {
      const route = crossed(CORRIDOR, zone);
      expect(route.inRange).toBe(true);
      expect(route.countries).toEqual([null, "364", "368", "760"]);
      expect(route.countries).not.toContain("031");
      expect(route.lengthKm).toBeGreaterThan(1150);
      expect(route.lengthKm).toBeLessThan(1600);
    });
  }

  it("would cross Azerbaijan on the straight line, so the corridor is a choice (the test can tell)", () => {
    expect(crossed([], "idlib").countries).toContain("031");
  });
});

describe("the 2015 salvo through the rules", () => {
  for (const seed of ["7-october-2015", "a", "b", "c", "d"]) {
    it(`flies 26 Kalibr with consent, unintercepted, claimed IS, hitting rebels in the west (seed ${seed})`, () => {
      const state = runCase({
        name: `salvo ${seed}`,
        covers: "fidelity",
        seed,
        at: "diplomacy",
        commands: [
          { actor: "russia", command: { type: "propose", parties: ["iran", "iraq", "syria"], terms: [
            { kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 },
            { kind: "overflight", grantor: "iraq", grantee: "russia", scope: "missiles", turns: 3 },
            { kind: "overflight", grantor: "syria", grantee: "russia", scope: "missiles", turns: 3 },
          ], note: "A corridor over the Caspian, Iran and Iraq for the salvo." } },
          { actor: "iran", command: { type: "accept", proposal: "p4" } },
          { actor: "iraq", command: { type: "accept", proposal: "p4" } },
          { actor: "syria", command: { type: "accept", proposal: "p4" } },
          { actor: "system", command: { type: "advance" } },
          { actor: "russia", command: { type: "orders", orders: {
            strikes: [
              { id: "salvo-idlib", asset: "caspian-flotilla", zone: "idlib", faction: "rebels", units: 9, waypoints: CORRIDOR, claim: "isis" },
              { id: "salvo-aleppo", asset: "caspian-flotilla", zone: "aleppo", faction: "rebels", units: 9, waypoints: CORRIDOR, claim: "isis" },
              { id: "salvo-raqqa", asset: "caspian-flotilla", zone: "raqqa", faction: "isis", units: 8, waypoints: CORRIDOR, claim: "isis" },
            ],
            support: [], posture: "watch", patrols: [], revoke: [],
          } } },
          { actor: "system", command: { type: "advance" } },
        ],
        expect: {
          state: { "assets.caspian-flotilla.stock": 0 },
          absent: [{ kind: "violation" }, { kind: "interception" }, { kind: "strikeAborted" }],
        },
      });
      const flown = state.log.filter((e) => e.kind === "strikeFlown");
      expect(flown.reduce((sum, e) => sum + (e.kind === "strikeFlown" ? e.units : 0), 0)).toBe(26);
      for (const e of flown) {
        if (e.kind !== "strikeFlown") continue;
        expect(e.granted).toEqual(["364", "368", "760"]);
        expect(e.violated).toEqual([]);
        expect(e.claim).toBe("isis");
      }
      const impacts = state.log.filter((e) => e.kind === "impact");
      expect(impacts.reduce((sum, e) => sum + (e.kind === "impact" ? e.landed : 0), 0)).toBe(26);
      const west = impacts.filter((e) => e.kind === "impact" && (e.zone === "idlib" || e.zone === "aleppo"));
      expect(west.length).toBe(2);
      const total: Record<string, number> = {};
      for (const e of west) {
        if (e.kind !== "impact") continue;
        expect(e.falseClaim, `${e.zone}: claimed IS, hit others`).toBe(true);
        for (const [faction, hit] of Object.entries(e.hit)) total[faction] = (total[faction] ?? 0) + (hit ?? 0);
      }
      const most = Math.max(...Object.values(total));
      expect(total.rebels, JSON.stringify(total)).toBe(most);
    });
  }
});

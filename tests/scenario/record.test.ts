/**
 * Caspian Salvo against the public record of autumn 2015: the cards' turns by the deck's own
 * dating (turn n is the week from 7 Oct + 7(n-1) days), the platforms there when they were,
 * the S-400, and Turkey's no-fly zone where Turkey asked for it.
 */
import { describe, expect, it } from "vitest";
import { createMatch } from "../../shared";
import { distanceKm } from "../../shared/geo/great-circle";
import { applyEffect } from "../../shared/rules/effects";
import { caspianSalvo as s } from "../../shared/scenario/caspian-salvo";
import type { LonLat } from "../../shared/scenario/types";

const DAY_MS = 24 * 3600 * 1000;
const START = Date.UTC(2015, 9, 7);

/** The turn whose week holds a date of autumn 2015 (month 1–12). */
function turnOf(month: number, day: number): number {
  return Math.max(1, Math.floor((Date.UTC(2015, month - 1, day) - START) / DAY_MS / 7) + 1);
}

function card(id: string) {
  const found = s.events.find((e) => e.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

describe("Caspian Salvo against the record", () => {
  it("dates the deck's weeks as its header says", () => {
    expect(turnOf(10, 7)).toBe(1);
    expect(turnOf(10, 13)).toBe(1);
    expect(turnOf(10, 14)).toBe(2);
    expect(turnOf(11, 24)).toBe(7);
    expect(turnOf(11, 25)).toBe(8);
  });

  it("announces each dated event in the week it happened", () => {
    const dated: [string, number, number][] = [
      ["ev-turkish-warning", 10, 5], // before the first week: announced in turn 1
      ["ev-air-safety-memo", 10, 20],
      ["ev-vienna", 10, 30],
      ["ev-sinjar", 11, 13],
      ["ev-resolution-2249", 11, 20],
      ["ev-second-salvo", 11, 20],
      ["ev-turkmen-mountain", 11, 24], // the Su-24 shoot-down
      ["ev-s400-hmeimim", 11, 26],
      ["ev-sanctions-turkey", 11, 28],
      ["ev-mediterranean-kalibr", 12, 8],
    ];
    for (const [id, month, day] of dated) expect(card(id).turn, id).toBe(turnOf(month, day));
  });

  it("takes the US carrier away the turn after Theodore Roosevelt left the Gulf (8 October)", () => {
    const carrier = s.assets.find((a) => a.id === "us-carrier")!;
    expect(carrier.resupply).toBe(0);
    const leaves = card("ev-carrier-leaves");
    expect(leaves.turn).toBe(turnOf(10, 8) + 1);
    expect(leaves.effects).toContainEqual({ kind: "stock", asset: "us-carrier", delta: -carrier.stock });
    const state = createMatch({ scenarioId: s.id, seed: "carrier" });
    for (const effect of leaves.effects) applyEffect(state, effect, { code: "card", card: leaves.id });
    expect(state.assets["us-carrier"]!.stock).toBe(0);
  });

  it("rearms the flotilla to at least the 18 it fired on 20 November, never above the 26 it sailed with", () => {
    const rearm = card("ev-second-salvo");
    const flotilla = s.assets.find((a) => a.id === "caspian-flotilla")!;
    expect(flotilla.stock).toBe(26);
    for (const before of [0, 5, 12, 20, 26]) {
      const state = createMatch({ scenarioId: s.id, seed: "rearm" });
      state.assets["caspian-flotilla"]!.stock = before;
      for (const effect of rearm.effects) applyEffect(state, effect, { code: "card", card: rearm.id });
      const after = state.assets["caspian-flotilla"]!.stock;
      expect(after, `from ${before}`).toBeGreaterThanOrEqual(18);
      expect(after, `from ${before}`).toBeLessThanOrEqual(26);
    }
  });

  it("brings the S-400 into service at Hmeimim the week it arrived, after the shoot-down card", () => {
    const site = s.areaDefence.find((d) => d.id === "hmeimim-s400")!;
    expect(site.owner).toBe("russia");
    expect(site.fromTurn).toBe(turnOf(11, 26));
    expect(site.fromTurn).toBeGreaterThan(card("ev-turkmen-mountain").turn!);
    expect(site.radiusKm).toBe(400);
    expect(site.intercept.missile).toBeLessThan(site.intercept.aircraft);
    expect(site.source).toMatch(/S-400/);
  });

  it("puts Turkey's no-fly zone over the Jarablus–Azaz strip: the zone nearest both towns, and no zone east of the Euphrates", () => {
    const towns: LonLat[] = [[38.0111, 36.8175], [37.0463, 36.5866]]; // Jarablus, Azaz
    const nearest = (p: LonLat) => s.zones.filter((z) => z.country === "760").reduce((a, b) => (distanceKm(a.lonLat, p) <= distanceKm(b.lonLat, p) ? a : b)).id;
    const north = s.zones.filter((z) => z.north).map((z) => z.id);
    expect(north.sort()).toEqual([...new Set(towns.map(nearest))].sort());
    expect(north).not.toContain("raqqa");
    expect(north).not.toContain("hasakah");
  });

  it("attributes Russia's bases in Syria to the right agreements, and cites every added fact", () => {
    const sources = s.sources.join("\n");
    expect(sources).toMatch(/Tartus[^\n]*1971/);
    expect(sources).toMatch(/26 August 2015/);
    for (const fact of [/Theodore Roosevelt/, /memorandum[^\n]*20 October 2015/, /S-400/, /28 November 2015/, /Mediterranean/, /Jarablus/, /south-western Caspian/]) {
      expect(sources).toMatch(fact);
    }
  });
});

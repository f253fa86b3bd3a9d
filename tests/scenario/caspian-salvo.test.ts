import { at } from "../../shared/at";
import { CASPIAN_POWERS, CASPIAN_FACTIONS, caspianGrid } from "../support/caspian";
import { describe, it, expect } from "vitest";
import { NEUTRAL_POLICIES, POSTURES, TRACKS, WEAPON_KINDS } from "../../shared/ids";
import type { FactionId, PowerId } from "../../shared/ids";
import { airspaceAt } from "../../shared/geo/airspace";
import { distanceKm } from "../../shared/geo/great-circle";
import { caspianSalvo as s } from "../../shared/scenario/caspian-salvo";
import type { Effect, LonLat, ObjectiveTest } from "../../shared/scenario/types";
import type { Term } from "../../shared/terms";
import { testParts } from "../../shared/rules/objectives";

const zoneIds = new Set(s.zones.map((z) => z.id));
const assetIds = new Set(s.assets.map((a) => a.id));
const countryIds = new Set(s.countries.map((c) => c.id));
const isFaction = (f: string): boolean => (CASPIAN_FACTIONS as readonly string[]).includes(f);
const isPowerId = (p: string): boolean => (CASPIAN_POWERS as readonly string[]).includes(p);

function inTheatre([lon, lat]: LonLat): boolean {
  return lon >= 24 && lon <= 62 && lat >= 24 && lat <= 50;
}
function isChance(x: number): boolean {
  return Number.isFinite(x) && x >= 0 && x <= 1;
}
function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
function unique<T>(items: readonly T[]): boolean {
  return new Set(items).size === items.length;
}

/** Every zone, faction, power and country an objective test names. */
function testRefs(test: ObjectiveTest): { zones: string[]; factions: string[]; powers: string[]; countries: string[] } {
  const refs = { zones: [] as string[], factions: [] as string[], powers: [] as string[], countries: [] as string[] };
  if (test.kind === "all") {
    for (const part of test.tests.map(testRefs)) for (const key of Object.keys(refs) as (keyof typeof refs)[]) refs[key].push(...part[key]);
    return refs;
  }
  if ("factions" in test) refs.factions.push(...test.factions);
  if ("zones" in test) refs.zones.push(...test.zones);
  if ("faction" in test) refs.factions.push(test.faction);
  if ("countries" in test) refs.countries.push(...test.countries);
  if ("over" in test) refs.countries.push(test.over);
  if ("grantor" in test) refs.powers.push(test.grantor, test.grantee);
  if ("partners" in test) refs.powers.push(...test.partners);
  if ("with" in test) refs.powers.push(test.with);
  if ("flyer" in test) refs.powers.push(test.flyer);
  if ("from" in test) refs.powers.push(...test.from);
  return refs;
}

describe("Caspian Salvo scenario data", () => {
  it("has the basics", () => {
    expect(s.id).toBe("caspian-salvo");
    expect(s.defaultTurns).toBe(10);
    for (const timers of [s.timers.lesson, s.timers.online]) {
      for (const seconds of Object.values(timers)) expect(seconds).toBeGreaterThan(0);
    }
    expect(s.timers.online.diplomacy).toBeGreaterThan(s.timers.lesson.diplomacy);
    expect(s.sources.length).toBeGreaterThan(0);
  });

  it("has unique ids everywhere", () => {
    expect(unique(s.zones.map((z) => z.id))).toBe(true);
    expect(unique(s.assets.map((a) => a.id))).toBe(true);
    expect(unique(s.countries.map((c) => c.id))).toBe(true);
    expect(unique(s.objectives.map((o) => o.id))).toBe(true);
    expect(unique(s.events.map((e) => e.id))).toBe(true);
    expect(unique(CASPIAN_POWERS.map((p) => at(s.powers, p).short))).toBe(true);
  });

  it("uses zero-padded ISO numeric country ids and knows every airspace of the map grid", () => {
    for (const c of s.countries) {
      expect(c.id, c.name).toMatch(/^\d{3}$/);
      expect((NEUTRAL_POLICIES as readonly string[]).includes(c.policy), c.name).toBe(true);
      expect(isChance(c.defence), c.name).toBe(true);
    }
    for (const id of caspianGrid().countries) expect(countryIds.has(id), `grid country ${id}`).toBe(true);
  });

  it("gives each power exactly its home country, and owned countries only to their power", () => {
    for (const p of CASPIAN_POWERS) {
      const home = s.countries.find((c) => c.id === at(s.powers, p).homeCountry);
      expect(home?.owner, p).toBe(p);
    }
    for (const c of s.countries) {
      if (c.owner !== null) expect(at(s.powers, c.owner).homeCountry, c.name).toBe(c.id);
    }
    for (const id of ["643", "840", "364", "368", "792", "760"]) expect(countryIds.has(id)).toBe(true);
    const neutrals = ["031", "051", "268", "795", "398", "422", "400", "376", "196", "682", "414", "818"];
    for (const id of neutrals) expect(s.countries.find((c) => c.id === id)?.owner, id).toBeNull();
  });

  it("tracks influence in known countries, including the crescent", () => {
    for (const id of ["760", "368", "364", "792", "422"]) expect(s.influenceCountries).toContain(id);
    for (const id of s.influenceCountries) expect(countryIds.has(id), id).toBe(true);
    for (const p of CASPIAN_POWERS) {
      const power = s.powers[p];
      expect(Object.keys(power!.influence).sort(), p).toEqual([...s.influenceCountries].sort());
      for (const v of Object.values(power!.influence)) expect(v >= s.tracks.min && v <= s.tracks.max, p).toBe(true);
    }
  });

  it("sets powers' numbers within range", () => {
    for (const p of CASPIAN_POWERS) {
      const power = s.powers[p];
      expect(power!.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(power!.short).toMatch(/^[A-Z]{3}$/);
      expect(power!.brief.length).toBeGreaterThan(20);
      for (const t of TRACKS) {
        const v = power!.tracks[t];
        expect(v >= s.tracks.min && v <= s.tracks.max, `${p} ${t}`).toBe(true);
      }
      expect(power!.tracks.cost, p).toBeLessThan(s.tracks.quagmireLine);
      expect(isChance(power!.intel), p).toBe(true);
      expect(Number.isInteger(power!.patrolUnits) && power!.patrolUnits >= 0, p).toBe(true);
      expect(Number.isInteger(power!.supportPoints) && power!.supportPoints >= 0, p).toBe(true);
    }
  });

  it("keeps all colours distinct and apart", () => {
    const colours = [...CASPIAN_POWERS.map((p) => at(s.powers, p).color), ...CASPIAN_FACTIONS.map((f) => at(s.factions, f).color)];
    for (const c of colours) expect(c).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(unique(colours.map((c) => c.toLowerCase()))).toBe(true);
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const [a, b] = [rgb(colours[i]!), rgb(colours[j]!)];
        const d = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(d, `${colours[i]} vs ${colours[j]}`).toBeGreaterThan(60);
      }
    }
  });

  it("has factions whose enmities are known and mutual", () => {
    for (const f of CASPIAN_FACTIONS) {
      const faction = s.factions[f];
      expect(faction!.enemies).not.toContain(f);
      for (const e of faction!.enemies) {
        expect(isFaction(e), `${f} -> ${e}`).toBe(true);
        expect(at(s.factions, e).enemies, `${e} should fight ${f} back`).toContain(f);
      }
    }
    expect([...s.factions.isis!.enemies].sort()).toEqual(CASPIAN_FACTIONS.filter((f) => f !== "isis").sort());
  });

  it("places zones at real coordinates with sane strengths and a consistent control", () => {
    expect(s.zones.length).toBeGreaterThanOrEqual(12);
    for (const z of s.zones) {
      expect(z.id).toMatch(/^[a-z]+$/);
      expect(inTheatre(z.lonLat), z.id).toBe(true);
      expect(countryIds.has(z.country), z.id).toBe(true);
      expect(airspaceAt(caspianGrid(), z.lonLat), `${z.id} lies in its country`).toBe(z.country);
      expect(z.civilians, z.id).toBeGreaterThan(0);
      const entries = Object.entries(z.strength) as [FactionId, number][];
      for (const [f, v] of entries) {
        expect(isFaction(f), `${z.id} ${f}`).toBe(true);
        expect(v >= 0 && v <= 100, `${z.id} ${f}`).toBe(true);
      }
      const total = entries.reduce((sum, [, v]) => sum + v, 0);
      expect(total, z.id).toBeGreaterThan(0);
      if (z.control !== null) {
        expect(isFaction(z.control), z.id).toBe(true);
        expect((z.strength[z.control] ?? 0) / total, `${z.id} controller's share`).toBeGreaterThanOrEqual(s.combat.controlShare);
      } else {
        for (const [f, v] of entries) expect(v / total, `${z.id}: ${f} would control`).toBeLessThan(s.combat.controlShare);
      }
      if (z.north) expect(z.country, z.id).toBe("760");
    }
  });

  it("makes northern Syria's no-fly zone (the Jarablus–Azaz strip, in the Aleppo zone) one that Turkey and the US can fly together", () => {
    const north = s.zones.filter((z) => z.north).map((z) => z.id).sort();
    expect(north).toEqual(["aleppo"]);
    const needed = north.length * s.nfz.patrolsPerZone;
    expect(s.powers.turkey!.patrolUnits + s.powers.usa!.patrolUnits).toBeGreaterThanOrEqual(needed);
  });

  it("has weapons with sane numbers", () => {
    for (const [id, w] of Object.entries(s.weapons)) {
      expect((WEAPON_KINDS as readonly string[]).includes(w.kind), id).toBe(true);
      expect(w.rangeKm, id).toBeGreaterThan(0);
      expect(w.speedKmh, id).toBeGreaterThan(0);
      expect(w.damage, id).toBeGreaterThan(0);
      expect(w.collateral, id).toBeGreaterThanOrEqual(0);
    }
    expect(s.weapons.kalibr?.rangeKm).toBe(2500);
    expect(s.weapons.kalibr?.kind).toBe("missile");
  });

  it("has assets where they really stand, in reach of something", () => {
    for (const a of s.assets) {
      expect(isPowerId(a.owner), a.id).toBe(true);
      expect(inTheatre(a.lonLat), a.id).toBe(true);
      const weapon = s.weapons[a.weapon];
      expect(weapon, a.id).toBeDefined();
      if (a.hostCountry !== null) expect(countryIds.has(a.hostCountry), a.id).toBe(true);
      expect(airspaceAt(caspianGrid(), a.lonLat), `${a.id} stands where its host country says`).toBe(a.hostCountry);
      if (a.kind === "ship" || a.kind === "carrier") expect(a.hostCountry, a.id).toBeNull();
      for (const n of [a.stock, a.capacity, a.resupply]) expect(Number.isInteger(n) && n >= 0, a.id).toBe(true);
      expect(a.capacity, a.id).toBeGreaterThan(0);
      expect(a.capacity, a.id).toBeLessThanOrEqual(Math.max(a.stock, a.resupply));
      const reachable = s.zones.filter((z) => distanceKm(a.lonLat, z.lonLat) <= weapon!.rangeKm);
      expect(reachable.length, `${a.id} reaches some zone`).toBeGreaterThan(0);
    }
    for (const p of CASPIAN_POWERS) expect(s.assets.some((a) => a.owner === p), p).toBe(true);
    const flotilla = s.assets.find((a) => a.id === "caspian-flotilla");
    expect(flotilla?.weapon).toBe("kalibr");
    expect(flotilla?.stock).toBe(26);
    expect(flotilla?.hostCountry).toBeNull();
  });

  it("starts with treaties between real parties, covering the assets on foreign soil", () => {
    const terms: readonly Term[] = s.treaties;
    for (const t of terms) expect(t.turns, t.kind).toBeGreaterThan(0);
    for (const a of s.assets) {
      const host = s.countries.find((c) => c.id === a.hostCountry)?.owner ?? null;
      if (host === null || host === a.owner) continue;
      const based = terms.some((t) => t.kind === "basing" && t.host === host && t.guest === a.owner);
      expect(based, `${a.id} has ${host}'s basing consent at start`).toBe(true);
    }
  });

  it("gives every power valid public objectives and two or three secret options of its own", () => {
    const byId = new Map(s.objectives.map((o) => [o.id, o]));
    for (const p of CASPIAN_POWERS) {
      const power = s.powers[p];
      expect(power!.publicObjectives.length, p).toBeGreaterThan(0);
      expect(power!.secretObjectives.length, p).toBeGreaterThanOrEqual(2);
      expect(power!.secretObjectives.length, p).toBeLessThanOrEqual(3);
      for (const id of power!.publicObjectives) {
        expect(byId.get(id)?.power, id).toBe(p);
        expect(byId.get(id)?.secret, id).toBe(false);
      }
      for (const id of power!.secretObjectives) {
        expect(byId.get(id)?.power, id).toBe(p);
        expect(byId.get(id)?.secret, id).toBe(true);
      }
    }
    const listed = new Set(CASPIAN_POWERS.flatMap((p) => [...s.powers[p]!.publicObjectives, ...s.powers[p]!.secretObjectives]));
    for (const o of s.objectives) expect(listed.has(o.id), `${o.id} is listed by its power`).toBe(true);
  });

  it("has objectives with valid points and references", () => {
    for (const o of s.objectives) {
      const prefix: Record<PowerId, string> = { russia: "rus-", usa: "usa-", iran: "irn-", iraq: "irq-", turkey: "tur-", syria: "syr-" };
      expect(o.id.startsWith(prefix[o.power]!), o.id).toBe(true);
      expect(o.text.length, o.id).toBeGreaterThan(10);
      if (o.secret) expect(o.points >= 3 && o.points <= 5, o.id).toBe(true);
      else expect(o.points >= 2 && o.points <= 4, o.id).toBe(true);
      const refs = testRefs(o.test);
      for (const z of refs.zones) expect(zoneIds.has(z), `${o.id} zone ${z}`).toBe(true);
      for (const f of refs.factions) expect(isFaction(f), `${o.id} faction ${f}`).toBe(true);
      for (const p of refs.powers) expect(isPowerId(p), `${o.id} power ${p}`).toBe(true);
      for (const c of refs.countries) expect(countryIds.has(c), `${o.id} country ${c}`).toBe(true);
      for (const t of testParts(o.test)) {
        if ("shareOfStart" in t) expect(t.shareOfStart >= 0 && t.shareOfStart <= 2, o.id).toBe(true);
        if (t.kind === "track" || t.kind === "influence" || t.kind === "factionStrengthIn") {
          for (const v of [("atLeast" in t ? t.atLeast : undefined), ("atMost" in t ? t.atMost : undefined)]) {
            if (v !== undefined) expect(v >= s.tracks.min && v <= s.tracks.max, o.id).toBe(true);
          }
        }
      }
    }
  });

  it("covers every objective of the design brief", () => {
    const kinds = (p: PowerId): string[] => s.objectives.filter((o) => o.power === p).flatMap((o) => testParts(o.test).map((t) => t.kind));
    expect(kinds("russia")).toEqual(expect.arrayContaining(["controls", "track", "overflightAtEnd", "intelCell", "nfz"]));
    expect(kinds("usa")).toEqual(expect.arrayContaining(["factionStrengthAtMost", "overflightAtEnd", "noClash", "nfz", "controls"]));
    expect(kinds("iran")).toEqual(expect.arrayContaining(["controls", "factionStrengthAtLeast", "noDetectedViolationOwn", "influence", "strikesOverWithConsent"]));
    expect(kinds("iraq")).toEqual(expect.arrayContaining(["notControls", "treatyWith", "airspaceRespected"]));
    expect(kinds("turkey")).toEqual(expect.arrayContaining(["nfz", "factionStrengthAtMost", "controls", "airspaceRespected"]));
    expect(kinds("syria")).toEqual(expect.arrayContaining(["controls", "nfz", "supportReceived"]));
  });

  it("has an event deck whose effects resolve", () => {
    expect(s.events.length).toBeGreaterThanOrEqual(12);
    expect(s.events.some((e) => e.turn === null)).toBe(true);
    for (const e of s.events) {
      if (e.turn !== null) expect(Number.isInteger(e.turn) && e.turn >= 1 && e.turn <= s.defaultTurns, e.id).toBe(true);
      expect(e.headline.length, e.id).toBeGreaterThan(0);
      for (const effect of e.effects as readonly Effect[]) {
        if ("power" in effect) expect(isPowerId(effect.power), e.id).toBe(true);
        if ("zone" in effect) expect(zoneIds.has(effect.zone), e.id).toBe(true);
        if ("faction" in effect) expect(isFaction(effect.faction), e.id).toBe(true);
        if ("country" in effect) expect(countryIds.has(effect.country), e.id).toBe(true);
        if ("asset" in effect) expect(assetIds.has(effect.asset), e.id).toBe(true);
        expect(Number.isFinite(effect.delta), e.id).toBe(true);
      }
    }
  });

  it("has rule numbers in their ranges", () => {
    for (const posture of POSTURES) {
      for (const kind of WEAPON_KINDS) {
        expect(isChance(s.airDefence.detect[posture][kind])).toBe(true);
        expect(isChance(s.airDefence.intercept[posture][kind])).toBe(true);
      }
    }
    expect(s.airDefence.detect.open).toEqual({ missile: 0, aircraft: 0 });
    expect(s.airDefence.intercept.watch).toEqual({ missile: 0, aircraft: 0 });
    // Cruise missiles are far harder to catch than aircraft.
    expect(s.airDefence.intercept.engage.missile).toBeLessThan(s.airDefence.intercept.engage.aircraft);
    expect(s.airDefence.detect.watch.missile).toBeLessThan(s.airDefence.detect.watch.aircraft);
    for (const x of [s.nfz.interceptAircraft, s.nfz.interceptMissile, s.nfz.civilianProtection]) expect(isChance(x)).toBe(true);
    expect(s.nfz.patrolsPerZone).toBeGreaterThan(0);
    for (const x of [s.combat.attrition, s.combat.controlShare, s.combat.covertDetection]) expect(isChance(x)).toBe(true);
    expect(s.combat.strengthPerSupportPoint).toBeGreaterThan(0);
    const e = s.escalation;
    expect(e.start >= 0 && e.start < e.max).toBe(true);
    expect(e.max).toBe(10);
    for (const x of [e.shootDown, e.violationEngaged, e.violationDetected, e.fireOnPatrol, e.decayPerQuietTurn]) expect(x >= 0 && x <= e.max).toBe(true);
    const t = s.tracks;
    expect(t.min).toBe(0);
    expect(t.max).toBe(100);
    expect(t.quagmireLine > t.min && t.quagmireLine < t.max).toBe(true);
    for (const [k, v] of Object.entries(t)) expect(Number.isFinite(v) && v >= 0, k).toBe(true);
  });
});

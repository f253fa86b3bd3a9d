/**
 * Gulf 2019 as data: its airspaces cover its own baked grid, its places stand where the record
 * puts them, every id it names is its own, and its bots play it to the end with no refused command.
 */
import { describe, expect, it } from "vitest";
import { at } from "../../shared/at";
import { playBotMatch } from "../../shared/bots/self-play";
import { airspaceAt } from "../../shared/geo/airspace";
import { distanceKm } from "../../shared/geo/great-circle";
import { airspaceOf } from "../../shared/geo/maps";
import { getScenario, SCENARIOS } from "../../shared/scenario";
import { gulf2019 as s } from "../../shared/scenario/gulf-2019";
import { factionIds, powerIds } from "../../shared/scenario/ids-of";
import type { LonLat } from "../../shared/scenario/types";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { checkScenarioFile } from "../../shared/scenario/schema";

const grid = () => airspaceOf(s);
const POWERS = powerIds(s);
const FACTIONS = factionIds(s);

/** [longitude, latitude]: city centres as GeoNames gives them, aerodromes at their published reference point. */
const REFERENCES: Record<string, { place: string; lonLat: LonLat; maxKm?: number }> = {
  saada: { place: "Sa'dah, city centre", lonLat: [43.76393, 16.94021] },
  sanaa: { place: "Sanaa, city centre", lonLat: [44.20667, 15.35472] },
  hodeidah: { place: "Al Hudaydah, city centre", lonLat: [42.95452, 14.79781] },
  taiz: { place: "Taiz, city centre", lonLat: [44.02091, 13.57952] },
  marib: { place: "Marib, town centre", lonLat: [45.32581, 15.46253] },
  // Crater, Aden's old centre, stands on a peninsula Natural Earth's 50 m coast does not draw: the nearest land is 4.5 km away.
  aden: { place: "Aden, city centre", lonLat: [45.03667, 12.77944], maxKm: 5 },
  shabwa: { place: "Ataq, town centre", lonLat: [46.83187, 14.53767] },
  jurf: { place: "Jurf al-Sakhar", lonLat: [44.11667, 32.86667] },
  qaim: { place: "Al-Qa'im, town centre", lonLat: [41.08, 34.37] },
  diyala: { place: "Baqubah, city centre", lonLat: [44.64366, 33.74659] },
  "us-udeid": { place: "Al Udeid Air Base", lonLat: [51.315, 25.1173] },
  "irn-ahvaz": { place: "Ahvaz, city centre", lonLat: [48.6706, 31.3183] },
  "irn-hormozgan": { place: "Bandar Abbas, city centre", lonLat: [56.2666, 27.1832] },
  "irn-bushehr": { place: "Bushehr air base", lonLat: [50.8346, 28.9448] },
  "sau-khamis": { place: "King Khalid Air Base", lonLat: [42.8035, 18.2973] },
  "sau-prince-sultan": { place: "Prince Sultan Air Base", lonLat: [47.5805, 24.0627] },
  "uae-dhafra": { place: "Al Dhafra Air Base", lonLat: [54.5477, 24.2482] },
  "uae-assab": { place: "Assab airport", lonLat: [42.645, 13.0718] },
  "irq-balad": { place: "Balad air base", lonLat: [44.3616, 33.9402] },
};

describe("Gulf 2019", () => {
  it("is shipped, with other powers than Caspian Salvo, and its own map", () => {
    expect(getScenario("gulf-2019")).toBe(s);
    expect(Object.keys(SCENARIOS)).toContain("gulf-2019");
    expect(POWERS).toEqual(["usa", "iran", "saudi", "uae", "iraq"]);
    expect(POWERS).not.toEqual(powerIds(caspianSalvo));
    expect(s.map.id).toBe("gulf-2019");
    expect(grid()).not.toBe(airspaceOf(caspianSalvo));
  });

  it("knows every airspace of its grid, and gives each power exactly its home country", () => {
    const ids = new Set(s.countries.map((c) => c.id));
    for (const id of grid().countries) expect(ids.has(id), `grid country ${id}`).toBe(true);
    for (const p of POWERS) expect(s.countries.find((c) => c.id === at(s.powers, p).homeCountry)?.owner, p).toBe(p);
    for (const c of s.countries) if (c.owner !== null) expect(at(s.powers, c.owner).homeCountry, c.name).toBe(c.id);
    for (const p of POWERS) for (const c of s.influenceCountries) expect(at(s.powers, p).influence[c], `${p} ${c}`).toBeGreaterThanOrEqual(0);
  });

  it("puts each zone and land platform within 3 km of the real place, in its country", () => {
    for (const z of s.zones) {
      const ref = REFERENCES[z.id];
      expect(ref, z.id).toBeDefined();
      expect(distanceKm(z.lonLat, ref!.lonLat), `${z.id}: ${ref!.place}`).toBeLessThanOrEqual(ref!.maxKm ?? 3);
      expect(airspaceAt(grid(), z.lonLat), `${z.id} lies in its country`).toBe(z.country);
    }
    for (const a of s.assets) {
      expect(airspaceAt(grid(), a.lonLat), `${a.id} stands where its host country says`).toBe(a.hostCountry);
      if (a.hostCountry === null) continue;
      const ref = REFERENCES[a.id];
      expect(ref, a.id).toBeDefined();
      expect(distanceKm(a.lonLat, ref!.lonLat), `${a.id}: ${ref!.place}`).toBeLessThanOrEqual(3);
    }
    for (const site of s.areaDefence) expect(airspaceAt(grid(), site.lonLat), site.id).toBe(site.hostCountry);
  });

  it("names only its own powers, factions, zones and assets, and sources every card", () => {
    const zones = new Set(s.zones.map((z) => z.id));
    const assets = new Set(s.assets.map((a) => a.id));
    for (const z of s.zones) for (const f of Object.keys(z.strength)) expect(FACTIONS, z.id).toContain(f);
    for (const [f, setup] of Object.entries(s.factions)) for (const e of setup.enemies) expect(at(s.factions, e).enemies, `${e} fights ${f} back`).toContain(f);
    for (const a of s.assets) {
      expect(POWERS, a.id).toContain(a.owner);
      expect(s.weapons[a.weapon], a.id).toBeDefined();
    }
    for (const o of s.objectives) {
      expect(POWERS, o.id).toContain(o.power);
      const listed = o.secret ? at(s.powers, o.power).secretObjectives : at(s.powers, o.power).publicObjectives;
      expect(listed, o.id).toContain(o.id);
    }
    for (const p of POWERS) for (const id of [...at(s.powers, p).publicObjectives, ...at(s.powers, p).secretObjectives]) expect(s.objectives.some((o) => o.id === id), id).toBe(true);
    for (const card of s.events) {
      for (const e of card.effects) {
        if ("power" in e) expect(POWERS, card.id).toContain(e.power);
        if ("zone" in e) expect(zones.has(e.zone), card.id).toBe(true);
        if ("faction" in e) expect(FACTIONS, card.id).toContain(e.faction);
        if ("asset" in e) expect(assets.has(e.asset), card.id).toBe(true);
      }
    }
    expect(s.events.filter((c) => c.turn !== null).map((c) => c.turn)).toEqual([1, 1, 1, 3, 3, 4, 5, 6, 7, 7, 7, 8, 9]);
    expect(s.sources.length).toBeGreaterThanOrEqual(10);
  });

  it("plays to the end with bots at every level, every command accepted, every power scored", () => {
    for (const level of ["easy", "normal", "hard"] as const) {
      const { state, sent, refused } = playBotMatch({ seed: `gulf-${level}`, scenarioId: s.id, levels: Object.fromEntries(POWERS.map((p) => [p, level])) });
      expect(state.status, level).toBe("ended");
      expect(refused, level).toEqual([]);
      expect(sent, level).toBeGreaterThan(20);
      expect(Object.keys(state.powers), level).toEqual(POWERS);
      // The bots strike and make deals in this scenario too.
      expect(state.log.some((e) => e.kind === "strikeFlown"), level).toBe(true);
      expect(state.treaties.length, level).toBeGreaterThan(s.treaties.length);
    }
  });

  it("is a base for a teacher's file: its own powers and ids, its map and bots kept, others' refused by field", () => {
    const good = checkScenarioFile({ format: 1, base: "gulf-2019", name: "Gulf variant", powers: { saudi: { intel: 0.6 } }, zones: [{ id: "aden", strength: { stc: 50, "yemeni-govt": 30 }, control: "stc" }] });
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.scenario.map).toBe(s.map);
    expect(good.scenario.bots).toBe(s.bots);
    expect(good.scenario.powers.saudi!.intel).toBe(0.6);
    const bad = checkScenarioFile({ format: 1, base: "gulf-2019", name: "Gulf variant", powers: { russia: { intel: 0.6 } }, zones: [{ id: "aleppo", civilians: 5 }] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.some((e) => e.startsWith("powers.russia"))).toBe(true);
    expect(bad.errors.some((e) => e.startsWith("zones[0]") || e.startsWith("zones.0"))).toBe(true);
  });
});

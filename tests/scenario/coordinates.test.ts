/**
 * Caspian Salvo's places against the real ones: every zone within 3 km of its city's centre
 * (GeoNames), every platform on land within 3 km of its aerodrome (published aerodrome
 * coordinates) or town, and the S-400 at Hmeimim.
 */
import { describe, expect, it } from "vitest";
import { distanceKm } from "../../shared/geo/great-circle";
import { caspianSalvo as s } from "../../shared/scenario/caspian-salvo";
import type { LonLat } from "../../shared/scenario/types";

const MAX_KM = 3;

/** [longitude, latitude], degrees east and north: city centres as GeoNames gives them. */
const ZONE_REFERENCES: Record<string, { place: string; lonLat: LonLat }> = {
  aleppo: { place: "Aleppo, city centre", lonLat: [37.16117, 36.20124] },
  idlib: { place: "Idlib, city centre", lonLat: [36.63393, 35.93062] },
  latakia: { place: "Latakia, city centre", lonLat: [35.79011, 35.53168] },
  hama: { place: "Hama, city centre", lonLat: [36.75783, 35.13179] },
  homs: { place: "Homs, city centre", lonLat: [36.72339, 34.72682] },
  damascus: { place: "Damascus, city centre", lonLat: [36.29128, 33.5102] },
  palmyra: { place: "Palmyra (Tadmur), town centre", lonLat: [38.26739, 34.56041] },
  raqqa: { place: "Raqqa, city centre", lonLat: [39.00788, 35.95283] },
  deirezzor: { place: "Deir ez-Zor, city centre", lonLat: [40.14084, 35.33588] },
  hasakah: { place: "Al-Hasakah, city centre", lonLat: [40.74229, 36.50237] },
  mosul: { place: "Mosul, city centre", lonLat: [43.11889, 36.335] },
  anbar: { place: "Ramadi, city centre", lonLat: [43.30778, 33.42056] },
  kirkuk: { place: "Kirkuk, city centre", lonLat: [44.39222, 35.46806] },
};

/**
 * Platforms on land: the aerodrome's published reference point (its aeronautical listing), or the
 * town's centre. Ships and carriers at sea are checked in salvo-route.test.ts and caspian-salvo.test.ts.
 */
const ASSET_REFERENCES: Record<string, { place: string; lonLat: LonLat }> = {
  hmeimim: { place: "Hmeimim air base (Bassel al-Assad airport)", lonLat: [35.9487, 35.4011] },
  mozdok: { place: "Mozdok air base", lonLat: [44.6067, 43.7883] },
  "us-incirlik": { place: "Incirlik air base", lonLat: [35.4259, 37.0021] },
  "tur-diyarbakir": { place: "Diyarbakir air base", lonLat: [40.201, 37.8939] },
  "syr-shayrat": { place: "Shayrat air base", lonLat: [36.9089, 34.4903] },
  "irn-kermanshah": { place: "Kermanshah, city centre", lonLat: [47.065, 34.31417] },
  "irn-hamadan": { place: "Shahid Nojeh air base, north of Hamadan", lonLat: [48.6533, 35.2117] },
  "irq-balad": { place: "Balad air base", lonLat: [44.3616, 33.9402] },
};

describe("Caspian Salvo's coordinates", () => {
  it("has a reference for every zone and every platform on land", () => {
    expect(s.zones.map((z) => z.id).sort()).toEqual(Object.keys(ZONE_REFERENCES).sort());
    const onLand = s.assets.filter((a) => a.hostCountry !== null).map((a) => a.id).sort();
    expect(onLand).toEqual(Object.keys(ASSET_REFERENCES).sort());
  });

  for (const [id, ref] of Object.entries(ZONE_REFERENCES)) {
    it(`places zone ${id} within ${MAX_KM} km of ${ref.place}`, () => {
      const zone = s.zones.find((z) => z.id === id)!;
      expect(distanceKm(zone.lonLat, ref.lonLat)).toBeLessThanOrEqual(MAX_KM);
    });
  }

  for (const [id, ref] of Object.entries(ASSET_REFERENCES)) {
    it(`places ${id} within ${MAX_KM} km of ${ref.place}`, () => {
      const asset = s.assets.find((a) => a.id === id)!;
      expect(distanceKm(asset.lonLat, ref.lonLat)).toBeLessThanOrEqual(MAX_KM);
    });
  }

  it("stands the S-400 at Hmeimim, with the Russian air group", () => {
    const site = s.areaDefence.find((d) => d.id === "hmeimim-s400")!;
    expect(distanceKm(site.lonLat, ASSET_REFERENCES.hmeimim!.lonLat)).toBeLessThanOrEqual(MAX_KM);
    expect(site.hostCountry).toBe("760");
  });

  it("checks against references that are themselves far enough apart to tell places apart", () => {
    // A wrong reference table (every place the same point) would let every zone pass.
    const refs = Object.values(ZONE_REFERENCES).map((r) => r.lonLat);
    for (let i = 0; i < refs.length; i++) for (let j = i + 1; j < refs.length; j++) expect(distanceKm(refs[i]!, refs[j]!)).toBeGreaterThan(30);
  });
});

/** Test helper: the Natural Earth 50m countries as GeoJSON polygons with bounding boxes, for geoContains. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface CountryPolygon {
  id: string;
  polygon: Polygon;
  bbox: [number, number, number, number];
}

/** Same mapping as the bake: Northern Cyprus's airspace is Cyprus's (Nicosia FIR). */
const ID_FOR_NAME: Record<string, string> = { "N. Cyprus": "196", Kosovo: "XKX" };

function loadPolygons(): CountryPolygon[] {
  const path = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const out: CountryPolygon[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const id = f.id === undefined ? ID_FOR_NAME[f.properties.name] : String(f.id);
    const g = f.geometry;
    if (id === undefined || !g) continue;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    for (const coordinates of polygons) {
      const xs = (coordinates[0] ?? []).map((p) => p[0]!);
      const ys = (coordinates[0] ?? []).map((p) => p[1]!);
      // Padded: a great-circle edge bulges slightly beyond its vertices' box.
      const bbox: [number, number, number, number] = [Math.min(...xs) - 0.1, Math.min(...ys) - 0.1, Math.max(...xs) + 0.1, Math.max(...ys) + 0.1];
      out.push({ id, polygon: { type: "Polygon", coordinates }, bbox });
    }
  }
  return out;
}

let polygons: CountryPolygon[] | undefined;

/** Every 50m country polygon (outer ring then holes, closed), with its padded bounding box. */
export function countryPolygons(): readonly CountryPolygon[] {
  polygons ??= loadPolygons();
  return polygons;
}

/** The country whose 50m polygon contains the point by d3's spherical geoContains, or null. */
export function countryByGeoContains(lonLat: readonly [number, number]): string | null {
  polygons ??= loadPolygons();
  const [x, y] = lonLat;
  for (const p of polygons) {
    const [x0, y0, x1, y1] = p.bbox;
    if (x < x0 || x > x1 || y < y0 || y > y1) continue;
    if (geoContains(p.polygon, [x, y])) return p.id;
  }
  return null;
}

/** A small seeded generator (mulberry32) so sampled tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Test helper: the km a route spends in each country, computed exactly on the sphere from the
 * 50m polygons: every crossing of a route leg (a great circle) with a polygon edge (a great
 * circle between two vertices, as d3 reads it) is found by vector algebra, and each stretch
 * between two crossings is classified by d3's geoContains at its middle.
 */
import { geoInterpolate } from "d3-geo";
import { EARTH_RADIUS_KM } from "../../shared/geo/great-circle";
import type { LonLat } from "../../shared/geo/great-circle";
import { countryByGeoContains, countryPolygons } from "./world-atlas";

type Vec = [number, number, number];

const RADIANS = Math.PI / 180;

function vec([lon, lat]: readonly number[]): Vec {
  const l = lon! * RADIANS;
  const p = lat! * RADIANS;
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

function cross(a: Vec, b: Vec): Vec {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function dot(a: Vec, b: Vec): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function angle(a: Vec, b: Vec): number {
  const c = cross(a, b);
  return Math.atan2(Math.sqrt(dot(c, c)), dot(a, b));
}

interface Edge {
  p: Vec;
  q: Vec;
  n: Vec;
  box: [number, number, number, number];
}

let edges: Edge[] | undefined;

function allEdges(): Edge[] {
  if (edges) return edges;
  edges = [];
  for (const { polygon } of countryPolygons()) {
    for (const ring of polygon.coordinates) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[i + 1]!;
        if (a[0] === b[0] && a[1] === b[1]) continue;
        const p = vec(a);
        const q = vec(b);
        const pad = 0.05;
        edges.push({
          p,
          q,
          n: cross(p, q),
          box: [Math.min(a[0]!, b[0]!) - pad, Math.min(a[1]!, b[1]!) - pad, Math.max(a[0]!, b[0]!) + pad, Math.max(a[1]!, b[1]!) + pad],
        });
      }
    }
  }
  return edges;
}

/** Fractions of the way from a to b where the leg crosses a polygon edge. */
function crossings(a: LonLat, b: LonLat): number[] {
  const va = vec(a);
  const vb = vec(b);
  const nLeg = cross(va, vb);
  const total = angle(va, vb);
  const pad = 0.5;
  const [x0, y0, x1, y1] = [Math.min(a[0], b[0]) - pad, Math.min(a[1], b[1]) - pad, Math.max(a[0], b[0]) + pad, Math.max(a[1], b[1]) + pad];
  const out: number[] = [];
  for (const e of allEdges()) {
    if (e.box[2] < x0 || e.box[0] > x1 || e.box[3] < y0 || e.box[1] > y1) continue;
    const line = cross(nLeg, e.n);
    const len = Math.sqrt(dot(line, line));
    if (len < 1e-15) continue;
    for (const s of [1, -1]) {
      const x: Vec = [(s * line[0]) / len, (s * line[1]) / len, (s * line[2]) / len];
      // On both arcs: between their ends (each arc is far shorter than half a circle).
      if (dot(cross(va, x), nLeg) < 0 || dot(cross(x, vb), nLeg) < 0) continue;
      if (dot(cross(e.p, x), e.n) < 0 || dot(cross(x, e.q), e.n) < 0) continue;
      out.push(angle(va, x) / total);
    }
  }
  return out.sort((u, v) => u - v);
}

/** Km per country (null: international airspace) along the great-circle legs through `points`. */
export function exactKmByCountry(points: readonly LonLat[]): Map<string | null, number> {
  const km = new Map<string | null, number>();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const legKm = angle(vec(a), vec(b)) * EARTH_RADIUS_KM;
    if (legKm === 0) continue;
    const along = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
    const cuts = [0, ...crossings(a, b), 1];
    for (let j = 0; j + 1 < cuts.length; j++) {
      const t0 = cuts[j]!;
      const t1 = cuts[j + 1]!;
      if (t1 <= t0) continue;
      const country = countryByGeoContains(along((t0 + t1) / 2));
      km.set(country, (km.get(country) ?? 0) + (t1 - t0) * legKm);
    }
  }
  return km;
}

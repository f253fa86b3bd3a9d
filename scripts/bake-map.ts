/**
 * Bakes Natural Earth 50m countries (world-atlas) into the map data the game ships, for each
 * shipped scenario's map box (`Scenario.map`):
 *  - shared/scenario/<id>/airspace-grid.json: who owns the airspace of each 0.02° cell, and the
 *    borders and coasts themselves with the country on each side, for exact crossings (rules);
 *  - assets/map/<id>.json: projected, simplified country outlines and the projection (client).
 * Deterministic: same input, same bytes. Run with `npm run bake`.
 */
import { encodeRing } from "../client/src/map/outline-codec";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { geoClipRectangle, geoConicConformal, geoContains, geoInterpolate, geoStream } from "d3-geo";
import type { GeoProjection, GeoStream } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { SCENARIOS } from "../shared/scenario";
import type { Bounds, MapBox } from "../shared/scenario/types";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ATLAS = resolve(ROOT, "node_modules/world-atlas/countries-50m.json");
const gridOut = (id: string) => resolve(ROOT, `shared/scenario/${id}/airspace-grid.json`);
const countriesOut = (id: string) => resolve(ROOT, `assets/map/${id}.json`);

const CELLS_PER_DEGREE = 50;
const WORLD = { width: 2000, height: 1400 };
// The map box being baked, one scenario's at a time (set by main).
let GRID: Bounds & { cellsPerDegree: number };
let DISPLAY: Bounds;
let PLAY_AREA: Bounds;
let PROJECTION: { parallels: [number, number]; rotate: [number, number] };
/** Douglas-Peucker tolerance in world pixels, and the smallest island worth drawing (px²). */
const SIMPLIFY_PX = 0.2;
const MIN_RING_AREA_PX2 = 2;

/**
 * Natural Earth features without an ISO numeric id. Northern Cyprus lies in the Nicosia FIR
 * and is recognised only by Turkey, so its airspace counts as Cyprus's; Somaliland, recognised by
 * no state, lies in Somalia's (Mogadishu FIR); Kosovo is only drawn.
 */
const ID_FOR_NAME: Readonly<Record<string, string>> = { "N. Cyprus": "196", Kosovo: "XKX", Somaliland: "706" };

interface CountryShape {
  id: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function main(): void {
  const topology = JSON.parse(readFileSync(ATLAS, "utf8")) as CountriesTopology;
  const absolute = withAbsoluteArcs(topology);
  const countries = countryShapes(absolute);
  for (const scenario of Object.values(SCENARIOS)) {
    if (scenario.map.id !== scenario.id) throw new Error(`${scenario.id}: a shipped scenario's map is its own (map.id ${scenario.map.id})`);
    const box = scenario.map;
    GRID = { ...box.grid, cellsPerDegree: CELLS_PER_DEGREE };
    DISPLAY = box.display;
    PLAY_AREA = box.playArea;
    PROJECTION = { parallels: [...box.projection.parallels], rotate: [...box.projection.rotate] };

    const grid = bakeGrid(absolute);
    writeOut(gridOut(box.id), gridJson(grid));

    const projection = fittedProjection();
    const simplified = countryShapes(simplifyArcs(absolute, projection));
    const shown = countries.filter(intersectsDisplay).map((c) => c.id);
    const drawn = simplified.filter((c) => shown.includes(c.id)).map((c) => drawnCountry(c, projection));
    writeOut(countriesOut(box.id), countriesJson(projection, drawn.filter((c) => c.polygons.length > 0)));
  }
}

// ---------------------------------------------------------------- topology

/** Decodes the quantized, delta-encoded arcs into plain lon/lat arcs. */
function withAbsoluteArcs(topology: CountriesTopology): CountriesTopology {
  const t = topology.transform;
  if (!t) return topology;
  const [kx, ky] = t.scale;
  const [dx, dy] = t.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([qx, qy]) => {
      x += qx ?? 0;
      y += qy ?? 0;
      return [x * kx + dx, y * ky + dy];
    });
  });
  return { type: "Topology", objects: topology.objects, arcs, bbox: topology.bbox };
}

/** One shape per country id, merging features that share an id (Cyprus and N. Cyprus). */
function countryShapes(topology: CountriesTopology): CountryShape[] {
  const groups = new Map<string, GeometryObject<{ name: string }>[]>();
  for (const g of topology.objects.countries.geometries) {
    const name = nameOf(g) ?? "";
    const id = g.id === undefined ? ID_FOR_NAME[name] : String(g.id);
    if (id === undefined || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
    groups.set(id, [...(groups.get(id) ?? []), g]);
  }
  const shapes: CountryShape[] = [];
  for (const [id, geometries] of groups) {
    const first = geometries[0]!;
    const named = geometries.find((g) => g.id !== undefined) ?? first;
    const name = nameOf(named) ?? id;
    const geometry =
      geometries.length === 1
        ? (feature(topology, first) as Feature<Polygon | MultiPolygon>).geometry
        : merge(topology, geometries as Parameters<typeof merge>[1]);
    shapes.push({ id, name, geometry });
  }
  return shapes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function nameOf(g: GeometryObject<{ name: string }>): string | undefined {
  return (g.properties as { name?: string } | undefined)?.name;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

// ---------------------------------------------------------------- airspace grid

interface Grid {
  cols: number;
  rows: number;
  ids: string[];
  /** Row-major from the south-west corner; 0 = no country, k = ids[k - 1]. */
  cells: Uint8Array;
  /** The borders and coasts inside the grid: runs of points with the values on either side. */
  borders: BorderLine[];
}

interface BorderLine {
  /** Grid values on the left and on the right of the line as it runs (0: international airspace). */
  left: number;
  right: number;
  /** Micro-degrees, [lon0, lat0, lon1, lat1, ...]. */
  points: number[];
}

/** Border points are stored in micro-degrees (about 0.1 m), exact integers. */
const MICRO = 1e6;

interface CountryRings {
  id: string;
  /** Each ring as arc references (TopoJSON: ~i is arc i reversed), outer ring first in each polygon. */
  polygons: number[][][];
}

/** Each country's polygons as arc references, objects sharing an id (Cyprus and N. Cyprus) together, sorted by id. */
function countryRings(topology: CountriesTopology): CountryRings[] {
  const byId = new Map<string, number[][][]>();
  for (const g of topology.objects.countries.geometries) {
    const name = nameOf(g) ?? "";
    const id = g.id === undefined ? ID_FOR_NAME[name] : String(g.id);
    if (id === undefined) continue;
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    byId.set(id, [...(byId.get(id) ?? []), ...polygons]);
  }
  return [...byId.entries()].map(([id, polygons]) => ({ id, polygons })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Every arc densified along its great circle (edges of at most 0.05°) and rounded to
 * micro-degrees: the one geometry both the cell fill and the baked borders use.
 */
function denseArcs(topology: CountriesTopology): Position[][] {
  return topology.arcs.map((arc) => densify(arc as Position[], 0.05).map(([x = 0, y = 0]) => [Math.round(x * MICRO) / MICRO, Math.round(y * MICRO) / MICRO]));
}

function ringPoints(arcs: Position[][], refs: number[]): Position[] {
  const out: Position[] = [];
  for (const ref of refs) {
    const arc = ref >= 0 ? arcs[ref]! : arcs[~ref]!.slice().reverse();
    out.push(...(out.length > 0 ? arc.slice(1) : arc));
  }
  return out;
}

/** Twice the signed area in the lon/lat plane: positive when the ring runs anticlockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/**
 * Scanline fill of each country's rings at every row's centre latitude (even-odd rule). Long
 * edges are densified along their great circle, so the planar test agrees with d3's spherical
 * geoContains to well under a metre. Then every arc inside the grid is kept as a border line,
 * with the country on each side of it (from the winding of the rings that use it), so that
 * routes are cut exactly where they cross it (shared/geo/plan-route.ts).
 */
function bakeGrid(topology: CountriesTopology): Grid {
  const k = GRID.cellsPerDegree;
  const cols = Math.round((GRID.lon1 - GRID.lon0) * k);
  const rows = Math.round((GRID.lat1 - GRID.lat0) * k);
  const cells = new Uint8Array(cols * rows);
  const arcs = denseArcs(topology);
  const ids: string[] = [];
  /** Per arc, the country ids on its left and right. */
  const sides = topology.arcs.map(() => ({ left: null as string | null, right: null as string | null }));
  let overlaps = 0;
  for (const country of countryRings(topology)) {
    const crossings: number[][] = Array.from({ length: rows }, () => []);
    let touched = false;
    for (const polygon of country.polygons) {
      polygon.forEach((refs, ringIndex) => {
        const ring = ringPoints(arcs, refs);
        if (!ringTouchesGrid(ring)) return;
        touched = true;
        addRingCrossings(ring, crossings);
        // The country lies left of an outer ring running anticlockwise, and outside its holes.
        const countryOnLeft = signedArea(ring) > 0 !== ringIndex > 0;
        for (const ref of refs) {
          const side = sides[ref >= 0 ? ref : ~ref]!;
          const onLeft = countryOnLeft === ref >= 0;
          if ((onLeft ? side.left : side.right) !== null) overlaps++;
          if (onLeft) side.left = country.id;
          else side.right = country.id;
        }
      });
    }
    if (!touched) continue;
    const value = ids.length + 1;
    let used = false;
    for (let r = 0; r < rows; r++) {
      const xs = crossings[r]!.sort((a, b) => a - b);
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const from = Math.max(0, Math.ceil((xs[i]! - GRID.lon0) * k - 0.5));
        const to = Math.min(cols, Math.ceil((xs[i + 1]! - GRID.lon0) * k - 0.5));
        for (let c = from; c < to; c++) {
          const at = r * cols + c;
          if (cells[at] === 0) {
            cells[at] = value;
            used = true;
          } else overlaps++;
        }
      }
    }
    if (used) ids.push(country.id);
  }
  if (overlaps > 0) console.warn(`airspace grid: ${overlaps} cells or border sides claimed by two countries (first kept)`);
  // A country that owns no cell centre (only Poland, at the grid's north-west corner, outside the
  // play area) counts as international airspace on its side of a border too.
  const valueOf = (id: string | null) => (id === null ? 0 : ids.indexOf(id) + 1);
  const borders: BorderLine[] = [];
  arcs.forEach((arc, i) => {
    const left = valueOf(sides[i]!.left);
    const right = valueOf(sides[i]!.right);
    if (left === right) return;
    let run: Position[] = [];
    const flush = () => {
      if (run.length >= 2) borders.push({ left, right, points: run.flatMap(([x = 0, y = 0]) => [Math.round(x * MICRO), Math.round(y * MICRO)]) });
      run = [];
    };
    for (let j = 0; j + 1 < arc.length; j++) {
      const a = arc[j]!;
      const b = arc[j + 1]!;
      if (!edgeTouchesGrid(a, b)) {
        flush();
        continue;
      }
      if (run.length === 0) run.push(a);
      run.push(b);
    }
    flush();
  });
  return { cols, rows, ids, cells, borders };
}

function edgeTouchesGrid([xa = 0, ya = 0]: Position, [xb = 0, yb = 0]: Position): boolean {
  return Math.max(xa, xb) >= GRID.lon0 && Math.min(xa, xb) <= GRID.lon1 && Math.max(ya, yb) >= GRID.lat0 && Math.min(ya, yb) <= GRID.lat1;
}

function ringTouchesGrid(ring: Position[]): boolean {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return x1 >= GRID.lon0 && x0 <= GRID.lon1 && y1 >= GRID.lat0 && y0 <= GRID.lat1;
}

/** Inserts points along the great circle of every edge longer than maxDeg. */
function densify(ring: Position[], maxDeg: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1];
    out.push(a);
    if (!b) continue;
    const span = Math.max(Math.abs(b[0]! - a[0]!), Math.abs(b[1]! - a[1]!));
    if (span <= maxDeg || span > 90) continue;
    const n = Math.ceil(span / maxDeg);
    const along = geoInterpolate([a[0]!, a[1]!], [b[0]!, b[1]!]);
    for (let j = 1; j < n; j++) out.push(along(j / n));
  }
  return out;
}

function addRingCrossings(ring: Position[], crossings: number[][]): void {
  const k = GRID.cellsPerDegree;
  const rows = crossings.length;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [xa = 0, ya = 0] = ring[i]!;
    const [xb = 0, yb = 0] = ring[i + 1]!;
    if (ya === yb) continue;
    const lo = Math.min(ya, yb);
    const hi = Math.max(ya, yb);
    // Rows whose centre latitude y satisfies lo <= y < hi (half-open, so vertices count once).
    const first = Math.max(0, Math.ceil((lo - GRID.lat0) * k - 0.5));
    const last = Math.min(rows - 1, Math.ceil((hi - GRID.lat0) * k - 0.5) - 1);
    for (let r = first; r <= last; r++) {
      const y = GRID.lat0 + (r + 0.5) / k;
      if (y < lo || y >= hi) continue;
      crossings[r]!.push(xa + ((y - ya) * (xb - xa)) / (yb - ya));
    }
  }
}

/** Rows are run-length encoded as [value, length, value, length, ...]. */
function gridJson(grid: Grid): string {
  const runs: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const row: number[] = [];
    let c = 0;
    while (c < grid.cols) {
      const v = grid.cells[r * grid.cols + c]!;
      let n = 1;
      while (c + n < grid.cols && grid.cells[r * grid.cols + c + n] === v) n++;
      row.push(v, n);
      c += n;
    }
    runs.push(JSON.stringify(row));
  }
  const header = {
    source: "Natural Earth 4.1.0 countries 50m (world-atlas 2.0.2)",
    lon0: GRID.lon0,
    lat0: GRID.lat0,
    cellsPerDegree: GRID.cellsPerDegree,
    cols: grid.cols,
    rows: grid.rows,
    countries: grid.ids,
    bordersScale: MICRO,
  };
  const head = JSON.stringify(header).slice(0, -1);
  // Border lines: [left, right, lon0, lat0, then each point's change from the one before], micro-degrees.
  const borders = grid.borders.map(({ left, right, points }) => JSON.stringify([left, right, ...points.map((v, i) => (i < 2 ? v : v - points[i - 2]!))]));
  return `${head},\n"runs":[\n${runs.join(",\n")}\n],\n"borders":[\n${borders.join(",\n")}\n]}\n`;
}

// ---------------------------------------------------------------- projection and outlines

function fittedProjection(): GeoProjection {
  const frame: Position[] = [];
  const { lon0, lon1, lat0, lat1 } = PLAY_AREA;
  for (let lon = lon0; lon <= lon1; lon += 0.5) frame.push([lon, lat0], [lon, lat1]);
  for (let lat = lat0; lat <= lat1; lat += 0.5) frame.push([lon0, lat], [lon1, lat]);
  return geoConicConformal()
    .parallels(PROJECTION.parallels)
    .rotate(PROJECTION.rotate)
    .fitExtent(
      [
        [0, 0],
        [WORLD.width, WORLD.height],
      ],
      { type: "MultiPoint", coordinates: frame },
    );
}

function project(projection: GeoProjection, lonLat: Position): [number, number] {
  const p = projection([lonLat[0]!, lonLat[1]!]);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : [NaN, NaN];
}

/** Simplifies every arc in projected pixels, so neighbours keep sharing identical borders. */
function simplifyArcs(topology: CountriesTopology, projection: GeoProjection): CountriesTopology {
  const arcs = topology.arcs.map((arc) => {
    const xy = arc.map((p) => project(projection, p));
    if (xy.some(([x, y]) => Number.isNaN(x) || Number.isNaN(y))) return arc;
    return douglasPeucker(xy, SIMPLIFY_PX).map((i) => arc[i]!);
  });
  return { type: "Topology", objects: topology.objects, arcs };
}

/** Indices of the points kept by Douglas-Peucker; always keeps both ends. */
function douglasPeucker(points: [number, number][], tolerance: number): number[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let worstD2 = tol2;
    for (let i = from + 1; i < to; i++) {
      const d2 = segmentDistance2(points[i]!, points[from]!, points[to]!);
      if (d2 > worstD2) {
        worst = i;
        worstD2 = d2;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([from, worst], [worst, to]);
  }
  const kept: number[] = [];
  keep.forEach((k, i) => k && kept.push(i));
  return kept;
}

function segmentDistance2([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

function intersectsDisplay(country: CountryShape): boolean {
  const { lon0, lon1, lat0, lat1 } = DISPLAY;
  for (const polygon of polygonsOf(country.geometry)) {
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      if (x >= lon0 && x <= lon1 && y >= lat0 && y <= lat1) return true;
    }
  }
  const corners: [number, number][] = [
    [lon0, lat0],
    [lon0, lat1],
    [lon1, lat0],
    [lon1, lat1],
  ];
  return corners.some((p) => geoContains(country.geometry, p));
}

/** Projected bounding box of the display lon/lat box; outlines are clipped to it. */
function displayRect(projection: GeoProjection): [number, number, number, number] {
  const xy: [number, number][] = [];
  const { lon0, lon1, lat0, lat1 } = DISPLAY;
  for (let lon = lon0; lon <= lon1; lon += 0.5) xy.push(project(projection, [lon, lat0]), project(projection, [lon, lat1]));
  for (let lat = lat0; lat <= lat1; lat += 0.5) xy.push(project(projection, [lon0, lat]), project(projection, [lon1, lat]));
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  return [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys)), Math.ceil(Math.max(...xs)), Math.ceil(Math.max(...ys))];
}

interface DrawnCountry {
  id: string;
  name: string;
  label: [number, number];
  /** Each polygon: outer ring then holes, each ring a flat [x0, y0, x1, y1, ...] list, not closed. */
  polygons: number[][][];
}

function drawnCountry(country: CountryShape, projection: GeoProjection): DrawnCountry {
  const [x0, y0, x1, y1] = displayRect(projection);
  const polygons = projectedPolygons(country.geometry, projection, [x0, y0, x1, y1]);
  const inWorld = projectedPolygons(country.geometry, projection, [0, 0, WORLD.width, WORLD.height]);
  // Label the part inside the play area unless only a sliver of the country reaches it.
  const shown = largest(polygons);
  const visible = largest(inWorld);
  const shownArea = shown ? Math.abs(ringArea(shown[0]!)) : 0;
  const visibleArea = visible ? Math.abs(ringArea(visible[0]!)) : 0;
  const labelled = visible && (visibleArea >= 5000 || visibleArea >= shownArea / 4) ? visible : shown;
  const label = labelled ? labelPoint(labelled) : [0, 0];
  return { id: country.id, name: country.name, label: [round1(label[0]!), round1(label[1]!)], polygons };
}

function projectedPolygons(
  geometry: Polygon | MultiPolygon,
  projection: GeoProjection,
  [x0, y0, x1, y1]: [number, number, number, number],
): number[][][] {
  const clipped = projection.precision(0).postclip(geoClipRectangle(x0, y0, x1, y1));
  const rings: number[][] = [];
  let ring: number[] | null = null;
  const sink: GeoStream = {
    point(x, y) {
      ring?.push(x, y);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring) rings.push(ring);
      ring = null;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, clipped.stream(sink));
  const cleaned = rings.map(cleanRing).filter((r) => Math.abs(ringArea(r)) >= MIN_RING_AREA_PX2);
  return nestRings(cleaned);
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Rounds to 0.1 px, drops repeated points and the closing point. */
function cleanRing(flat: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const x = round1(flat[i]!);
    const y = round1(flat[i + 1]!);
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out.length >= 6 ? out : [];
}

function ringArea(flat: number[]): number {
  let sum = 0;
  const n = flat.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    sum += flat[i]! * flat[j + 1]! - flat[j]! * flat[i + 1]!;
  }
  return sum / 2;
}

function ringContains(flat: number[], x: number, y: number): boolean {
  let inside = false;
  const n = flat.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = flat[i]!;
    const yi = flat[i + 1]!;
    const xj = flat[j]!;
    const yj = flat[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Groups rings into polygons by nesting depth: even depth is an outer ring, odd a hole. */
function nestRings(rings: number[][]): number[][][] {
  const depthOf = rings.map((r, i) => rings.filter((o, j) => j !== i && ringContains(o, r[0]!, r[1]!)).length);
  const polygons: number[][][] = [];
  const outerIndex = new Map<number, number>();
  rings.forEach((r, i) => {
    if (depthOf[i]! % 2 === 0) {
      outerIndex.set(i, polygons.length);
      polygons.push([r]);
    }
  });
  rings.forEach((r, i) => {
    if (depthOf[i]! % 2 === 0) return;
    const parent = rings.findIndex(
      (o, j) => depthOf[j] === depthOf[i]! - 1 && ringContains(o, r[0]!, r[1]!),
    );
    const at = outerIndex.get(parent);
    if (at !== undefined) polygons[at]!.push(r);
  });
  return polygons;
}

function largest(polygons: number[][][]): number[][] | undefined {
  let best: number[][] | undefined;
  let bestArea = -1;
  for (const p of polygons) {
    const a = Math.abs(ringArea(p[0]!));
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  return best;
}

/** A point well inside the polygon: the grid-searched point farthest from any edge. */
function labelPoint(polygon: number[][]): [number, number] {
  const outer = polygon[0]!;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < outer.length; i += 2) {
    x0 = Math.min(x0, outer[i]!);
    x1 = Math.max(x1, outer[i]!);
    y0 = Math.min(y0, outer[i + 1]!);
    y1 = Math.max(y1, outer[i + 1]!);
  }
  let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestD = -Infinity;
  let [cx, cy, w, h] = [(x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0];
  for (let pass = 0; pass < 4; pass++) {
    const n = 24;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const x = cx - w / 2 + (w * i) / n;
        const y = cy - h / 2 + (h * j) / n;
        const inside = polygon.reduce((acc, ring) => acc !== ringContains(ring, x, y), false);
        if (!inside) continue;
        const d = Math.min(...polygon.map((ring) => ringDistance(ring, x, y)));
        if (d > bestD) {
          bestD = d;
          best = [x, y];
        }
      }
    }
    [cx, cy, w, h] = [best[0], best[1], (w * 4) / n, (h * 4) / n];
  }
  return best;
}

function ringDistance(flat: number[], x: number, y: number): number {
  let d2 = Infinity;
  const n = flat.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    d2 = Math.min(d2, segmentDistance2([x, y], [flat[j]!, flat[j + 1]!], [flat[i]!, flat[i + 1]!]));
  }
  return Math.sqrt(d2);
}

function countriesJson(projection: GeoProjection, countries: DrawnCountry[]): string {
  const header = {
    source: "Natural Earth 4.1.0 countries 50m (world-atlas 2.0.2)",
    projection: {
      type: "conicConformal",
      parallels: PROJECTION.parallels,
      rotate: PROJECTION.rotate,
      scale: projection.scale(),
      translate: projection.translate(),
      width: WORLD.width,
      height: WORLD.height,
    },
    playArea: PLAY_AREA,
    rings: "tenths of a pixel, each point after the first as its difference from the one before (client/src/map/outline-codec.ts)",
  };
  const lines = countries.map((c) => JSON.stringify({ ...c, polygons: c.polygons.map((polygon) => polygon.map(encodeRing)) }));
  return `${JSON.stringify(header).slice(0, -1)},\n"countries":[\n${lines.join(",\n")}\n]}\n`;
}

function writeOut(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path.slice(ROOT.length + 1)} (${text.length} bytes)`);
}

main();

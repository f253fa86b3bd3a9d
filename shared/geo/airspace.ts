/**
 * Who owns the airspace at a point, exactly: a map's baked 0.02° grid (scripts/bake-map.ts, one
 * per scenario map, loaded by ./maps.ts) says who owns each cell that no border or coast touches;
 * in the cells one does, the baked border lines themselves decide, with the country on each side.
 */
import type { CountryId } from "../ids";
import type { LonLat } from "./great-circle";

export type { CountryId };

export interface AirspaceGrid {
  /** South-west corner of the grid, degrees. */
  readonly lon0: number;
  readonly lat0: number;
  readonly cellsPerDegree: number;
  readonly cols: number;
  readonly rows: number;
  /** Cell value k > 0 means countries[k - 1]; 0 means international airspace. */
  readonly countries: readonly CountryId[];
  /** Row-major from the south-west corner: the owner at each cell's centre. */
  readonly cells: Uint8Array;
  readonly borders: Borders;
}

/** The border and coast edges, in grid units (x = (lon − lon0) × cellsPerDegree, y likewise). */
export interface Borders {
  /** Per edge: x0, y0, x1, y1. */
  readonly xy: Float64Array;
  /** Per edge: the cell value on its left and on its right, looking from its start to its end. */
  readonly left: Uint8Array;
  readonly right: Uint8Array;
  /** 1 where an edge touches the cell (or its bounding box does). */
  readonly flagged: Uint8Array;
  /** The edges of each flagged cell, by cell index. */
  readonly edgesIn: ReadonlyMap<number, Int32Array>;
}

/** Edges per grid: fewer than this (cell and edge are packed as cell × PAIR + edge while decoding). */
const PAIR = 65536;

/** The country owning the airspace at lonLat, or null for international airspace or off the grid. */
export function airspaceAt(g: AirspaceGrid, [lon, lat]: LonLat): CountryId | null {
  return countryOfCell(g, valueAt(g, (lon - g.lon0) * g.cellsPerDegree, (lat - g.lat0) * g.cellsPerDegree));
}

/** The cell value that owns the point (x, y) in grid units, exactly. */
export function valueAt(grid: AirspaceGrid, x: number, y: number): number {
  const col = Math.floor(x);
  const row = Math.floor(y);
  if (col < 0 || col >= grid.cols || row < 0 || row >= grid.rows) return 0;
  const at = row * grid.cols + col;
  const centre = grid.cells[at] ?? 0;
  if (grid.borders.flagged[at] !== 1) return centre;
  // From the centre to the point: past the last edge crossed, the point is on that edge's far side.
  const cx = col + 0.5;
  const cy = row + 0.5;
  const edges = grid.borders.edgesIn.get(at)!;
  let best = -1;
  let value = centre;
  const dx = x - cx;
  const dy = y - cy;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const s = crossingAt(grid.borders, e, cx, cy, dx, dy);
    if (s <= 1 && s > best) {
      best = s;
      value = valueBeyond(grid.borders, e, dx, dy);
    }
  }
  return value;
}

/**
 * Where the segment from (x0, y0) along (dx, dy) crosses edge e, as the fraction s ≥ 0 of
 * (dx, dy), or -1 if it does not. An edge is half-open: its end point belongs to the next edge.
 */
export function crossingAt(borders: Borders, e: number, x0: number, y0: number, dx: number, dy: number): number {
  const { xy } = borders;
  const ax = xy[4 * e]!;
  const ay = xy[4 * e + 1]!;
  const ex = xy[4 * e + 2]! - ax;
  const ey = xy[4 * e + 3]! - ay;
  const denom = dx * ey - dy * ex;
  if (denom === 0) return -1;
  const wx = ax - x0;
  const wy = ay - y0;
  const s = (wx * ey - wy * ex) / denom;
  const u = (wx * dy - wy * dx) / denom;
  return s < 0 || u < 0 || u >= 1 ? -1 : s;
}

/** The value on the side of edge e that a segment heading along (dx, dy) crosses into. */
export function valueBeyond(borders: Borders, e: number, dx: number, dy: number): number {
  const { xy } = borders;
  const ex = xy[4 * e + 2]! - xy[4 * e]!;
  const ey = xy[4 * e + 3]! - xy[4 * e + 1]!;
  return ex * dy - ey * dx > 0 ? borders.left[e]! : borders.right[e]!;
}

export function cellValue(grid: AirspaceGrid, col: number, row: number): number {
  if (col < 0 || col >= grid.cols || row < 0 || row >= grid.rows) return 0;
  return grid.cells[row * grid.cols + col] ?? 0;
}

export function countryOfCell(grid: AirspaceGrid, value: number): CountryId | null {
  return value === 0 ? null : (grid.countries[value - 1] ?? null);
}

export interface BakedGrid {
  lon0: number;
  lat0: number;
  cellsPerDegree: number;
  cols: number;
  rows: number;
  countries: readonly string[];
  /** One array per row, south first: [value, length, value, length, ...]. */
  runs: readonly (readonly number[])[];
  /** Micro-degrees per degree in `borders`. */
  bordersScale: number;
  /** Per border line: [left, right, lon0, lat0, then each point's change from the one before]. */
  borders: readonly (readonly number[])[];
}

export function decodeGrid(baked: BakedGrid): AirspaceGrid {
  const { lon0, lat0, cellsPerDegree, cols, rows, countries, runs } = baked;
  if (runs.length !== rows) throw new Error(`airspace grid: ${runs.length} rows, expected ${rows}`);
  const cells = new Uint8Array(cols * rows);
  runs.forEach((row, r) => {
    let at = r * cols;
    for (let i = 0; i + 1 < row.length; i += 2) {
      const value = row[i]!;
      const length = row[i + 1]!;
      cells.fill(value, at, at + length);
      at += length;
    }
    if (at !== (r + 1) * cols) throw new Error(`airspace grid: row ${r} has ${at - r * cols} cells, expected ${cols}`);
  });
  const grid = { lon0, lat0, cellsPerDegree, cols, rows, countries, cells };
  return { ...grid, borders: decodeBorders(grid, baked) };
}

function decodeBorders(grid: Omit<AirspaceGrid, "borders">, baked: BakedGrid): Borders {
  const { cols, rows, cellsPerDegree: k } = grid;
  let count = 0;
  for (const line of baked.borders) count += (line.length - 4) / 2;
  const xy = new Float64Array(4 * count);
  const left = new Uint8Array(count);
  const right = new Uint8Array(count);
  const flagged = new Uint8Array(cols * rows);
  // (cell, edge) pairs as cell × 2^16 + edge, sorted into each cell's list below.
  let pairs = new Float64Array(8 * count);
  let n = 0;
  let e = 0;
  for (const line of baked.borders) {
    let lon = line[2]!;
    let lat = line[3]!;
    let x = (lon / baked.bordersScale - grid.lon0) * k;
    let y = (lat / baked.bordersScale - grid.lat0) * k;
    for (let i = 4; i + 1 < line.length; i += 2, e++) {
      lon += line[i]!;
      lat += line[i + 1]!;
      const nx = (lon / baked.bordersScale - grid.lon0) * k;
      const ny = (lat / baked.bordersScale - grid.lat0) * k;
      xy[4 * e] = x;
      xy[4 * e + 1] = y;
      xy[4 * e + 2] = nx;
      xy[4 * e + 3] = ny;
      left[e] = line[0]!;
      right[e] = line[1]!;
      // Every cell of the edge's bounding box, so none it touches is left out.
      const c0 = Math.max(0, Math.floor(Math.min(x, nx)));
      const c1 = Math.min(cols - 1, Math.floor(Math.max(x, nx)));
      const r0 = Math.max(0, Math.floor(Math.min(y, ny)));
      const r1 = Math.min(rows - 1, Math.floor(Math.max(y, ny)));
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const at = r * cols + c;
          flagged[at] = 1;
          if (n === pairs.length) {
            const more = new Float64Array(2 * n);
            more.set(pairs);
            pairs = more;
          }
          pairs[n++] = at * PAIR + e;
        }
      }
      x = nx;
      y = ny;
    }
  }
  if (count >= PAIR) throw new Error(`airspace grid: ${count} border edges, at most ${PAIR - 1}`);
  const sorted = pairs.subarray(0, n).sort();
  const edges = new Int32Array(n);
  const edgesIn = new Map<number, Int32Array>();
  let from = 0;
  for (let i = 0; i < n; i++) {
    const at = Math.floor(sorted[i]! / PAIR);
    edges[i] = sorted[i]! - at * PAIR;
    if (i + 1 === n || Math.floor(sorted[i + 1]! / PAIR) !== at) {
      edgesIn.set(at, edges.subarray(from, i + 1));
      from = i + 1;
    }
  }
  return { xy, left, right, flagged, edgesIn };
}

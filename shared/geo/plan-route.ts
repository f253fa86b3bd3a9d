/** A flight's route: great-circle legs through waypoints, their length and the airspaces crossed. */
import { countryOfCell, crossingAt, valueAt, valueBeyond } from "./airspace";
import type { AirspaceGrid, Borders, CountryId } from "./airspace";
import { distanceKm, greatCirclePoints } from "./great-circle";
import type { LonLat } from "./great-circle";

export type RightsStatus = "own" | "international" | "granted" | "none";

/** One contiguous passage through an airspace; country null is international airspace. */
export interface RouteAirspace {
  country: CountryId | null;
  km: number;
  entryKm: number;
  exitKm: number;
  rights: RightsStatus;
}

export interface RoutePlan {
  points: LonLat[];
  legsKm: number[];
  lengthKm: number;
  rangeKm: number;
  inRange: boolean;
  airspaces: RouteAirspace[];
  /** Distinct countries crossed without rights, in route order. */
  violations: CountryId[];
}

export interface RouteInput {
  /** The match's airspace (shared/geo/maps.ts `airspaceOf`). */
  grid: AirspaceGrid;
  origin: LonLat;
  waypoints: readonly LonLat[];
  target: LonLat;
  rangeKm: number;
  rightsIn: (country: CountryId) => RightsStatus;
}

/**
 * Legs are cut into chunks short enough that a straight lon/lat segment stays within metres
 * of the great circle; each chunk then walks the grid cell by cell (a DDA), so every cell the
 * route touches is seen, and in the cells a border or coast touches it is cut exactly where it
 * crosses the border's edges (themselves within a metre of d3's great-circle polygon edges),
 * however narrow the passage, at a cost per cell crossed.
 */
const CHUNK_KM = 20;

export function planRoute(input: RouteInput): RoutePlan {
  return routeFromTrace(input, traceRoute(input.grid, input.origin, input.waypoints, input.target));
}

/**
 * What a route's points alone decide: its legs, and the cell values it passes through with the
 * km at which each is entered. Treat as read-only: a trace may be memoised (route-memo.ts).
 */
export interface RouteTrace {
  readonly legsKm: readonly number[];
  readonly lengthKm: number;
  readonly values: readonly number[];
  readonly entries: readonly number[];
}

export function traceRoute(grid: AirspaceGrid, origin: LonLat, waypoints: readonly LonLat[], target: LonLat): RouteTrace {
  const points: LonLat[] = [origin, ...waypoints, target];
  const legsKm: number[] = [];
  const passages = new Passages();
  const k = grid.cellsPerDegree;
  passages.enter(valueAt(grid, (origin[0] - grid.lon0) * k, (origin[1] - grid.lat0) * k), 0);
  let startKm = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const legKm = distanceKm(a, b);
    legsKm.push(legKm);
    walkLeg(grid, a, b, legKm, startKm, passages);
    startKm += legKm;
  }
  return { legsKm, lengthKm: startKm, values: passages.values, entries: passages.entries };
}

/** The plan for `input` from a trace of its points: the airspaces with the flyer's rights in each. */
export function routeFromTrace(input: RouteInput, trace: RouteTrace): RoutePlan {
  const { lengthKm } = trace;
  const airspaces = airspacesOf(input.grid, trace, input.rightsIn);
  const violations: CountryId[] = [];
  for (const a of airspaces) {
    if (a.rights === "none" && a.country !== null && !violations.includes(a.country)) violations.push(a.country);
  }
  const points: LonLat[] = [input.origin, ...input.waypoints, input.target];
  return { points, legsKm: trace.legsKm.slice(), lengthKm, rangeKm: input.rangeKm, inRange: lengthKm <= input.rangeKm, airspaces, violations };
}

function walkLeg(grid: AirspaceGrid, a: LonLat, b: LonLat, legKm: number, startKm: number, passages: Passages): void {
  if (legKm === 0) return;
  const chunks = Math.ceil(legKm / CHUNK_KM);
  const along = greatCirclePoints(a, b, chunks);
  const chunkKm = legKm / chunks;
  const k = grid.cellsPerDegree;
  for (let i = 0; i < chunks; i++) {
    const lon0 = along[2 * i]!;
    let lon1 = along[2 * i + 2]!;
    if (lon1 - lon0 > 180) lon1 -= 360;
    else if (lon0 - lon1 > 180) lon1 += 360;
    walkSegment(
      grid,
      (lon0 - grid.lon0) * k,
      (along[2 * i + 1]! - grid.lat0) * k,
      (lon1 - grid.lon0) * k,
      (along[2 * i + 3]! - grid.lat0) * k,
      startKm + i * chunkKm,
      chunkKm,
      passages,
    );
  }
}

/** Crossings found in one cell: fractions along the segment and the values entered, sorted together. */
const crossS: number[] = [];
const crossValue: number[] = [];

/**
 * Visits the cells a straight segment crosses, in grid units, reporting where the owner changes:
 * a cell no border touches changes it to the cell's owner; in a cell a border touches, the owner
 * changes exactly where the segment crosses the border's edges.
 */
function walkSegment(grid: AirspaceGrid, x0: number, y0: number, x1: number, y1: number, startKm: number, km: number, passages: Passages): void {
  const { cells, cols, rows, borders } = grid;
  const { flagged, edgesIn } = borders;
  let col = Math.floor(x0);
  let row = Math.floor(y0);
  let current = valueAt(grid, x0, y0);
  passages.enter(current, startKm);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const stepCol = dx > 0 ? 1 : -1;
  const stepRow = dy > 0 ? 1 : -1;
  const deltaX = dx === 0 ? Infinity : Math.abs(1 / dx);
  const deltaY = dy === 0 ? Infinity : Math.abs(1 / dy);
  let nextX = dx > 0 ? (col + 1 - x0) * deltaX : dx < 0 ? (x0 - col) * deltaX : Infinity;
  let nextY = dy > 0 ? (row + 1 - y0) * deltaY : dy < 0 ? (y0 - row) * deltaY : Infinity;
  let sIn = 0;
  for (;;) {
    const sOut = nextX < nextY ? nextX : nextY;
    const sEnd = sOut < 1 ? sOut : 1;
    if (col >= 0 && col < cols && row >= 0 && row < rows) {
      const at = row * cols + col;
      if (flagged[at] === 1) current = crossCell(borders, edgesIn.get(at)!, x0, y0, dx, dy, sIn, sEnd, current, startKm, km, passages);
      else {
        const value = cells[at]!;
        if (value !== current) {
          current = value;
          passages.enter(value, startKm + sIn * km);
        }
      }
    } else if (current !== 0) {
      current = 0;
      passages.enter(0, startKm + sIn * km);
    }
    if (sOut >= 1) return;
    if (nextX < nextY) {
      col += stepCol;
      nextX += deltaX;
    } else {
      row += stepRow;
      nextY += deltaY;
    }
    sIn = sOut;
  }
}

/** The segment's crossings of the cell's edges between fractions sIn (included) and sEnd (not), in order; returns the value after them. */
function crossCell(borders: Borders, edges: Int32Array, x0: number, y0: number, dx: number, dy: number, sIn: number, sEnd: number, current: number, startKm: number, km: number, passages: Passages): number {
  let n = 0;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const s = crossingAt(borders, e, x0, y0, dx, dy);
    if (s < sIn || s >= sEnd) continue;
    const value = valueBeyond(borders, e, dx, dy);
    // Insertion sort: a cell holds a few crossings at most.
    let j = n++;
    while (j > 0 && crossS[j - 1]! > s) {
      crossS[j] = crossS[j - 1]!;
      crossValue[j] = crossValue[j - 1]!;
      j--;
    }
    crossS[j] = s;
    crossValue[j] = value;
  }
  for (let i = 0; i < n; i++) {
    const value = crossValue[i]!;
    if (value === current) continue;
    current = value;
    passages.enter(value, startKm + crossS[i]! * km);
  }
  return current;
}

/** Collects where the cell value changes along the route. */
class Passages {
  readonly values: number[] = [];
  readonly entries: number[] = [];

  enter(value: number, km: number): void {
    const last = this.values.length - 1;
    if (last >= 0 && this.values[last] === value) return;
    // Crossing a cell corner can enter a cell for zero length: it replaces the previous entry.
    if (last >= 0 && this.entries[last] === km) {
      this.values.pop();
      this.entries.pop();
      if (this.values[last - 1] === value) return;
    }
    this.values.push(value);
    this.entries.push(km);
  }
}

/** Turns where the cell value changes into passages through airspaces, asking rightsIn once per country. */
function airspacesOf(grid: AirspaceGrid, { values, entries, lengthKm }: RouteTrace, rightsIn: (country: CountryId) => RightsStatus): RouteAirspace[] {
  const rights = new Map<CountryId, RightsStatus>();
  const out: RouteAirspace[] = [];
  for (let i = 0; i < values.length; i++) {
    const entryKm = entries[i]!;
    const exitKm = entries[i + 1] ?? lengthKm;
    if (exitKm <= entryKm && values.length > 1) continue;
    const country = countryOfCell(grid, values[i]!);
    const previous = out[out.length - 1];
    if (previous && previous.country === country) {
      previous.exitKm = exitKm;
      previous.km = exitKm - previous.entryKm;
      continue;
    }
    let status: RightsStatus = "international";
    if (country !== null) {
      status = rights.get(country) ?? rightsIn(country);
      rights.set(country, status);
    }
    out.push({ country, km: exitKm - entryKm, entryKm, exitKm, rights: status });
  }
  return out;
}

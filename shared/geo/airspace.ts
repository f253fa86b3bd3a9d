/** Who owns the airspace at a point, from the baked 0.02° grid (see scripts/bake-map.ts). */
import type { CountryId } from "../ids";
import type { LonLat } from "./great-circle";
import baked from "./airspace-grid.json";

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
  /** Row-major from the south-west corner. */
  readonly cells: Uint8Array;
}

export const AIRSPACE_GRID: AirspaceGrid = decodeGrid(baked);

/** The country owning the airspace at lonLat, or null for international airspace or off the grid. */
export function airspaceAt(lonLat: LonLat): CountryId | null {
  return countryOfCell(AIRSPACE_GRID, cellValueAt(AIRSPACE_GRID, lonLat));
}

export function cellValueAt(grid: AirspaceGrid, [lon, lat]: LonLat): number {
  const col = Math.floor((lon - grid.lon0) * grid.cellsPerDegree);
  const row = Math.floor((lat - grid.lat0) * grid.cellsPerDegree);
  return cellValue(grid, col, row);
}

export function cellValue(grid: AirspaceGrid, col: number, row: number): number {
  if (col < 0 || col >= grid.cols || row < 0 || row >= grid.rows) return 0;
  return grid.cells[row * grid.cols + col] ?? 0;
}

export function countryOfCell(grid: AirspaceGrid, value: number): CountryId | null {
  return value === 0 ? null : (grid.countries[value - 1] ?? null);
}

interface BakedGrid {
  lon0: number;
  lat0: number;
  cellsPerDegree: number;
  cols: number;
  rows: number;
  countries: readonly string[];
  /** One array per row, south first: [value, length, value, length, ...]. */
  runs: readonly (readonly number[])[];
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
  return { lon0, lat0, cellsPerDegree, cols, rows, countries, cells };
}

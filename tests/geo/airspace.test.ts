import { describe, expect, it } from "vitest";
import { airspaceAt, decodeGrid } from "../../shared/geo/airspace";
import baked from "../../shared/scenario/caspian-salvo/airspace-grid.json";
import { countryByGeoContains, seededRandom } from "./world-atlas";
import { caspianGrid } from "../support/caspian";

describe("airspaceAt", () => {
  it.each([
    ["Tehran", 51.389, 35.689, "364"],
    ["Baghdad", 44.366, 33.315, "368"],
    ["Damascus", 36.292, 33.513, "760"],
    ["Ankara", 32.854, 39.92, "792"],
    ["Yerevan", 44.515, 40.182, "051"],
    ["Baku", 49.867, 40.409, "031"],
    ["Beirut", 35.55, 33.87, "422"],
    ["Makhachkala", 47.5, 42.98, "643"],
    ["Nicosia (north)", 33.36, 35.2, "196"],
    ["middle of the Caspian", 50.8, 42.3, null],
    ["southern Caspian", 51.0, 38.5, null],
    ["eastern Mediterranean", 33.0, 33.5, null],
    ["Persian Gulf", 51.0, 27.5, null],
    ["off the grid", 10, 10, null],
  ] as const)("%s", (_name, lon, lat, expected) => {
    expect(airspaceAt(caspianGrid(), [lon, lat])).toBe(expected);
  });
});

describe("airspace grid", () => {
  it("agrees with d3 geoContains on the 50m countries at 2,000 seeded random points", () => {
    const random = seededRandom(20151007);
    const { lon0, lat0, cols, rows, cellsPerDegree } = caspianGrid();
    const disagreements: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const lon = lon0 + (random() * cols) / cellsPerDegree;
      const lat = lat0 + (random() * rows) / cellsPerDegree;
      const truth = countryByGeoContains([lon, lat]);
      if (airspaceAt(caspianGrid(), [lon, lat]) !== truth) disagreements.push(`${lon.toFixed(3)},${lat.toFixed(3)}: grid ${airspaceAt(caspianGrid(), [lon, lat])}, d3 ${truth}`);
    }
    expect(disagreements).toEqual([]);
  }, 60_000);

  it("agrees with geoContains 20 to 200 m either side of the baked borders, at 2,000 seeded points", () => {
    const random = seededRandom(14);
    const { borders, lon0, lat0, cellsPerDegree: k } = caspianGrid();
    const edges = borders.left.length;
    const wrong: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const e = Math.floor(random() * edges);
      const [x0, y0, x1, y1] = borders.xy.subarray(4 * e, 4 * e + 4);
      const u = random();
      const [ex, ey] = [x1! - x0!, y1! - y0!];
      const len = Math.hypot(ex, ey);
      // Metres to grid units: a cell is 0.02° of latitude, about 2.2 km.
      const off = ((20 + random() * 180) / 2224) * (random() < 0.5 ? 1 : -1);
      const x = x0! + u * ex - (ey / len) * off;
      const y = y0! + u * ey + (ex / len) * off;
      const lonLat = [lon0 + x / k, lat0 + y / k] as const;
      if (lonLat[1] > 49.99) continue;
      const truth = countryByGeoContains(lonLat);
      if (airspaceAt(caspianGrid(), lonLat) !== truth) wrong.push(`${lonLat.map((v) => v.toFixed(5)).join(",")}: ${airspaceAt(caspianGrid(), lonLat)}, d3 ${truth}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it("matches geoContains exactly at cell centres, which the bake classifies", () => {
    const random = seededRandom(7);
    const { lon0, lat0, cols, rows, cellsPerDegree: k } = caspianGrid();
    const wrong: string[] = [];
    for (let i = 0; i < 2000; i++) {
      // Half the samples around the Armenia–Azerbaijan–Iran–Turkey knot, where borders are dense.
      const [c, r] = i % 2 === 0 ? [random() * cols, random() * rows] : [(20 + random() * 3) * k, (14.5 + random() * 2) * k];
      const lonLat = [lon0 + (Math.floor(c) + 0.5) / k, lat0 + (Math.floor(r) + 0.5) / k] as const;
      if (airspaceAt(caspianGrid(), lonLat) !== countryByGeoContains(lonLat)) wrong.push(lonLat.join(","));
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it("decodes to exactly the baked runs (round trip)", () => {
    const grid = decodeGrid(baked);
    const runs: number[][] = [];
    for (let r = 0; r < grid.rows; r++) {
      const row: number[] = [];
      for (let c = 0; c < grid.cols; c++) {
        const v = grid.cells[r * grid.cols + c]!;
        if (row.length > 0 && row[row.length - 2] === v) row[row.length - 1]!++;
        else row.push(v, 1);
      }
      runs.push(row);
    }
    expect(runs).toEqual(baked.runs);
    let differing = 0;
    for (let i = 0; i < grid.cells.length; i++) if (grid.cells[i] !== caspianGrid().cells[i]) differing++;
    expect(differing).toBe(0);
  });

  it("lists each country once, with ISO numeric ids", () => {
    const ids = caspianGrid().countries;
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["031", "051", "268", "364", "368", "376", "400", "422", "643", "682", "760", "792"]) expect(ids).toContain(id);
    for (const id of ids) expect(id).toMatch(/^\d{3}$/);
  });
});

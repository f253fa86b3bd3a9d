/**
 * Each scenario map's airspace grid, decoded once it is loaded. Loading is the one asynchronous
 * step, so that a browser fetches only the map of the match it shows: the server, the scripts and
 * the tests load every shipped map at start (`loadAllMaps`), the client the match's (`loadMap`).
 * The rules then ask `airspaceOf(scenario)`, synchronously.
 */
import { at } from "../at";
import type { PowerId } from "../ids";
import type { AirspaceGrid, BakedGrid } from "./airspace";
import { decodeGrid } from "./airspace";
import { SCENARIOS } from "../scenario";
import type { MapBox, Scenario } from "../scenario/types";

const grids = new Map<string, AirspaceGrid>();
const loading = new Map<string, Promise<AirspaceGrid>>();

export function loadMap(of: { map: MapBox }): Promise<AirspaceGrid> {
  const { map } = of;
  const known = grids.get(map.id);
  if (known) return Promise.resolve(known);
  let pending = loading.get(map.id);
  if (!pending) {
    pending = map.loadGrid().then((baked) => {
      const grid = decodeGrid(baked as BakedGrid);
      grids.set(map.id, grid);
      return grid;
    });
    pending.catch(() => loading.delete(map.id));
    loading.set(map.id, pending);
  }
  return pending;
}

export async function loadAllMaps(): Promise<void> {
  await Promise.all(Object.values(SCENARIOS).map(loadMap));
}

/** The scenario's airspace grid; its map must have been loaded. */
export function airspaceOf(of: { map: MapBox }): AirspaceGrid {
  const grid = grids.get(of.map.id);
  if (!grid) throw new Error(`the map "${of.map.id}" is not loaded (shared/geo/maps.ts loadMap)`);
  return grid;
}

/** Whether the power's home country lies on the map, so that it has airspace to grant (the United States has none). */
export function hasAirspace(scenario: Scenario, power: PowerId): boolean {
  return airspaceOf(scenario).countries.includes(at(scenario.powers, power).homeCountry);
}

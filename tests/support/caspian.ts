/** The powers, factions and airspace of "Caspian Salvo", for the tests written about that scenario. */
import type { AirspaceGrid } from "../../shared/geo/airspace";
import { airspaceOf } from "../../shared/geo/maps";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { factionIds, powerIds } from "../../shared/scenario/ids-of";

export const CASPIAN_POWERS = powerIds(caspianSalvo);
export const CASPIAN_FACTIONS = factionIds(caspianSalvo);

/** Caspian Salvo's airspace grid (loaded by the tests' setup, tests/support/setup.ts). */
export function caspianGrid(): AirspaceGrid {
  return airspaceOf(caspianSalvo);
}

/** The powers and factions of "Caspian Salvo", for the tests written about that scenario. */
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { factionIds, powerIds } from "../../shared/scenario/ids-of";

export const CASPIAN_POWERS = powerIds(caspianSalvo);
export const CASPIAN_FACTIONS = factionIds(caspianSalvo);

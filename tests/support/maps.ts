/**
 * Vitest setup: every shipped scenario map loaded for the rules (as the server and the scripts do
 * at start), and Caspian Salvo's shown, as a browser shows the map of the match it enters.
 */
import { loadAllMaps } from "../../shared/geo/maps";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../shared/scenario";
import { showMapOf } from "../../client/src/map/projection";

await loadAllMaps();
await showMapOf(getScenario(DEFAULT_SCENARIO_ID));

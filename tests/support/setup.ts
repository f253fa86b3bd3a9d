/**
 * Vitest setup: every shipped scenario map loaded for the rules (as the server and the scripts do
 * at start), and Caspian Salvo's shown, as a browser shows the map of the match it enters; and
 * every language's words loaded, as a page loads the words of the language it speaks.
 */
import { loadScenarios } from "../../shared/scenario/load";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../shared/scenario";
import { LANGUAGES } from "../../shared/catalog";
import { showMapOf } from "../../client/src/map/projection";
import { loadLanguage } from "../../client/src/lang/language";

await loadScenarios();
await showMapOf(getScenario(DEFAULT_SCENARIO_ID));
await Promise.all(LANGUAGES.map(loadLanguage));

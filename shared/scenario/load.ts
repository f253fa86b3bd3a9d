/**
 * What a shipped scenario keeps in modules of its own, so that a browser fetches only what it
 * shows: its map's airspace grid (the client loads the match's, shared/geo/maps.ts) and what its
 * bots know (the client never). The server, the scripts and the tests load all of it at start.
 */
import { loadAllMaps } from "../geo/maps";
import { loadBotKnowledge } from "./bot-knowledge";
import { SCENARIOS } from "./index";

export async function loadScenarios(): Promise<void> {
  await Promise.all([loadAllMaps(), ...Object.values(SCENARIOS).map(loadBotKnowledge)]);
}

/**
 * A small teacher's scenario over Caspian Salvo, the one the teacher's page offers to download
 * and docs/scenarios.md walks through (docs/examples/short-salvo.json is this, kept up to date by
 * tests/scenario/schema.test.ts).
 */
import type { ScenarioFile } from "./file";

export const exampleScenarioFile: ScenarioFile = {
  $schema: "../scenario.schema.json",
  format: 1,
  base: "caspian-salvo",
  name: "Short Salvo: Aleppo contested",
  summary:
    "A four-turn variant of Caspian Salvo for a 45-minute class: the rebels are stronger around Aleppo, " +
    "the Caspian Flotilla has fewer missiles, and escalation starts higher.",
  defaultTurns: 8,
  lessonTurns: 4,
  powers: {
    turkey: { tracks: { credibility: 60 } },
  },
  zones: [{ id: "aleppo", strength: { rebels: 45, regime: 20, isis: 10, kurds: 5 }, control: "rebels" }],
  assets: [{ id: "caspian-flotilla", stock: 18, capacity: 18 }],
  escalation: { start: 3 },
  events: [
    {
      id: "ev-aleppo-offensive", turn: 1,
      headline: "Rebels push south of Aleppo",
      text: "Rebel groups report gains south of Aleppo; the government promises a counter-offensive with Russian air support.",
      effects: [{ kind: "strength", zone: "aleppo", faction: "rebels", delta: 3 }],
    },
    {
      id: "ev-un-appeal", turn: 3,
      headline: "UN appeals for a humanitarian pause",
      text: "The UN Secretary-General calls on every party to spare civilians in Aleppo and to open corridors for aid.",
      effects: [{ kind: "civilians", zone: "aleppo", delta: 20 }],
    },
    {
      id: "ev-refugees", turn: null,
      headline: "A new wave of refugees reaches Turkey",
      text: "Tens of thousands cross the border at Kilis; Ankara asks its allies for help and renews its call for a safe zone.",
      effects: [{ kind: "track", power: "turkey", track: "legitimacy", delta: 2 }, { kind: "escalation", delta: 1 }],
    },
  ],
};

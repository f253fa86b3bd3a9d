/**
 * Every shipped scenario's bot knowledge (`Scenario.bots`) names only its own powers, factions,
 * objectives and assets, and gives each power a persona: a generic bot seated at any of its powers
 * finds what it needs.
 */
import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../../shared/scenario";
import { factionIds, powerIds } from "../../shared/scenario/ids-of";
import { personaFor } from "../../shared/bots/persona";
import { botsOf, loadBotKnowledge } from "../../shared/scenario/bot-knowledge";

describe.each(Object.values(SCENARIOS))("the bots' knowledge of $name", (scenario) => {
  const powers = powerIds(scenario);
  const factions = factionIds(scenario);
  // Loaded by the tests' setup, as the server loads it at start.
  const bots = botsOf(scenario);

  it("is a module of its own, loaded once: the same knowledge for the scenario each time", async () => {
    expect(await loadBotKnowledge(scenario)).toBe(bots);
    expect(() => botsOf({ id: "nowhere", bots: () => Promise.resolve(bots) })).toThrow(/not loaded/);
  });

  it("gives each power a persona over the scenario's own factions and powers", () => {
    expect(Object.keys(bots.personas).sort()).toEqual([...powers].sort());
    for (const power of powers) {
      const persona = bots.personas[power]!;
      expect(Object.keys(persona.factions).sort(), power).toEqual([...factions].sort());
      expect(Object.keys(persona.affinity).sort(), power).toEqual([...powers].sort());
      for (const p of Object.keys(persona.needs)) expect(powers, `${power} needs ${p}`).toContain(p);
      if (persona.claim !== "honest") expect(factions, `${power} claims`).toContain(persona.claim);
    }
  });

  it("adjusts personas only for secret objectives of the scenario, and only its factions and powers", () => {
    for (const [id, change] of Object.entries(bots.secrets)) {
      const objective = scenario.objectives.find((o) => o.id === id);
      expect(objective?.secret, id).toBe(true);
      for (const f of Object.keys(change.factions ?? {})) expect(factions, id).toContain(f);
      for (const p of Object.keys(change.affinity ?? {})) expect(powers, id).toContain(p);
      const adjusted = personaFor(scenario, objective!.power, id);
      for (const [f, v] of Object.entries(change.factions ?? {})) expect(adjusted.factions[f], `${id} ${f}`).toBe(v);
      // The base persona is left as it was.
      expect(personaFor(scenario, objective!.power, null)).toEqual(bots.personas[objective!.power]);
    }
  });

  it("lists corridors only from its own assets, each waypoint on the map, and NFZ sponsors among its powers", () => {
    const assets = new Set(scenario.assets.map((a) => a.id));
    for (const [asset, lists] of Object.entries(bots.corridors)) {
      expect(assets.has(asset), asset).toBe(true);
      for (const list of lists) for (const [lon, lat] of list) {
        expect(Math.abs(lon), asset).toBeLessThanOrEqual(180);
        expect(Math.abs(lat), asset).toBeLessThanOrEqual(90);
      }
    }
    for (const p of bots.nfzSponsors) expect(powers).toContain(p);
  });
});

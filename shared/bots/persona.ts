/** A power's bot persona: its scenario's (`Scenario.bots`), adjusted for the secret objective it drew. */
import { botsOf } from "../scenario/bot-knowledge";
import { at } from "../at";
import type { PowerId } from "../ids";
import type { Persona } from "../scenario/bot-knowledge";
import type { Scenario } from "../scenario/types";

export function personaFor(scenario: Scenario, power: PowerId, secretObjective: string | null): Persona {
  const bots = botsOf(scenario);
  const base = at(bots.personas, power);
  const change = secretObjective ? bots.secrets[secretObjective] : undefined;
  return {
    ...base,
    factions: { ...base.factions, ...change?.factions } as Persona["factions"],
    affinity: { ...base.affinity, ...change?.affinity } as Persona["affinity"],
    needs: { ...base.needs },
  };
}

/**
 * What each power's bot wants, as data: which factions it would see stronger or weaker, whom it
 * trusts, whose airspace it needs, how boldly it flies without rights and what it says it struck.
 * The numbers are judgement calls from the design brief's objectives; secret objectives adjust
 * them in `personaFor`.
 */
import { at } from "../at";
import type { FactionId, PowerId } from "../ids";

export interface Persona {
  /** How much the power wants each faction stronger (+) or weaker (−), about −1.5…1. */
  factions: Record<FactionId, number>;
  /** Goodwill towards each other power, −1…1. */
  affinity: Record<PowerId, number>;
  /** What overflight rights from each power are worth to it (victory-point-like units). */
  needs: Partial<Record<PowerId, number>>;
  /** Appetite for flying without rights, 0 (never) … 1 (bold). */
  boldness: number;
  /** "honest", or the faction it says it struck whatever it hit (self-serving claim). */
  claim: "honest" | FactionId;
  /** Gives proxy support covertly by default. */
  covert: boolean;
  /** Share of its missile stock it is willing to fire in one turn (the rest is kept for later). */
  salvoShare: number;
}

const PERSONAS: Readonly<Record<PowerId, Persona>> = {
  russia: {
    factions: { regime: 1, hezbollah: 0.3, rebels: -1, isis: -0.4, kurds: 0 },
    affinity: { russia: 1, usa: -0.5, iran: 0.8, iraq: 0.3, turkey: -0.4, syria: 0.9 },
    needs: { iran: 3, iraq: 3, syria: 3 },
    boldness: 0.55,
    claim: "isis",
    covert: false,
    salvoShare: 0.5,
  },
  usa: {
    factions: { isis: -1, kurds: 0.6, rebels: 0.3, regime: -0.3, hezbollah: -0.3 },
    affinity: { russia: -0.5, usa: 1, iran: -0.6, iraq: 0.6, turkey: 0.6, syria: -0.8 },
    needs: { iraq: 2, syria: 1.5, turkey: 1 },
    boldness: 0.5,
    claim: "honest",
    covert: false,
    salvoShare: 0.3,
  },
  iran: {
    factions: { regime: 0.9, hezbollah: 1, rebels: -0.7, isis: -0.7, kurds: 0 },
    affinity: { russia: 0.7, usa: -0.7, iran: 1, iraq: 0.6, turkey: -0.2, syria: 0.9 },
    needs: { iraq: 3, syria: 1 },
    boldness: 0.1,
    claim: "honest",
    covert: false,
    salvoShare: 0.5,
  },
  iraq: {
    factions: { isis: -1, hezbollah: 0.4, kurds: -0.1, rebels: 0, regime: 0.1 },
    affinity: { russia: 0.3, usa: 0.4, iran: 0.4, iraq: 1, turkey: -0.2, syria: 0.1 },
    needs: { syria: 1 },
    boldness: 0.3,
    claim: "honest",
    covert: false,
    salvoShare: 1,
  },
  turkey: {
    factions: { kurds: -1, rebels: 0.9, regime: -0.5, isis: -0.4, hezbollah: -0.3 },
    affinity: { russia: -0.4, usa: 0.6, iran: -0.2, iraq: 0.1, turkey: 1, syria: -0.8 },
    needs: { syria: 1.5, iraq: 0.5 },
    boldness: 0.5,
    claim: "isis",
    covert: false,
    salvoShare: 1,
  },
  syria: {
    factions: { regime: 1, hezbollah: 0.5, rebels: -1, isis: -0.8, kurds: -0.2 },
    affinity: { russia: 0.9, usa: -0.7, iran: 0.9, iraq: 0.2, turkey: -0.9, syria: 1 },
    needs: { iraq: 0.5 },
    boldness: 0.4,
    claim: "isis",
    covert: false,
    salvoShare: 1,
  },
};

/** The power's persona, adjusted for the secret objective it drew. */
export function personaFor(power: PowerId, secretObjective: string | null): Persona {
  const base = at(PERSONAS, power);
  const persona: Persona = { ...base, factions: { ...base.factions }, affinity: { ...base.affinity }, needs: { ...base.needs } };
  switch (secretObjective) {
    case "rus-rebels-broken":
      persona.factions.rebels = -1.4;
      break;
    case "usa-kurds-hasakah":
      persona.factions.kurds = 1;
      break;
    case "tur-regime-weakened":
      persona.factions.regime = -1;
      break;
    case "irq-mosul-not-kurdish":
      persona.factions.kurds = -0.5;
      break;
    case "syr-retake-palmyra":
      persona.factions.isis = -1.1;
      break;
    case "syr-army-rebuilt":
      // Every arms shipment to the army, none spared for the militias.
      persona.factions.hezbollah = 0.1;
      break;
    case "irn-us-out-of-iraq":
      persona.affinity.usa = -0.9;
      break;
  }
  return persona;
}

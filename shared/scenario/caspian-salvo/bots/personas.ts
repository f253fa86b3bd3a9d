/**
 * What each power's bot wants in Caspian Salvo: which factions it would see stronger or weaker,
 * whom it trusts, whose airspace it needs, how boldly it flies without rights and what it says it
 * struck. The numbers are judgement calls from the design brief's objectives; `secrets` adjusts
 * them for the secret objective drawn.
 */
import type { PowerId } from "../../../ids";
import type { Persona, PersonaChange } from "../../bot-knowledge";

export const personas: Readonly<Record<PowerId, Persona>> = {
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

/** By secret objective: the persona entries it changes. */
export const secrets: Readonly<Record<string, PersonaChange>> = {
  "rus-rebels-broken": { factions: { rebels: -1.4 } },
  "usa-kurds-hasakah": { factions: { kurds: 1 } },
  "tur-regime-weakened": { factions: { regime: -1 } },
  "irq-mosul-not-kurdish": { factions: { kurds: -0.5 } },
  "syr-retake-palmyra": { factions: { isis: -1.1 } },
  // Every arms shipment to the army, none spared for the militias.
  "syr-army-rebuilt": { factions: { hezbollah: 0.1 } },
  "irn-us-out-of-iraq": { affinity: { usa: -0.9 } },
};

/**
 * What each power's bot wants in Gulf 2019: which factions it would see stronger or weaker, whom
 * it trusts, whose airspace it needs, how boldly it flies without rights and what it says it
 * struck. Judgement calls from the objectives and the record of 2019; `secrets` adjusts them for
 * the secret objective drawn.
 */
import type { PowerId } from "../../../ids";
import type { Persona, PersonaChange } from "../../bot-knowledge";

export const personas: Readonly<Record<PowerId, Persona>> = {
  usa: {
    factions: { houthis: -0.4, "yemeni-govt": 0.3, stc: 0, aqap: -1, pmf: -0.8, isis: -0.8 },
    affinity: { usa: 1, iran: -0.8, saudi: 0.6, uae: 0.6, iraq: 0.4 },
    needs: { iraq: 2, saudi: 1.5 },
    boldness: 0.4,
    claim: "honest",
    covert: false,
    salvoShare: 0.3,
  },
  // Deniability first: support goes covertly.
  iran: {
    factions: { houthis: 1, "yemeni-govt": -0.6, stc: -0.2, aqap: -0.3, pmf: 1, isis: -0.6 },
    affinity: { usa: -0.9, iran: 1, saudi: -0.7, uae: -0.3, iraq: 0.6 },
    needs: { iraq: 3 },
    boldness: 0.15,
    claim: "honest",
    covert: true,
    salvoShare: 0.5,
  },
  saudi: {
    factions: { houthis: -1, "yemeni-govt": 1, stc: -0.2, aqap: -0.5, pmf: -0.5, isis: -0.5 },
    affinity: { usa: 0.8, iran: -0.9, saudi: 1, uae: 0.5, iraq: 0.2 },
    needs: { iraq: 0.5 },
    boldness: 0.5,
    claim: "honest",
    covert: false,
    salvoShare: 1,
  },
  // It said its jets struck "terrorist militias" when they hit government troops at Aden.
  uae: {
    factions: { houthis: -0.7, "yemeni-govt": -0.1, stc: 1, aqap: -1, pmf: -0.3, isis: -0.4 },
    affinity: { usa: 0.7, iran: -0.3, saudi: 0.5, uae: 1, iraq: 0.1 },
    needs: { saudi: 1 },
    boldness: 0.4,
    claim: "aqap",
    covert: false,
    salvoShare: 1,
  },
  iraq: {
    factions: { houthis: 0, "yemeni-govt": 0, stc: 0, aqap: 0, pmf: 0.1, isis: -1 },
    affinity: { usa: 0.4, iran: 0.5, saudi: 0.2, uae: 0.1, iraq: 1 },
    needs: {},
    boldness: 0.2,
    claim: "honest",
    covert: false,
    salvoShare: 1,
  },
};

/** By secret objective: the persona entries it changes. */
export const secrets: Readonly<Record<string, PersonaChange>> = {
  "usa-houthis-contained": { factions: { houthis: -0.8 } },
  "irn-arm-houthis": { factions: { houthis: 1.3 } },
  "irn-gulf-talks": { affinity: { uae: 0.2, saudi: -0.3 } },
  "sau-pmf-weak": { factions: { pmf: -0.9 } },
  "uae-iran-talks": { affinity: { iran: 0.2 } },
  "uae-stc-shabwa": { factions: { stc: 1.2 } },
  "irq-mediator": { affinity: { saudi: 0.5, iran: 0.7 } },
  "irq-pmf-reined": { factions: { pmf: -0.5 } },
};

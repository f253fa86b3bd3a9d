/**
 * Gulf 2019: the five seats, in May 2019, a year after the US left the nuclear deal.
 *
 * Colours: Okabe–Ito (colour-blind safe). Tracks and influence are 0–100; influence is given for
 * every country of `influenceCountries` (Iraq 368, Yemen 887, Oman 512, Qatar 634). Cost starts
 * from how long each power has already been at war; the quagmire line is 70.
 */
import type { PowerId } from "../../ids";
import type { PowerSetup } from "../types";

export const powers: Readonly<Record<PowerId, PowerSetup>> = {
  usa: {
    name: "United States",
    short: "USA",
    color: "#0072B2",
    homeCountry: "840",
    // "Maximum pressure": oil sanctions waivers ended on 2 May; a carrier group and bombers sent on 5 May.
    tracks: { prestige: 55, legitimacy: 45, cost: 25, credibility: 45 },
    influence: { "368": 40, "887": 15, "512": 35, "634": 50 },
    intel: 0.75,
    patrolUnits: 4,
    supportPoints: 3,
    publicObjectives: ["usa-no-war", "usa-pmf-weak", "usa-aqap", "usa-iraq-skies", "usa-word-kept", "usa-standing"],
    secretObjectives: ["usa-saudi-basing", "usa-houthis-contained"],
    brief: "Squeeze Iran without going to war with it: keep the Gulf's shipping and your partners safe, cut back the militias Iran arms, and keep Baghdad's skies open to you.",
  },
  iran: {
    name: "Iran",
    short: "IRN",
    color: "#009E73",
    homeCountry: "364",
    // Oil exports falling towards zero under sanctions; the Revolutionary Guards listed as a terrorist organisation on 8 April.
    tracks: { prestige: 45, legitimacy: 35, cost: 30, credibility: 40 },
    influence: { "368": 50, "887": 40, "512": 30, "634": 35 },
    intel: 0.55,
    patrolUnits: 2,
    supportPoints: 6,
    publicObjectives: ["irn-houthis-hold", "irn-pmf-strong", "irn-deniable", "irn-no-war", "irn-influence", "irn-word-kept"],
    secretObjectives: ["irn-arm-houthis", "irn-gulf-talks"],
    brief: "Make maximum pressure cost the United States and its partners, through friends whose hands are not yours, without handing Washington a reason for war.",
  },
  saudi: {
    name: "Saudi Arabia",
    short: "SAU",
    color: "#CC79A7",
    homeCountry: "682",
    // Four years of war in Yemen; Houthi drones and missiles reach Saudi cities and pipelines.
    tracks: { prestige: 45, legitimacy: 35, cost: 50, credibility: 50 },
    influence: { "368": 15, "887": 45, "512": 25, "634": 5 },
    intel: 0.55,
    patrolUnits: 3,
    supportPoints: 4,
    publicObjectives: ["sau-houthis-weak", "sau-government-holds", "sau-us-commitment", "sau-legitimacy", "sau-word-kept"],
    secretObjectives: ["sau-pmf-weak", "sau-taiz-marib"],
    brief: "Win the war in Yemen for the government you restored, or at least stop the Houthis' drones, and hold the United States to the defence of the kingdom.",
  },
  uae: {
    name: "United Arab Emirates",
    short: "UAE",
    color: "#D55E00",
    homeCountry: "784",
    // The coalition's most effective ground partner; it begins drawing its troops down from Yemen in June.
    tracks: { prestige: 50, legitimacy: 45, cost: 40, credibility: 55 },
    influence: { "368": 5, "887": 35, "512": 20, "634": 0 },
    intel: 0.6,
    patrolUnits: 2,
    supportPoints: 5,
    publicObjectives: ["uae-stc-aden", "uae-aqap", "uae-no-clash", "uae-word-kept", "uae-standing"],
    secretObjectives: ["uae-iran-talks", "uae-stc-shabwa"],
    brief: "Keep the south of Yemen in the hands of your allies and al-Qaeda down, and keep the Emirates, their ports and their tankers, out of a war with Iran across the water.",
  },
  iraq: {
    name: "Iraq",
    short: "IRQ",
    color: "#E69F00",
    homeCountry: "368",
    // The Islamic State defeated in its towns (2017); US troops and Iran-aligned militias both on Iraqi soil.
    tracks: { prestige: 35, legitimacy: 45, cost: 35, credibility: 50 },
    influence: { "368": 60, "887": 0, "512": 10, "634": 10 },
    intel: 0.45,
    patrolUnits: 1,
    supportPoints: 2,
    publicObjectives: ["irq-isis-down", "irq-both-sides", "irq-airspace", "irq-word-kept", "irq-standing"],
    secretObjectives: ["irq-mediator", "irq-pmf-reined"],
    brief: "Stay out of a war between your two partners, Washington and Tehran: keep both at your side, the Islamic State down and your skies your own.",
  },
};

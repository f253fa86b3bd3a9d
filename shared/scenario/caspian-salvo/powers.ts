/**
 * Caspian Salvo: the six seats.
 *
 * Colours: Okabe–Ito (colour-blind safe). Tracks and influence are 0–100; influence is given for
 * every country of `influenceCountries` (Syria 760, Iraq 368, Iran 364, Turkey 792, Lebanon 422).
 * Cost starts from how long each power has already been at war in 2015; the quagmire line is 70.
 */
import type { PowerId } from "../../ids";
import type { PowerSetup } from "../types";

export const powers: Readonly<Record<PowerId, PowerSetup>> = {
  russia: {
    name: "Russia",
    short: "RUS",
    color: "#D55E00",
    homeCountry: "643",
    // Air campaign one week old (from 30 Sept 2015): cheap so far, prestige rising, legitimacy contested.
    tracks: { prestige: 50, legitimacy: 45, cost: 20, credibility: 55 },
    influence: { "760": 45, "368": 15, "364": 25, "792": 15, "422": 10 },
    intel: 0.55,
    patrolUnits: 4,
    supportPoints: 4,
    publicObjectives: ["rus-regime-holds-west", "rus-prestige", "rus-crescent-iran", "rus-crescent-iraq", "rus-no-quagmire", "rus-word-kept", "rus-standing"],
    secretObjectives: ["rus-intel-cell", "rus-no-nfz", "rus-rebels-broken"],
    brief: "Keep Assad's government standing and show the world that Russia's reach runs from the Caspian to the Mediterranean, with Iran and Iraq at its side, without sinking into a quagmire.",
  },
  usa: {
    name: "United States",
    short: "USA",
    color: "#0072B2",
    homeCountry: "840",
    // A year of Operation Inherent Resolve; the $500m train-and-equip programme for rebels has failed.
    tracks: { prestige: 55, legitimacy: 55, cost: 35, credibility: 50 },
    influence: { "760": 10, "368": 45, "364": 5, "792": 40, "422": 20 },
    intel: 0.7,
    patrolUnits: 4,
    supportPoints: 4,
    publicObjectives: ["usa-isis-halved", "usa-iraq-coalition", "usa-no-clash", "usa-word-kept", "usa-standing"],
    secretObjectives: ["usa-nfz", "usa-kurds-hasakah"],
    brief: "Lead the 60-nation coalition to break the Islamic State, keep Baghdad in the coalition and out of Moscow's orbit, and never come to blows with Russia.",
  },
  iran: {
    name: "Iran",
    short: "IRN",
    color: "#009E73",
    homeCountry: "364",
    // Revolutionary Guards, Shia volunteers and Hezbollah already committed; the nuclear deal (JCPOA) is three months old.
    tracks: { prestige: 45, legitimacy: 40, cost: 30, credibility: 50 },
    influence: { "760": 40, "368": 40, "364": 85, "792": 10, "422": 45 },
    intel: 0.5,
    patrolUnits: 1,
    supportPoints: 6,
    publicObjectives: ["irn-regime-survives", "irn-hezbollah-strong", "irn-sanctions-relief", "irn-influence", "irn-word-kept", "irn-standing"],
    secretObjectives: ["irn-consent-route", "irn-us-out-of-iraq"],
    brief: "Keep Assad in Damascus and Hezbollah strong, widen Iran's influence from Baghdad to Beirut, and give no one an excuse to withhold the sanctions relief the nuclear deal promised.",
  },
  iraq: {
    name: "Iraq",
    short: "IRQ",
    color: "#E69F00",
    homeCountry: "368",
    // IS holds Mosul and Ramadi; Baghdad depends on both the coalition and Iran.
    tracks: { prestige: 30, legitimacy: 45, cost: 40, credibility: 50 },
    influence: { "760": 5, "368": 50, "364": 10, "792": 5, "422": 5 },
    intel: 0.4,
    patrolUnits: 0,
    supportPoints: 2,
    publicObjectives: ["irq-isis-out", "irq-aid-west", "irq-aid-east", "irq-airspace", "irq-word-kept", "irq-standing"],
    secretObjectives: ["irq-intel-cell", "irq-mosul-not-kurdish"],
    brief: "Drive the Islamic State out of Mosul and Anbar with help from whoever offers it, Washington and Moscow and Tehran alike, while keeping your skies your own.",
  },
  turkey: {
    name: "Turkey",
    short: "TUR",
    color: "#CC79A7",
    homeCountry: "792",
    // Two million Syrian refugees; at war with the PKK again since July 2015; NATO member.
    tracks: { prestige: 45, legitimacy: 50, cost: 25, credibility: 55 },
    influence: { "760": 20, "368": 20, "364": 10, "792": 85, "422": 5 },
    intel: 0.6,
    patrolUnits: 3,
    supportPoints: 4,
    publicObjectives: ["tur-nfz", "tur-kurds-weak", "tur-rebels-hold", "tur-airspace", "tur-word-kept", "tur-standing"],
    secretObjectives: ["tur-no-kurdish-corridor", "tur-regime-weakened", "tur-influence-syria"],
    brief: "Win a no-fly zone and safe zones over northern Syria, keep the Kurdish forces weak and the rebels in Idlib and Aleppo, and make every violator respect Turkish airspace.",
  },
  syria: {
    name: "Syria",
    short: "SYR",
    color: "#56B4E9",
    homeCountry: "760",
    // Four years of war: the army is worn out, the government isolated, Russia has just arrived.
    tracks: { prestige: 25, legitimacy: 20, cost: 60, credibility: 35 },
    influence: { "760": 50, "368": 10, "364": 10, "792": 0, "422": 25 },
    intel: 0.6,
    patrolUnits: 2,
    supportPoints: 3,
    publicObjectives: ["syr-control", "syr-no-nfz", "syr-support", "syr-word-kept", "syr-standing"],
    secretObjectives: ["syr-retake-aleppo", "syr-retake-palmyra", "syr-army-rebuilt"],
    brief: "Hold the west of the country and win back ground with Russian air power and Iranian manpower, and let no foreign no-fly zone ground your air force.",
  },
};

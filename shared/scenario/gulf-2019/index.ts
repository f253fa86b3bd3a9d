/**
 * Scenario "Gulf 2019", May–September 2019: the tanker and drone crisis after the United States
 * left the nuclear deal, from the Fujairah sabotage to the strike on Abqaiq, with the war in Yemen
 * and the militias in Iraq around it. This file assembles the parts beside it.
 */
import type { Scenario } from "../types";
import { CLASS_PERIODS } from "../class-periods";
import { map } from "./map";
import { textFr } from "./text-fr";
import { events } from "./events";
import { areaDefence, assets, weapons } from "./forces";
import { countries, factions, influenceCountries, zones } from "./geography";
import { objectives } from "./objectives";
import { powers } from "./powers";
import { airDefence, combat, escalation, nfz, tracks } from "./rules";

const DEFAULT_TURNS = 10;

export const gulf2019: Scenario = {
  id: "gulf-2019",
  name: "Gulf 2019",
  date: "May–September 2019",
  summary:
    "12 May 2019: four tankers are holed by mines off Fujairah, ten days after the United States ended the last " +
    "waivers on Iranian oil. Drones hit a Saudi pipeline, a US drone is shot down over the Strait of Hormuz, a British " +
    "tanker is seized, and in September Abqaiq burns. In Yemen the Saudi-led coalition splits over Aden; in Iraq the " +
    "militias' depots explode. Negotiate overflight, basing and intelligence, arm your friends or restrain them, strike, " +
    "and see who is seen doing what.",
  defaultTurns: DEFAULT_TURNS,
  ...CLASS_PERIODS,
  powers,
  countries,
  influenceCountries,
  factions,
  zones,
  weapons,
  assets,
  areaDefence,
  airDefence,
  nfz,
  escalation,
  tracks,
  combat,
  objectives,
  events,
  map,
  texts: { fr: textFr },
  bots: () => import("./bots").then((m) => m.bots),
  treaties: [
    // US forces fly over Iraq at Baghdad's invitation (since 2014), against the Islamic State's remnants.
    { kind: "overflight", grantor: "iraq", grantee: "usa", scope: "both", turns: DEFAULT_TURNS },
    // The Saudi-led coalition (since March 2015): Emirati aircraft cross Saudi Arabia to Yemen.
    { kind: "overflight", grantor: "saudi", grantee: "uae", scope: "both", turns: DEFAULT_TURNS },
  ],
  sources: [
    "US National Security Adviser, statement of 5 May 2019 (USS Abraham Lincoln and a bomber task force); US State Department, 22 April 2019 (no more waivers on Iranian oil from 2 May).",
    "UAE, Saudi Arabia and Norway, joint briefing to the UN Security Council, 6 June 2019 (Fujairah, 12 May 2019: \"a state actor\").",
    "Saudi Energy Ministry, 14 May 2019 (pumping stations 8 and 9 of the East–West pipeline); Wall Street Journal, 28 June 2019 (US officials: launched from southern Iraq).",
    "US Central Command, 13–14 June 2019 (Front Altair and Kokuka Courageous; the video of the mine's removal); Iranian Foreign Ministry, 13 June 2019.",
    "US Central Command and IRGC, 20 June 2019 (RQ-4A shot down by a 3rd Khordad missile near Kuh-e Mobarak); the US President, 21 June 2019 (strikes called off).",
    "Government of Gibraltar, 4 July 2019 (Grace 1); IRGC and UK Foreign Office, 19 July 2019 (Stena Impero); US Department of Defense, 19 July 2019 (troops to Prince Sultan Air Base).",
    "UAE and Iranian statements on the coast-guard meeting in Tehran, 30–31 July 2019.",
    "UK Ministry of Defence, 5 August 2019; US Central Command (Operation Sentinel, the International Maritime Security Construct).",
    "UN Special Envoy for Yemen, 11 August 2019 (Aden); Yemeni government and UAE statements, 29–30 August 2019 (air strikes near Aden).",
    "Popular Mobilisation Forces statements, July–August 2019 (depot explosions at Amerli, Camp Ashraf, south Baghdad, Balad); Iraqi Prime Minister's office, 15 August 2019.",
    "Saudi Aramco and Saudi Energy Ministry, 14–16 September 2019 (Abqaiq and Khurais, 5.7 million barrels a day lost); US Secretary of State, 14 September 2019; UN Panel of Experts on Yemen, final report, January 2020.",
    "Stockholm Agreement, December 2018; UN Redeployment Coordination Committee, 14 May 2019 (Hodeidah's ports).",
    "Iraqi Prime Minister's decree of 1 July 2019 on the Popular Mobilisation Forces; Iraqi mediation between Riyadh and Tehran, September–October 2019 (Iraqi Prime Minister's office).",
    "Control maps of Yemen and Iraq, 2019 (e.g. the Critical Threats Project, ACLED); zone strengths are the designers' estimates on a 0–100 scale.",
    "Coordinates: city centres from GeoNames; air bases from their published aerodrome coordinates (tests/scenario/gulf-2019.test.ts lists each).",
    "UN OCHA, Yemen Humanitarian Response Plan 2019 (24 million in need).",
  ],
};

/**
 * Caspian Salvo: the map's airspaces, the factions and the operational zones.
 *
 * Countries: every airspace in the baked grid (lon 24–62°E, lat 24–50°N, Natural Earth 50m via
 * world-atlas), so that any route a player can draw crosses only known airspace. Ids are
 * world-atlas's zero-padded ISO 3166 numeric codes.
 *
 * Zone strengths are on a 0–100 scale per faction and zone; they are the designers' reading of
 * the October 2015 control maps, not counts of fighters.
 */
import type { CountryId, FactionId } from "../../ids";
import type { CountrySetup, FactionSetup, ZoneSetup } from "../types";

export const countries: readonly CountrySetup[] = [
  // Seats (their policy is unused: each seat sets a posture every turn). The United States has no
  // airspace in the play area; it is kept so that every seat has a home country.
  { id: "643", name: "Russia", owner: "russia", policy: "engage", defence: 0.9 },
  { id: "840", name: "United States", owner: "usa", policy: "engage", defence: 1 },
  { id: "364", name: "Iran", owner: "iran", policy: "engage", defence: 0.6 },
  // Iraq had almost no air defence of its own in 2015 and said it could not police its skies.
  { id: "368", name: "Iraq", owner: "iraq", policy: "engage", defence: 0.35 },
  { id: "792", name: "Turkey", owner: "turkey", policy: "engage", defence: 0.8 },
  // Degraded by four years of war, but with S-200/Buk batteries and Russian help.
  { id: "760", name: "Syria", owner: "syria", policy: "engage", defence: 0.6 },

  // Countries without a seat, each with a fixed published policy.
  { id: "031", name: "Azerbaijan", owner: null, policy: "protest", defence: 0.5 },
  { id: "051", name: "Armenia", owner: null, policy: "ignore", defence: 0.5 }, // CSTO ally; Russian base at Gyumri
  { id: "268", name: "Georgia", owner: null, policy: "protest", defence: 0.3 },
  { id: "795", name: "Turkmenistan", owner: null, policy: "ignore", defence: 0.3 }, // permanent neutrality
  { id: "398", name: "Kazakhstan", owner: null, policy: "ignore", defence: 0.4 }, // CSTO ally
  { id: "860", name: "Uzbekistan", owner: null, policy: "ignore", defence: 0.4 },
  { id: "422", name: "Lebanon", owner: null, policy: "ignore", defence: 0.1 }, // no real air defence
  { id: "400", name: "Jordan", owner: null, policy: "protest", defence: 0.5 },
  { id: "376", name: "Israel", owner: null, policy: "engage", defence: 0.95 },
  // Natural Earth's West Bank and Gaza; their airspace is controlled by Israel.
  { id: "275", name: "Palestinian territories (Israeli-controlled airspace)", owner: null, policy: "engage", defence: 0.9 },
  { id: "196", name: "Cyprus", owner: null, policy: "protest", defence: 0.3 }, // includes N. Cyprus (Nicosia FIR)
  { id: "682", name: "Saudi Arabia", owner: null, policy: "protest", defence: 0.7 },
  { id: "414", name: "Kuwait", owner: null, policy: "protest", defence: 0.5 },
  { id: "818", name: "Egypt", owner: null, policy: "ignore", defence: 0.6 }, // Cairo welcomed Russia's intervention
  { id: "434", name: "Libya", owner: null, policy: "ignore", defence: 0.05 },
  { id: "634", name: "Qatar", owner: null, policy: "ignore", defence: 0.4 }, // hosts the coalition's Al Udeid air base
  { id: "048", name: "Bahrain", owner: null, policy: "ignore", defence: 0.4 }, // hosts the US Fifth Fleet
  { id: "784", name: "United Arab Emirates", owner: null, policy: "ignore", defence: 0.6 }, // hosts Al Dhafra air base
  { id: "512", name: "Oman", owner: null, policy: "ignore", defence: 0.4 },
  { id: "004", name: "Afghanistan", owner: null, policy: "ignore", defence: 0.05 },
  { id: "586", name: "Pakistan", owner: null, policy: "protest", defence: 0.6 },
  { id: "100", name: "Bulgaria", owner: null, policy: "protest", defence: 0.5 }, // closed its airspace to Russian flights to Syria, Sept 2015
  { id: "300", name: "Greece", owner: null, policy: "protest", defence: 0.7 },
  { id: "642", name: "Romania", owner: null, policy: "protest", defence: 0.5 },
  { id: "498", name: "Moldova", owner: null, policy: "ignore", defence: 0.1 },
  { id: "804", name: "Ukraine", owner: null, policy: "protest", defence: 0.5 },
];

/** The "crescent of influence": where influence is tracked and drawn. */
export const influenceCountries: readonly CountryId[] = ["760", "368", "364", "792", "422"];

export const factions: Readonly<Record<FactionId, FactionSetup>> = {
  // Colours: Paul Tol's "muted" scheme, kept apart from the powers' Okabe–Ito colours.
  isis: { name: "Islamic State", short: "IS", color: "#332288", enemies: ["rebels", "kurds", "hezbollah", "regime"] },
  rebels: { name: "Syrian rebels", short: "REB", color: "#117733", enemies: ["regime", "hezbollah", "isis"] },
  kurds: { name: "Kurdish forces (YPG, Peshmerga)", short: "KRD", color: "#DDCC77", enemies: ["isis"] },
  // Iran's proxies: Lebanese Hezbollah in Syria, and the Iran-backed Shia militias in Iraq.
  hezbollah: { name: "Hezbollah and Shia militias", short: "HZB", color: "#999933", enemies: ["rebels", "isis"] },
  regime: { name: "Syrian Arab Army", short: "SAA", color: "#882255", enemies: ["rebels", "isis"] },
};

/**
 * Civilians in thousands, for the zone (city and its countryside) in late 2015. Each zone stands
 * at its city's centre (GeoNames), within 3 km (tests/scenario/coordinates.test.ts).
 * `north` marks the zones of the no-fly zone Turkey asked for in 2015: the strip of Aleppo
 * province between Jarablus and Azaz, along the Turkish border west of the Euphrates (Turkish
 * government, July–August 2015). Both towns lie in the Aleppo zone; Raqqa and Hasakah, east of
 * the Euphrates, were never part of it.
 */
export const zones: readonly ZoneSetup[] = [
  // Divided city: rebels in the east, the regime in the west, IS to the east, YPG in Sheikh Maqsoud and Afrin.
  { id: "aleppo", name: "Aleppo", country: "760", lonLat: [37.16, 36.2], civilians: 1500, strength: { rebels: 40, regime: 30, isis: 20, kurds: 15, hezbollah: 5 }, control: null, north: true },
  // Taken by Jaish al-Fatah in March 2015; regime-held Fu'ah and Kafriya besieged.
  { id: "idlib", name: "Idlib", country: "760", lonLat: [36.63, 35.93], civilians: 1200, strength: { rebels: 70, regime: 5, hezbollah: 5 }, control: "rebels", north: false },
  // The regime's heartland; rebels in the Kurdish and Turkmen mountains near the Turkish border.
  { id: "latakia", name: "Latakia", country: "760", lonLat: [35.8, 35.54], civilians: 1100, strength: { regime: 70, rebels: 15, hezbollah: 5 }, control: "regime", north: false },
  { id: "hama", name: "Hama", country: "760", lonLat: [36.75, 35.13], civilians: 900, strength: { regime: 50, rebels: 35, isis: 5, hezbollah: 5 }, control: "regime", north: false },
  // Rebel pocket around Rastan and Talbiseh; al-Waer district besieged.
  { id: "homs", name: "Homs", country: "760", lonLat: [36.72, 34.73], civilians: 800, strength: { regime: 50, hezbollah: 20, rebels: 20, isis: 5 }, control: "regime", north: false },
  // Rebels hold Eastern Ghouta; IS in Yarmouk; Hezbollah on the Qalamoun and Lebanese border.
  { id: "damascus", name: "Damascus", country: "760", lonLat: [36.29, 33.51], civilians: 2500, strength: { regime: 65, hezbollah: 25, rebels: 30, isis: 5 }, control: "regime", north: false },
  // Taken by IS in May 2015.
  { id: "palmyra", name: "Palmyra", country: "760", lonLat: [38.27, 34.56], civilians: 40, strength: { isis: 50, regime: 15 }, control: "isis", north: false },
  // IS's capital; the YPG took Tal Abyad on the Turkish border in June 2015.
  { id: "raqqa", name: "Raqqa", country: "760", lonLat: [39.01, 35.95], civilians: 400, strength: { isis: 75, kurds: 20 }, control: "isis", north: false },
  // IS holds the province; a regime enclave and the air base hold out under siege.
  { id: "deirezzor", name: "Deir ez-Zor", country: "760", lonLat: [40.14, 35.34], civilians: 600, strength: { isis: 70, regime: 20 }, control: "isis", north: false },
  // YPG-held canton; the regime keeps parts of Hasakah city and Qamishli.
  { id: "hasakah", name: "Hasakah", country: "760", lonLat: [40.75, 36.5], civilians: 800, strength: { kurds: 60, isis: 15, regime: 15 }, control: "kurds", north: false },
  // Held by IS since June 2014; Peshmerga on the eastern and northern edges.
  { id: "mosul", name: "Mosul", country: "368", lonLat: [43.13, 36.34], civilians: 1500, strength: { isis: 80, kurds: 15 }, control: "isis", north: false },
  // Ramadi fell to IS in May 2015; Iran-backed militias gather around Fallujah.
  { id: "anbar", name: "Anbar (Ramadi)", country: "368", lonLat: [43.3, 33.42], civilians: 800, strength: { isis: 55, hezbollah: 20 }, control: "isis", north: false },
  // Held by the Peshmerga since June 2014, disputed with Baghdad; IS at Hawija to the west.
  { id: "kirkuk", name: "Kirkuk", country: "368", lonLat: [44.39, 35.47], civilians: 1000, strength: { kurds: 60, isis: 20, hezbollah: 5 }, control: "kurds", north: false },
];

/**
 * Gulf 2019: the map's airspaces, the factions and the operational zones.
 *
 * Countries: every airspace in the baked grid (lon 32–62°E, lat 10–38°N, Natural Earth 50m via
 * world-atlas), so that any route a player can draw crosses only known airspace. Ids are
 * world-atlas's zero-padded ISO 3166 numeric codes.
 *
 * Zone strengths are on a 0–100 scale per faction and zone: the designers' reading of the control
 * maps of May 2019 (Yemen after the Stockholm Agreement of December 2018; Iraq after the fall of
 * the Islamic State's last towns), not counts of fighters.
 */
import type { CountryId, FactionId } from "../../ids";
import type { CountrySetup, FactionSetup, ZoneSetup } from "../types";

export const countries: readonly CountrySetup[] = [
  // Seats (their policy is unused: each seat sets a posture every turn). The United States has no
  // airspace in the play area; it is kept so that every seat has a home country.
  { id: "840", name: "United States", owner: "usa", policy: "engage", defence: 1 },
  // Iran's integrated air defence shot down an RQ-4A at high altitude on 20 June 2019.
  { id: "364", name: "Iran", owner: "iran", policy: "engage", defence: 0.7 },
  // Patriot batteries facing Yemen, which failed to stop the low drones and cruise missiles of 14 September.
  { id: "682", name: "Saudi Arabia", owner: "saudi", policy: "engage", defence: 0.6 },
  { id: "784", name: "United Arab Emirates", owner: "uae", policy: "engage", defence: 0.7 },
  // Little air defence of its own; the coalition and Iran-aligned militias both operate in its skies.
  { id: "368", name: "Iraq", owner: "iraq", policy: "engage", defence: 0.3 },

  // Countries without a seat, each with a fixed published policy.
  { id: "887", name: "Yemen", owner: null, policy: "ignore", defence: 0.1 }, // no air defence to speak of; the coalition controls its skies
  { id: "512", name: "Oman", owner: null, policy: "protest", defence: 0.5 }, // neutral mediator, open to both sides
  { id: "634", name: "Qatar", owner: null, policy: "ignore", defence: 0.4 }, // under the Saudi-led blockade; hosts Al Udeid
  { id: "048", name: "Bahrain", owner: null, policy: "ignore", defence: 0.4 }, // hosts the US Fifth Fleet
  { id: "414", name: "Kuwait", owner: null, policy: "protest", defence: 0.5 },
  { id: "400", name: "Jordan", owner: null, policy: "protest", defence: 0.5 },
  { id: "376", name: "Israel", owner: null, policy: "engage", defence: 0.95 },
  // Natural Earth's West Bank and Gaza; their airspace is controlled by Israel.
  { id: "275", name: "Palestinian territories (Israeli-controlled airspace)", owner: null, policy: "engage", defence: 0.9 },
  { id: "422", name: "Lebanon", owner: null, policy: "ignore", defence: 0.1 },
  { id: "760", name: "Syria", owner: null, policy: "protest", defence: 0.5 },
  { id: "792", name: "Turkey", owner: null, policy: "protest", defence: 0.8 },
  { id: "196", name: "Cyprus", owner: null, policy: "protest", defence: 0.3 }, // includes N. Cyprus (Nicosia FIR)
  { id: "818", name: "Egypt", owner: null, policy: "protest", defence: 0.6 }, // a coalition member in name
  { id: "729", name: "Sudan", owner: null, policy: "ignore", defence: 0.2 }, // its troops fought for the coalition in Yemen
  { id: "728", name: "South Sudan", owner: null, policy: "ignore", defence: 0.05 },
  { id: "232", name: "Eritrea", owner: null, policy: "ignore", defence: 0.2 }, // leased the UAE its base at Assab
  { id: "231", name: "Ethiopia", owner: null, policy: "protest", defence: 0.4 },
  { id: "262", name: "Djibouti", owner: null, policy: "ignore", defence: 0.1 }, // US base at Camp Lemonnier
  { id: "706", name: "Somalia", owner: null, policy: "ignore", defence: 0.05 }, // includes Somaliland (Mogadishu FIR)
  { id: "004", name: "Afghanistan", owner: null, policy: "ignore", defence: 0.05 },
  { id: "586", name: "Pakistan", owner: null, policy: "protest", defence: 0.6 },
  { id: "795", name: "Turkmenistan", owner: null, policy: "ignore", defence: 0.3 }, // permanent neutrality
  { id: "051", name: "Armenia", owner: null, policy: "ignore", defence: 0.5 },
  { id: "031", name: "Azerbaijan", owner: null, policy: "protest", defence: 0.5 },
];

/** Where influence is tracked and drawn: the governments both camps court. */
export const influenceCountries: readonly CountryId[] = ["368", "887", "512", "634"];

export const factions: Readonly<Record<FactionId, FactionSetup>> = {
  // Colours: Paul Tol's "muted" scheme, kept apart from the powers' Okabe–Ito colours.
  houthis: { name: "Houthis (Ansar Allah)", short: "HTH", color: "#332288", enemies: ["yemeni-govt", "stc", "aqap"] },
  "yemeni-govt": { name: "Yemeni government (Hadi)", short: "GOV", color: "#117733", enemies: ["houthis", "aqap", "stc"] },
  // Allied with the government against the Houthis, and its rival for Aden.
  stc: { name: "Southern Transitional Council", short: "STC", color: "#DDCC77", enemies: ["houthis", "aqap", "yemeni-govt"] },
  aqap: { name: "Al-Qaeda in the Arabian Peninsula", short: "AQAP", color: "#882255", enemies: ["houthis", "yemeni-govt", "stc"] },
  // Kataib Hezbollah and the other Iran-aligned brigades of the Popular Mobilisation Forces.
  pmf: { name: "Iran-aligned militias (PMF)", short: "PMF", color: "#999933", enemies: ["isis"] },
  isis: { name: "Islamic State remnants", short: "IS", color: "#44AA99", enemies: ["pmf"] },
};

/**
 * Civilians in thousands, for the zone (city and its countryside) in 2019. Each zone stands at its
 * city's centre (GeoNames), within 3 km (Aden 4.5 km, the nearest land of the baked coast;
 * tests/scenario/gulf-2019.test.ts lists each).
 * No zone is `north`: no no-fly zone was proposed in 2019.
 */
export const zones: readonly ZoneSetup[] = [
  // The Houthis' homeland on the Saudi border, the coalition's most struck province.
  { id: "saada", name: "Saada", country: "887", lonLat: [43.76, 16.94], civilians: 900, strength: { houthis: 85, "yemeni-govt": 5 }, control: "houthis", north: false },
  // The capital, held by the Houthis since September 2014.
  { id: "sanaa", name: "Sanaa", country: "887", lonLat: [44.21, 15.35], civilians: 3000, strength: { houthis: 80, "yemeni-govt": 5 }, control: "houthis", north: false },
  // The port that feeds the north: the Stockholm Agreement (December 2018) froze the front at its edge.
  { id: "hodeidah", name: "Hodeidah", country: "887", lonLat: [42.95, 14.8], civilians: 2500, strength: { houthis: 55, "yemeni-govt": 35, stc: 5 }, control: "houthis", north: false },
  // Besieged and divided since 2015.
  { id: "taiz", name: "Taiz", country: "887", lonLat: [44.02, 13.58], civilians: 2800, strength: { "yemeni-govt": 45, houthis: 40, aqap: 5 }, control: null, north: false },
  // The government's stronghold in the north, and its oil and gas.
  { id: "marib", name: "Marib", country: "887", lonLat: [45.32, 15.46], civilians: 1000, strength: { "yemeni-govt": 60, houthis: 20, aqap: 10 }, control: "yemeni-govt", north: false },
  // The government's seat, where the UAE-backed Security Belt forces of the STC are as strong.
  { id: "aden", name: "Aden", country: "887", lonLat: [45.01, 12.81], civilians: 900, strength: { "yemeni-govt": 40, stc: 40, aqap: 5 }, control: "yemeni-govt", north: false },
  // AQAP's refuge in the south, contested by the UAE-trained Shabwani Elite.
  { id: "shabwa", name: "Shabwa (Ataq)", country: "887", lonLat: [46.83, 14.54], civilians: 600, strength: { aqap: 35, "yemeni-govt": 30, stc: 25 }, control: null, north: false },
  // Jurf al-Sakhar: Kataib Hezbollah's closed base south of Baghdad, its people never let back.
  { id: "jurf", name: "Jurf al-Sakhar", country: "368", lonLat: [44.12, 32.87], civilians: 80, strength: { pmf: 70 }, control: "pmf", north: false },
  // Al-Qaim on the Syrian border: the militias' crossing, and Islamic State cells in the desert.
  { id: "qaim", name: "Al-Qaim", country: "368", lonLat: [41.08, 34.37], civilians: 150, strength: { pmf: 45, isis: 25 }, control: "pmf", north: false },
  // The Hamrin mountains and Diyala: the Islamic State's insurgency after its defeat.
  { id: "diyala", name: "Diyala (Baqubah)", country: "368", lonLat: [44.64, 33.75], civilians: 1600, strength: { isis: 30, pmf: 45 }, control: "pmf", north: false },
];

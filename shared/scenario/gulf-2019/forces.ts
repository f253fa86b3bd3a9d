/**
 * Gulf 2019: weapons and the launch platforms that carry them.
 *
 * Units as in every scenario: one missile unit is one missile (or one one-way attack drone, which
 * the air-defence rules treat as a missile: low, slow and hard to see); one aircraft unit is a
 * strike package for the fortnight. Aircraft platforms refill every turn; missile stocks barely do.
 * Ranges are one-way route lengths: combat radius for aircraft (with tankers where the air force
 * had them), flight range for missiles and drones.
 */
import type { WeaponId } from "../../ids";
import type { AreaDefenceSetup, AssetSetup, WeaponSetup } from "../types";

export const weapons: Readonly<Record<WeaponId, WeaponSetup>> = {
  // source: BGM-109 Tomahawk Block IV, ~1,600 km range, ~880 km/h (US Navy fact file)
  tomahawk: { name: "Tomahawk cruise missile", kind: "missile", rangeKm: 1600, speedKmh: 880, damage: 2, collateral: 0.005 },
  fa18: { name: "F/A-18E/F carrier aircraft", kind: "aircraft", rangeKm: 1300, speedKmh: 950, damage: 2.5, collateral: 0.005 },
  // F-15Es and the F-22s sent to Al Udeid in June 2019.
  f15e: { name: "F-15E strike aircraft", kind: "aircraft", rangeKm: 1300, speedKmh: 950, damage: 3, collateral: 0.005 },
  // The weapons of 14 September 2019: delta-wing drones and cruise missiles (Quds-1 type), US officials say from south-western Iran.
  quds: { name: "Cruise missiles and attack drones", kind: "missile", rangeKm: 1300, speedKmh: 500, damage: 2, collateral: 0.02 },
  // source: Zolfaghar/Fateh-110 family, ~700 km; fired by the IRGC at Koya (Iraq) on 8 Sept 2018 and Abu Kamal (Syria) on 1 Oct 2018
  zolfaghar: { name: "Zolfaghar ballistic missile", kind: "missile", rangeKm: 700, speedKmh: 5000, damage: 3, collateral: 0.02 },
  f4: { name: "Iranian F-4 Phantom", kind: "aircraft", rangeKm: 700, speedKmh: 900, damage: 2, collateral: 0.03 },
  // F-15S/SA and Tornados: the coalition's air war over Yemen, with more collateral harm than its partners'.
  f15s: { name: "Saudi F-15 and Tornado", kind: "aircraft", rangeKm: 1200, speedKmh: 950, damage: 3, collateral: 0.04 },
  uaef16: { name: "Emirati F-16E and Mirage 2000-9", kind: "aircraft", rangeKm: 1100, speedKmh: 950, damage: 2.5, collateral: 0.02 },
  iqaf: { name: "Iraqi Air Force", kind: "aircraft", rangeKm: 600, speedKmh: 800, damage: 1.5, collateral: 0.03 },
};

export const assets: readonly AssetSetup[] = [
  // --- United States
  {
    id: "us-lincoln", owner: "usa", name: "USS Abraham Lincoln air wing, Arabian Sea", kind: "carrier",
    lonLat: [61.0, 21.5], hostCountry: null, weapon: "fa18", stock: 10, capacity: 10, resupply: 10,
    source: "USS Abraham Lincoln ordered to the region on 5 May 2019; it operated in the Arabian Sea and entered the Gulf only on 19 Nov 2019 (US Navy)",
  },
  {
    id: "us-udeid", owner: "usa", name: "US aircraft, Al Udeid", kind: "airbase",
    lonLat: [51.31, 25.12], hostCountry: "634", weapon: "f15e", stock: 6, capacity: 6, resupply: 6,
    source: "Al Udeid Air Base, Qatar (25.12°N 51.31°E): the Combined Air Operations Center; F-22s deployed there in June 2019 (US Air Forces Central)",
  },
  {
    id: "us-red-sea", owner: "usa", name: "Tomahawk surface group, Red Sea", kind: "ship",
    lonLat: [38.5, 20.5], hostCountry: null, weapon: "tomahawk", stock: 24, capacity: 12, resupply: 1,
  },
  // --- Iran
  {
    id: "irn-ahvaz", owner: "iran", name: "IRGC drones and cruise missiles, Khuzestan", kind: "launcher",
    lonLat: [48.67, 31.32], hostCountry: "364", weapon: "quds", stock: 20, capacity: 10, resupply: 2,
    source: "US officials: the 14 Sept 2019 attack was launched from south-western Iran (Reuters, 17 Sept 2019); Iran denied it",
  },
  {
    id: "irn-hormozgan", owner: "iran", name: "IRGC missile brigade, Bandar Abbas", kind: "launcher",
    lonLat: [56.27, 27.2], hostCountry: "364", weapon: "zolfaghar", stock: 6, capacity: 3, resupply: 0,
  },
  {
    id: "irn-bushehr", owner: "iran", name: "Iranian Air Force, Bushehr", kind: "airbase",
    lonLat: [50.86, 28.93], hostCountry: "364", weapon: "f4", stock: 3, capacity: 3, resupply: 3,
  },
  // --- Saudi Arabia
  {
    id: "sau-khamis", owner: "saudi", name: "RSAF, King Khalid Air Base", kind: "airbase",
    lonLat: [42.8, 18.3], hostCountry: "682", weapon: "f15s", stock: 8, capacity: 8, resupply: 8,
    source: "King Khalid Air Base, Khamis Mushait (18.30°N 42.80°E), the coalition's base nearest Yemen",
  },
  {
    id: "sau-prince-sultan", owner: "saudi", name: "RSAF, Prince Sultan Air Base", kind: "airbase",
    lonLat: [47.58, 24.06], hostCountry: "682", weapon: "f15s", stock: 4, capacity: 4, resupply: 4,
  },
  // --- United Arab Emirates
  {
    id: "uae-dhafra", owner: "uae", name: "UAE Air Force, Al Dhafra", kind: "airbase",
    lonLat: [54.55, 24.25], hostCountry: "784", weapon: "uaef16", stock: 6, capacity: 6, resupply: 6,
  },
  {
    id: "uae-assab", owner: "uae", name: "UAE forces, Assab", kind: "airbase",
    lonLat: [42.65, 13.07], hostCountry: "232", weapon: "uaef16", stock: 4, capacity: 4, resupply: 4,
    source: "The UAE's base at Assab, Eritrea (leased 2015), from which it supported the war in Yemen; drawn down from 2019",
  },
  // --- Iraq
  {
    id: "irq-balad", owner: "iraq", name: "Iraqi Air Force, Balad", kind: "airbase",
    lonLat: [44.36, 33.94], hostCountry: "368", weapon: "iqaf", stock: 6, capacity: 6, resupply: 6,
  },
];

export const areaDefence: readonly AreaDefenceSetup[] = [
  {
    // The radius is the published range of the system; the chances are the designers' estimates.
    id: "irn-khordad", owner: "iran", name: "3rd Khordad battery, Hormozgan",
    lonLat: [57.3, 25.88], hostCountry: "364", fromTurn: 1, radiusKm: 75,
    intercept: { missile: 0.05, aircraft: 0.5 },
    source: "IRGC: an RQ-4A shot down near Kuh-e Mobarak by a 3rd Khordad missile, 20 June 2019; 75 km, the range published for the system",
  },
  {
    id: "sau-patriot", owner: "saudi", name: "Patriot batteries, Riyadh",
    lonLat: [46.72, 24.69], hostCountry: "682", fromTurn: 1, radiusKm: 160,
    intercept: { missile: 0.25, aircraft: 0.5 },
    source: "Saudi Patriot PAC-2/PAC-3 batteries intercepted most Houthi ballistic missiles fired at Riyadh in 2018–2019 (Saudi-led coalition statements); 160 km, the range published for PAC-2 against aircraft (Raytheon)",
  },
];

/**
 * Caspian Salvo: weapons and the launch platforms that carry them.
 *
 * Units. One missile unit is one missile. One aircraft unit is a strike package for the week
 * (a few sorties' worth of bombs), so it removes more strength than a single cruise missile
 * (about a 450 kg warhead); missiles buy reach and a message, aircraft buy weight.
 * Aircraft platforms refill every turn (stock = capacity = resupply); missile stocks barely do.
 * Ranges are one-way route lengths: combat radius for aircraft (with tanker support where the
 * air force had it), flight range for missiles.
 */
import type { WeaponId } from "../../ids";
import type { AreaDefenceSetup, AssetSetup, WeaponSetup } from "../types";

export const weapons: Readonly<Record<WeaponId, WeaponSetup>> = {
  // source: 3M-14 Kalibr land-attack cruise missile; ~1,500 km flown on 7 Oct 2015, subsonic (Russian MoD; GAME-DESIGN "Starting numbers")
  kalibr: { name: "Kalibr cruise missile", kind: "missile", rangeKm: 2500, speedKmh: 900, damage: 2, collateral: 0.01 },
  // source: BGM-109 Tomahawk Block IV, ~1,600 km range, ~880 km/h (US Navy fact file)
  tomahawk: { name: "Tomahawk cruise missile", kind: "missile", rangeKm: 1600, speedKmh: 880, damage: 2, collateral: 0.005 },
  // Mostly unguided bombs in 2015, hence the higher collateral.
  su34: { name: "Su-24M/Su-34 strike aircraft", kind: "aircraft", rangeKm: 1100, speedKmh: 900, damage: 3, collateral: 0.03 },
  // source: Tu-22M3 bombers from Mozdok struck Syria over Iran and Iraq from 17 Nov 2015 (Russian MoD)
  tu22m3: { name: "Tu-22M3 long-range bomber", kind: "aircraft", rangeKm: 2200, speedKmh: 900, damage: 4, collateral: 0.05 },
  // Carrier air wing in the Gulf, reaching Syria only with coalition tankers.
  fa18: { name: "F/A-18 carrier aircraft", kind: "aircraft", rangeKm: 1500, speedKmh: 950, damage: 2.5, collateral: 0.005 },
  f16: { name: "F-16 fighter-bomber", kind: "aircraft", rangeKm: 900, speedKmh: 950, damage: 2.5, collateral: 0.01 },
  // MiG-23, Su-22, L-39 and helicopters dropping barrel bombs.
  syaf: { name: "Syrian Arab Air Force", kind: "aircraft", rangeKm: 500, speedKmh: 700, damage: 1.5, collateral: 0.08 },
  // source: Iranian F-4s struck IS in Diyala, Iraq, confirmed by the Pentagon on 3 Dec 2014
  f4: { name: "Iranian F-4 Phantom", kind: "aircraft", rangeKm: 700, speedKmh: 900, damage: 2, collateral: 0.03 },
  // Ballistic: the air-defence rules treat it as a missile. Iran did not strike in Syria in 2015;
  // it first fired missiles from Kermanshah at Deir ez-Zor in June 2017.
  qiam1: { name: "Qiam-1 ballistic missile", kind: "missile", rangeKm: 750, speedKmh: 5000, damage: 3, collateral: 0.02 },
  // Su-25s, armed Cessnas and the first F-16IQs (delivered July 2015).
  iqaf: { name: "Iraqi Air Force", kind: "aircraft", rangeKm: 600, speedKmh: 800, damage: 1.5, collateral: 0.03 },
};

export const assets: readonly AssetSetup[] = [
  // --- Russia
  {
    id: "caspian-flotilla", owner: "russia", name: "Caspian Flotilla (4 ships)", kind: "ship",
    // The reported launch area, the south-western Caspian: about 90 km from Azerbaijan's nearest coast
    // (south of Absheron) and 190 km from Iran's, so the corridor south to Iran crosses no one else.
    lonLat: [50.5, 39.5], hostCountry: null, weapon: "kalibr", stock: 26, capacity: 26, resupply: 2,
    source: "26 Kalibr-NK at 11 targets from 4 ships (Dagestan, Grad Sviyazhsk, Uglich, Veliky Ustyug) in the south-western Caspian, about 1,500 km from the targets, 7 Oct 2015, Russian MoD",
  },
  {
    id: "hmeimim", owner: "russia", name: "Russian air group, Hmeimim", kind: "airbase",
    lonLat: [35.95, 35.41], hostCountry: "760", weapon: "su34", stock: 12, capacity: 12, resupply: 12,
    source: "About 34 combat aircraft (Su-24M, Su-25, Su-34, Su-30SM) deployed Sept 2015, Russian MoD; Syria's consent is a starting basing treaty",
  },
  {
    id: "mozdok", owner: "russia", name: "Long-Range Aviation, Mozdok", kind: "airbase",
    lonLat: [44.61, 43.79], hostCountry: "643", weapon: "tu22m3", stock: 3, capacity: 3, resupply: 3,
    source: "Tu-22M3 strikes from Mozdok air base (43.79°N 44.61°E) via Iran and Iraq, from 17 Nov 2015, Russian MoD",
  },
  // --- United States
  {
    id: "us-carrier", owner: "usa", name: "Carrier air wing, Persian Gulf", kind: "carrier",
    // One week's sorties and no resupply: the card "ev-carrier-leaves" takes what is left at turn 2.
    lonLat: [50.3, 27.9], hostCountry: null, weapon: "fa18", stock: 8, capacity: 8, resupply: 0,
    source: "USS Theodore Roosevelt flew Inherent Resolve strikes from the Gulf until it left late on 8 Oct 2015, leaving no US carrier there for about two months (US officials to NBC News, 8–9 Oct 2015)",
  },
  {
    id: "us-tomahawk", owner: "usa", name: "Tomahawk surface group, Red Sea", kind: "ship",
    lonLat: [35.8, 26.3], hostCountry: null, weapon: "tomahawk", stock: 30, capacity: 15, resupply: 1,
    source: "47 Tomahawks from USS Arleigh Burke (Red Sea) and USS Philippine Sea (Gulf), 23 Sept 2014, US DoD",
  },
  {
    id: "us-incirlik", owner: "usa", name: "US aircraft, Incirlik", kind: "airbase",
    lonLat: [35.43, 37.0], hostCountry: "792", weapon: "f16", stock: 6, capacity: 6, resupply: 6,
    source: "Turkey opened Incirlik to coalition strikes in July 2015; first US manned strikes from it 12 Aug 2015, US DoD",
  },
  // --- Turkey
  {
    id: "tur-diyarbakir", owner: "turkey", name: "Turkish F-16s, Diyarbakir", kind: "airbase",
    lonLat: [40.2, 37.89], hostCountry: "792", weapon: "f16", stock: 6, capacity: 6, resupply: 6,
    source: "Turkish F-16s from Diyarbakir struck IS in Syria, 24 July 2015, Turkish General Staff",
  },
  // --- Syria
  {
    id: "syr-shayrat", owner: "syria", name: "Syrian Arab Air Force, Shayrat", kind: "airbase",
    lonLat: [36.91, 34.49], hostCountry: "760", weapon: "syaf", stock: 10, capacity: 10, resupply: 10,
  },
  // --- Iran
  {
    id: "irn-kermanshah", owner: "iran", name: "IRGC missile brigade, Kermanshah", kind: "launcher",
    lonLat: [47.07, 34.31], hostCountry: "364", weapon: "qiam1", stock: 6, capacity: 3, resupply: 0,
    source: "Small stock on purpose: Iran fired no missiles into Syria in 2015 (first such strike June 2017)",
  },
  {
    id: "irn-hamadan", owner: "iran", name: "Iranian Air Force, Hamadan", kind: "airbase",
    lonLat: [48.65, 35.21], hostCountry: "364", weapon: "f4", stock: 3, capacity: 3, resupply: 3,
    source: "Shahid Nojeh air base, north of Hamadan (35.21°N 48.65°E)",
  },
  // --- Iraq
  {
    id: "irq-balad", owner: "iraq", name: "Iraqi Air Force, Balad", kind: "airbase",
    lonLat: [44.36, 33.94], hostCountry: "368", weapon: "iqaf", stock: 6, capacity: 6, resupply: 6,
    source: "First Iraqi F-16IQs arrived at Balad July 2015 and flew strikes from Sept 2015",
  },
];

export const areaDefence: readonly AreaDefenceSetup[] = [
  {
    // In service from turn 8 (25 Nov–1 Dec), the week it arrived, after the Su-24 card of turn 7.
    // The radius is the published range of the system; the chances are the designers' estimates:
    // a low-flying cruise missile is seen late and rarely hit, an aircraft at altitude far more often.
    id: "hmeimim-s400", owner: "russia", name: "S-400 battery, Hmeimim",
    lonLat: [35.95, 35.41], hostCountry: "760", fromTurn: 8, radiusKm: 400,
    intercept: { missile: 0.1, aircraft: 0.4 },
    source: "S-400 deployed to Hmeimim 25–26 Nov 2015 after the Su-24 shoot-down, Russian MoD; 400 km, the range published for the system (Almaz-Antey) and reported at the time",
  },
];

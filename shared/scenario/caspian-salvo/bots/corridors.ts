/**
 * Candidate corridors in Caspian Salvo: for each launch platform, a few waypoint lists a planner
 * would try (the straight line, and bends that keep to friendlier airspace, e.g. the 2015 Kalibr
 * route south over Iran and Iraq).
 */
import type { AssetId } from "../../../ids";
import type { LonLat } from "../../types";
import { corridorsThrough } from "../../bot-knowledge";

/** Named turning points, all checked to lie where the comment says. */
const GATES = {
  caspianEast: [51.2, 40.6], // open Caspian, east of the Absheron peninsula
  caspianSouth: [50.6, 38.2], // off the Iranian coast
  caspianFarSouth: [51.0, 37.4],
  caspianAbsheron: [50.6, 40.7],
  caspianLankaran: [49.4, 39.0],
  dagestan: [47.5, 42.6], // Russian coast
  iranWest: [46.0, 35.0],
  iranNorthWest: [46.5, 36.5],
  iraqNorth: [43.5, 35.2],
  iraqWest: [41.3, 34.4], // near al-Qaim
  iraqNorthWest: [42.3, 36.2],
  iraqBorderTurkey: [42.7, 37.2],
  turkeySouthEast: [40.5, 37.7],
  gulfFaw: [48.6, 29.9], // Gulf waters off al-Faw
  basraNorth: [46.8, 31.2],
  homsGap: [36.9, 34.3], // inland, keeping out of Lebanon
  aqaba: [34.9, 29.2],
  suez: [32.6, 30.0],
  levantSea: [33.8, 33.2],
  latakiaSea: [35.0, 35.0],
} as const satisfies Record<string, LonLat>;

type Gate = keyof typeof GATES;

const BY_GATES: Readonly<Record<AssetId, readonly (readonly Gate[])[]>> = {
  // From the south-western Caspian: south to the Iranian coast first, clear of Azerbaijan.
  "caspian-flotilla": [
    [],
    ["caspianSouth", "iranWest"],
    ["caspianSouth", "iranNorthWest", "iraqNorth"],
    ["caspianSouth", "iranNorthWest", "iraqNorthWest"],
    ["caspianFarSouth"],
  ],
  mozdok: [
    [],
    ["dagestan", "caspianAbsheron", "caspianLankaran", "iranNorthWest", "iraqNorthWest"],
    ["dagestan", "caspianAbsheron", "caspianLankaran", "iranNorthWest", "iraqNorth"],
    ["dagestan", "caspianEast", "caspianSouth", "iranNorthWest", "iraqNorthWest"],
  ],
  hmeimim: [[], ["homsGap"]],
  "us-carrier": [[], ["gulfFaw"], ["gulfFaw", "basraNorth"], ["gulfFaw", "iraqWest"]],
  "us-tomahawk": [[], ["aqaba"], ["suez", "levantSea"], ["suez", "latakiaSea"]],
  "us-incirlik": [[], ["turkeySouthEast", "iraqBorderTurkey"]],
  "tur-diyarbakir": [[], ["iraqBorderTurkey"]],
  "syr-shayrat": [[], ["homsGap"]],
  "irn-kermanshah": [[], ["iraqNorth"]],
  "irn-hamadan": [[], ["iranNorthWest"]],
  "irq-balad": [[], ["iraqWest"]],
};

export const corridors = corridorsThrough(GATES, BY_GATES);

/**
 * Candidate corridors in Gulf 2019: for each launch platform, a few waypoint lists a planner would
 * try besides the straight line, keeping to the sea or to friendlier airspace.
 */
import type { AssetId } from "../../../ids";
import type { LonLat } from "../../types";
import { corridorsThrough } from "../../bot-knowledge";

/** Named turning points, all checked to lie where the comment says. */
const GATES = {
  gulfCentral: [51.5, 27.3], // the Gulf's international waters, between Qatar and Iran
  gulfNorth: [49.3, 28.9], // off Kuwait
  hormuz: [56.6, 26.4], // the Strait
  arabianSea: [57.0, 16.0], // off Oman's Dhofar coast
  gulfOfAden: [47.0, 12.9], // off Yemen's southern coast
  redSeaSouth: [41.5, 15.0], // off Hodeidah
  kuwaitGap: [47.5, 29.4], // over Kuwait to southern Iraq
} as const satisfies Record<string, LonLat>;

type Gate = keyof typeof GATES;

const BY_GATES: Readonly<Record<AssetId, readonly (readonly Gate[])[]>> = {
  "us-lincoln": [[], ["arabianSea", "gulfOfAden"], ["hormuz", "gulfCentral", "gulfNorth"]],
  "us-udeid": [[], ["gulfCentral", "gulfNorth"], ["kuwaitGap"]],
  "us-red-sea": [[], ["redSeaSouth"]],
  "uae-dhafra": [[], ["hormuz", "arabianSea", "gulfOfAden"], ["arabianSea"]],
  "irn-bushehr": [[], ["gulfNorth"]],
};

export const corridors = corridorsThrough(GATES, BY_GATES);

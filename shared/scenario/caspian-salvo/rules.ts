/**
 * Caspian Salvo: the numbers the rules read. Chances are per unit per airspace passage and are
 * multiplied by the crossed country's defence quality (see geography.ts).
 */
import type { AirDefenceRules, CombatRules, EscalationRules, NfzRules, TrackRules } from "../types";

export const airDefence: AirDefenceRules = {
  // Low-flying cruise missiles are hard to see and far harder to hit than aircraft.
  detect: {
    open: { missile: 0, aircraft: 0 },
    watch: { missile: 0.3, aircraft: 0.85 },
    engage: { missile: 0.3, aircraft: 0.85 },
  },
  intercept: {
    open: { missile: 0, aircraft: 0 },
    watch: { missile: 0, aircraft: 0 },
    engage: { missile: 0.08, aircraft: 0.35 },
  },
  // The Baghdad cell (Russia, Iran, Iraq, Syria) pooled targeting intelligence.
  intelCellBonus: 0.15,
  intelCap: 0.95,
  // Only the United States (0.7) watches every strike from orbit; others see strikes in their own country.
  observeImpactsAtIntel: 0.7,
  // A graze of a border (or a cell of the 0.02° grid) is no incursion; a deep one is seen more surely.
  minIncursionKm: 5,
  fullDetectionKm: 30,
};

export const nfz: NfzRules = {
  // One patrol unit per zone: northern Syria (Aleppo, Idlib, Raqqa, Hasakah) needs 4.
  patrolsPerZone: 1,
  interceptAircraft: 0.4,
  interceptMissile: 0.05,
  civilianProtection: 0.5,
};

export const escalation: EscalationRules = {
  // Already tense in October 2015: Russian jets had crossed into Turkey on 3–4 October.
  start: 2,
  max: 10,
  shootDown: 2,
  violationEngaged: 1,
  violationDetected: 0.5,
  fireOnPatrol: 2,
  decayPerQuietTurn: 0.5,
  // One clash (a shoot-down and its violation) between two powers in a turn; two rival pairs at it
  // every turn still reach open war in a few turns, one power against neutrals never does.
  pairCapPerTurn: 3,
  openWarShare: 0.5,
};

export const tracks: TrackRules = {
  min: 0,
  max: 100,
  quagmireLine: 70,
  // Washington's forecast: each week in the quagmire costs standing at home and abroad.
  quagmirePrestigeLoss: 3,
  quagmireLegitimacyLoss: 2,
  // A full Kalibr salvo that lands: 26 × 0.2 ≈ +5 prestige, +3 more when flown with consent.
  prestigePerLandedUnit: 0.2,
  prestigeConsentBonus: 3,
  prestigeLostPerInterceptedUnit: 1,
  // Per thousand civilians harmed.
  legitimacyLostPerCivilianHarm: 2,
  legitimacyLostPerDetectedViolation: 2,
  legitimacyLostPerFalseClaim: 3,
  // Russia flying everything every turn for 10 turns reaches the quagmire line (20 + 24 + 5 + 20 ≈ 70).
  costPerUnitLaunched: 0.2,
  costPerSupportPoint: 0.5,
  credibilityLostOnRevocation: 5,
  credibilityLostOnBrokenPledge: 8,
  influencePerGrant: 5,
  influencePerSupportPoint: 0.5,
};

export const combat: CombatRules = {
  // A power's whole support for a turn (4 points) adds 8 strength: a brigade's worth of arms and advisers.
  strengthPerSupportPoint: 2,
  // Low on purpose: left alone, the fronts of late 2015 barely move in ten weeks (small pockets
  // wither); strikes and support are what shift them.
  attrition: 0.03,
  controlShare: 0.5,
  // Per other power and per order: a covert order is seen by someone about one time in three (1 − 0.92^5).
  covertDetection: 0.08,
  // Arms leave traces: an order unseen when it landed is uncovered later by someone about one turn in ten.
  covertLaterDetection: 0.02,
  // Strength estimates: the US (0.7) is within 3 of the truth, Iraq (0.4) within 6, a spectator within 10.
  estimateError: 10,
};

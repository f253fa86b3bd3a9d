/**
 * Gulf 2019: the numbers the rules read. They are Caspian Salvo's where the mechanics are the same
 * (chances per unit per airspace passage, multiplied by the crossed country's defence quality);
 * what differs is said where it is set.
 */
import type { AirDefenceRules, CombatRules, EscalationRules, NfzRules, TrackRules } from "../types";

export const airDefence: AirDefenceRules = {
  // Low-flying cruise missiles and drones are hard to see and far harder to hit than aircraft.
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
  intelCellBonus: 0.15,
  intelCap: 0.95,
  // Only the United States (0.75) watches every strike from orbit; others see strikes in their own country.
  observeImpactsAtIntel: 0.7,
  minIncursionKm: 5,
  fullDetectionKm: 30,
};

export const nfz: NfzRules = {
  patrolsPerZone: 1,
  interceptAircraft: 0.4,
  interceptMissile: 0.05,
  civilianProtection: 0.5,
};

export const escalation: EscalationRules = {
  // Tense from the start: a carrier and bombers sent on 5 May, sanctions waivers ended on 2 May.
  start: 3,
  max: 10,
  shootDown: 2,
  violationEngaged: 1,
  violationDetected: 0.5,
  fireOnPatrol: 2,
  decayPerQuietTurn: 0.5,
  pairCapPerTurn: 3,
  openWarShare: 0.5,
};

export const tracks: TrackRules = {
  min: 0,
  max: 100,
  quagmireLine: 70,
  quagmirePrestigeLoss: 3,
  quagmireLegitimacyLoss: 2,
  prestigePerLandedUnit: 0.2,
  prestigeConsentBonus: 3,
  prestigeLostPerInterceptedUnit: 1,
  // Per thousand civilians harmed: Yemen's cities are dense, and the world was counting (UN Panel of Experts).
  legitimacyLostPerCivilianHarm: 2,
  legitimacyLostPerDetectedViolation: 2,
  legitimacyLostPerFalseClaim: 3,
  costPerUnitLaunched: 0.2,
  costPerSupportPoint: 0.5,
  credibilityLostOnRevocation: 5,
  credibilityLostOnBrokenPledge: 8,
  influencePerGrant: 5,
  influencePerSupportPoint: 0.5,
};

export const combat: CombatRules = {
  strengthPerSupportPoint: 2,
  // Yemen's fronts had barely moved since 2016; strikes and support are what shift them.
  attrition: 0.03,
  controlShare: 0.5,
  covertDetection: 0.08,
  covertLaterDetection: 0.02,
  estimateError: 10,
};

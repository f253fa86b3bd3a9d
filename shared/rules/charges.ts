/**
 * What resolution decides and charges, one function each. Resolution calls them, and so does a
 * seat's preview of its orders (orders-preview.ts), so the costs a player is shown are the costs
 * the rules charge.
 */
import type { EscalationIncident } from "../events";
import type { Posture, PowerId } from "../ids";
import { getScenario } from "../scenario";
import type { Term, Treaty } from "../terms";
import { round1 } from "./record";

export type SupportTerm = Extract<Term, { kind: "support" }>;
export type NfzTerm = Extract<Term, { kind: "nfz" }>;

/** Revoking costs credibility only before the treaty's last turn. */
export function revocationCost(scenarioId: string, treaty: Pick<Treaty, "untilTurn">, turn: number): number {
  return treaty.untilTurn > turn ? getScenario(scenarioId).tracks.credibilityLostOnRevocation : 0;
}

/** What a broken pledge (support or patrols) costs its pledger in credibility. */
export function brokenPledgeCost(scenarioId: string): number {
  return getScenario(scenarioId).tracks.credibilityLostOnBrokenPledge;
}

/** Support as it counts against a pledge: who gave it, where, and whether another power saw it. */
export interface SupportSeen {
  power: string;
  faction: string;
  zone: string;
  seen: boolean;
}

/** Covert support of an earlier turn uncovered this turn. */
export interface SupportUncovered {
  power: string;
  faction: string;
  zone: string;
  landedTurn: number;
}

/**
 * A "support" pledge is broken by giving the faction nothing in its zones; a "stop" pledge by
 * support there that another power saw (overt, or covert and detected, also covert support given
 * while it stood and uncovered in a later turn).
 */
export function breaksSupportPledge(treaty: Pick<Treaty, "agreedTurn">, term: SupportTerm, landed: readonly SupportSeen[], laterSeen: readonly SupportUncovered[] = []): boolean {
  const covered = (l: { power: string; faction: string; zone: string }) => l.power === term.pledger && l.faction === term.faction && term.zones.includes(l.zone as never);
  const given = landed.filter(covered);
  if (term.stance === "support") return given.length === 0;
  return given.some((l) => l.seen) || laterSeen.some((l) => covered(l) && l.landedTurn >= treaty.agreedTurn);
}

/** A sponsor keeps its patrol pledge by flying at least the units it pledged. */
export function keepsPatrolPledge(term: NfzTerm, power: PowerId, units: number): boolean {
  return units >= (term.pledges[power] ?? 0);
}

export function launchCost(scenarioId: string, units: number): number {
  return getScenario(scenarioId).tracks.costPerUnitLaunched * units;
}

export function supportCost(scenarioId: string, points: number): number {
  return points * getScenario(scenarioId).tracks.costPerSupportPoint;
}

export interface ViolationCharge {
  /** Legitimacy lost (a positive number). */
  legitimacy: number;
  /** Escalation raised against the airspace's owner, before the caps (escalation.ts). */
  escalation: number;
  incident: EscalationIncident;
  engaged: boolean;
}

/** An undetected violation costs nothing; a detected one costs legitimacy and raises escalation, more where the defences engage. */
export function violationCharge(scenarioId: string, posture: Posture, detected: boolean): ViolationCharge {
  const scenario = getScenario(scenarioId);
  const engaged = detected && posture === "engage";
  if (!detected) return { legitimacy: 0, escalation: 0, incident: "protest", engaged };
  return {
    legitimacy: scenario.tracks.legitimacyLostPerDetectedViolation,
    escalation: engaged ? scenario.escalation.violationEngaged : scenario.escalation.violationDetected,
    incident: engaged ? "clash" : "protest",
    engaged,
  };
}

/** Most escalation a turn may add under one cap: per pair of powers for clashes, per driver for protests. */
export function escalationCap(scenarioId: string, incident: EscalationIncident): number {
  const rules = getScenario(scenarioId).escalation;
  return incident === "protest" ? rules.violationDetected : rules.pairCapPerTurn;
}

/**
 * The escalation a raise adds, given what was raised already this turn under the same cap:
 * none against a country without a seat (null) or against oneself.
 */
export function escalationAllowed(scenarioId: string, driver: PowerId, against: PowerId | null, delta: number, incident: EscalationIncident, used: number): number {
  if (against === null || against === driver || delta <= 0) return 0;
  return Math.max(0, round1(Math.min(delta, escalationCap(scenarioId, incident) - used)));
}

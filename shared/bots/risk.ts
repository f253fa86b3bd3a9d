/**
 * What a flight risks, by the published rules: the chance a passage without rights is detected,
 * the aircraft an engaged air defence may shoot down, no-fly-zone patrols, and the escalation all
 * that adds. Postures change simultaneously with orders, so a bot expects a hostile owner to engage.
 */
import { botsOf } from "../scenario/bot-knowledge";
import { at } from "../at";
import { distanceKm } from "../geo/great-circle";
import type { CountryId, PowerId, WeaponKind, ZoneId } from "../ids";
import { guardOf } from "../rules/air-defence";
import type { Guard } from "../rules/air-defence";
import type { BotContext } from "./context";
import { remember } from "./context";
import { termsInForce } from "./knowledge";

/** Whether the power's airspace was seen violated in the last two turns (detected violations are public). */
function provoked(ctx: BotContext, owner: PowerId): boolean {
  const owners = remember(ctx, "provoked", () => {
    const seen = new Set<PowerId>();
    for (const e of ctx.view.log) if (e.kind === "violation" && e.detected && e.owner && e.turn >= ctx.view.turn - 2) seen.add(e.owner);
    return seen;
  });
  return owners.has(owner);
}

export interface FlightRisk {
  /** Expected escalation the flight adds. */
  escalation: number;
  /** Expected share of units lost on the way. */
  lossShare: number;
  /** Chance that some violation is detected (the violation becomes public, legitimacy falls). */
  detection: number;
}

/** The guard the bot expects over a country when its strike flies: the rules' guardOf, with a seat's posture foreseen. */
function expectedGuard(ctx: BotContext, country: CountryId): Guard {
  const guard = guardOf(ctx.view, country);
  if (!guard.owner || guard.posture === "engage") return guard;
  // An unfriendly power, or one whose skies were just violated, may switch to engage this very turn.
  return (ctx.persona.affinity[guard.owner] ?? 0) < -0.2 || provoked(ctx, guard.owner) ? { ...guard, posture: "engage" } : guard;
}

/**
 * The chance that no-fly-zone patrols meet the bot's strike over a zone: certain under a no-fly zone
 * it knows of (and is not exempt from); over the northern zones, where one may be agreed out of
 * its sight this very turn, a guess (none for a power that would be party to it).
 */
function nfzChance(ctx: BotContext, zone: ZoneId): number {
  const known = termsInForce(ctx.view, "nfz").filter(({ term }) => term.zones.includes(zone));
  if (known.length > 0) return known.some(({ term }) => !term.exempt.includes(ctx.me) && !(ctx.me in term.pledges)) ? 1 : 0;
  if (ctx.level === "easy" || botsOf(ctx.scenario).nfzSponsors.includes(ctx.me)) return 0;
  const north = ctx.scenario.zones.find((z) => z.id === zone)?.north ?? false;
  return north && ctx.view.escalation <= 4 ? 0.3 : 0;
}

export function flightRisk(ctx: BotContext, violated: readonly CountryId[], zone: ZoneId, weapon: WeaponKind, units: number): FlightRisk {
  const { airDefence, escalation: esc, nfz } = ctx.scenario;
  let escalation = 0;
  let flying = 1;
  let undetected = 1;
  for (const country of violated) {
    const guard = expectedGuard(ctx, country);
    const pd = airDefence.detect[guard.posture][weapon] * guard.defence;
    const seen = 1 - Math.pow(1 - pd, units);
    undetected *= 1 - seen;
    escalation += seen * (guard.posture === "engage" ? esc.violationEngaged : esc.violationDetected);
    const pi = airDefence.intercept[guard.posture][weapon] * guard.defence;
    // Interception is rolled per unit once the flight is detected.
    const lost = seen * pi;
    if (weapon === "aircraft") escalation += lost * units * flying * esc.shootDown;
    flying *= 1 - lost;
  }
  // Long-range batteries in service (the S-400 at Hmeimim) fire at a flight violating their host's
  // airspace within their radius when their owner engages: judged by the target's distance.
  const target = ctx.scenario.zones.find((z) => z.id === zone);
  for (const site of ctx.scenario.areaDefence) {
    if (!target || ctx.view.turn < site.fromTurn || site.owner === ctx.me || !violated.includes(site.hostCountry)) continue;
    if (at(ctx.view.powers, site.owner).posture !== "engage" || distanceKm(target.lonLat, site.lonLat) > site.radiusKm) continue;
    const lost = site.intercept[weapon];
    if (weapon === "aircraft") escalation += lost * units * flying * esc.shootDown;
    flying *= 1 - lost;
  }
  const p = nfzChance(ctx, zone);
  if (p > 0) {
    escalation += p * esc.violationDetected;
    const pi = p * (weapon === "aircraft" ? nfz.interceptAircraft : nfz.interceptMissile);
    if (weapon === "aircraft") escalation += pi * units * flying * esc.shootDown;
    flying *= 1 - pi;
  }
  return { escalation, lossShare: 1 - flying, detection: 1 - undetected };
}

/** Expected escalation the bot lets its whole plan add this turn. */
export function escalationAllowance(ctx: BotContext): number {
  const { max } = ctx.scenario.escalation;
  const margin = { easy: 3, normal: 3.5, hard: 4.5 }[ctx.level];
  const share = { easy: 0.15, normal: 0.12, hard: 0.08 }[ctx.level];
  return Math.max(0, max - margin - ctx.view.escalation) * share;
}

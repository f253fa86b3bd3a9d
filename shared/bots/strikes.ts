/**
 * Strike planning: for each platform the bot owns, the targets worth hitting, the corridor that
 * risks least (its rights, what it risks in airspace it has none for, no-fly zones), and how many
 * units to send within stock, capacity, the cost it can bear and the escalation it allows itself.
 */
import { at } from "../at";
import type { CountryId, WeaponKind } from "../ids";
import { factionsOf, powersOf } from "../scenario/ids-of";
import type { StrikeOrder } from "../orders";
import type { AssetSetup } from "../scenario/types";
import type { BotContext } from "./context";
import { keepsCleanRecord, noise, roll, turnsLeft } from "./context";
import { corridorsTo } from "./corridors";
import type { Corridor } from "./corridors";
import { holdsBasing, intelQuality, ownerOf, rightsIn, termsInForce } from "./knowledge";
import { escalationAllowance, flightRisk } from "./risk";
import type { FlightRisk } from "./risk";
import { strikeTargets } from "./targets";
import type { Target } from "./targets";

/** How much the bot minds what a flight risks, per unit of expected escalation and per chance of being caught. */
function aversion(ctx: BotContext): { escalation: number; detection: number } {
  const legitimacy = ctx.objectives.some((o) => o.test.kind === "track" && o.test.track === "legitimacy") ? 1 : 0;
  // A detected violation costs legitimacy: hard bots weigh the standing objectives it would put at
  // risk, the more as the margin left above their line shrinks.
  const start = at(ctx.scenario.powers, ctx.me).tracks.legitimacy;
  const lost = ctx.scenario.tracks.legitimacyLostPerDetectedViolation;
  let standing = 0;
  for (const o of ctx.objectives) {
    if (o.test.kind !== "trackFromStart" || o.test.track !== "legitimacy") continue;
    const margin = at(ctx.view.powers, ctx.me).tracks.legitimacy - (start + o.test.atLeastChange);
    if (margin >= 0) standing += o.points * Math.min(1, lost / Math.max(lost, margin * 2));
  }
  switch (ctx.level) {
    case "easy":
      return { escalation: 0.8, detection: 0.1 };
    case "normal":
      return { escalation: 1.5 * (1.2 - ctx.persona.boldness), detection: 0.3 + legitimacy };
    case "hard":
      return { escalation: 3, detection: 0.5 + legitimacy + standing };
  }
}

/** Whether the bot refuses any violation at all (Iran in Caspian Salvo, whose sanctions relief depends on it). */
function neverViolates(ctx: BotContext): boolean {
  return ctx.level !== "easy" && keepsCleanRecord(ctx);
}

interface RouteChoice {
  corridor: Corridor;
  violations: CountryId[];
  risk: FlightRisk;
}

function violationsOf(ctx: BotContext, corridor: Corridor, weapon: WeaponKind): CountryId[] {
  const rights = rightsIn(ctx, weapon);
  const out: CountryId[] = [];
  for (const passage of corridor.plan.airspaces) {
    if (passage.country === null || out.includes(passage.country)) continue;
    if (rights(passage.country) === "none") out.push(passage.country);
  }
  return out;
}

/** The corridor from the asset to the zone that risks least for this many units, or null if none is in range. */
function bestRoute(ctx: BotContext, asset: AssetSetup, zone: string, weapon: WeaponKind, units: number): RouteChoice | null {
  const { escalation, detection } = aversion(ctx);
  let best: RouteChoice | null = null;
  let bestCost = Infinity;
  for (const corridor of corridorsTo(ctx.scenario, asset, zone)) {
    const violations = violationsOf(ctx, corridor, weapon);
    const risk = flightRisk(ctx, violations, zone, weapon, units);
    // Shorter routes break ties: less time in the air.
    const cost = risk.escalation * escalation + risk.detection * detection + risk.lossShare + violations.length * 0.01 + corridor.plan.lengthKm / 100000;
    if (cost < bestCost) {
      best = { corridor, violations, risk };
      bestCost = cost;
    }
  }
  return best;
}

/** Units the bot may launch this turn without crossing a cost ceiling among its objectives. */
function costAllowance(ctx: BotContext): number {
  if (ctx.level === "easy") return Infinity;
  const ceiling = ctx.objectives.find((o) => o.test.kind === "track" && o.test.track === "cost" && o.test.atMost !== undefined);
  if (!ceiling || ceiling.test.kind !== "track" || ceiling.test.atMost === undefined) return Infinity;
  const { costPerUnitLaunched, costPerSupportPoint } = ctx.scenario.tracks;
  const margin = ctx.level === "hard" ? 4 : 2;
  const room = ceiling.test.atMost - margin - at(ctx.view.powers, ctx.me).tracks.cost;
  const perTurn = room / turnsLeft(ctx) - at(ctx.scenario.powers, ctx.me).supportPoints * costPerSupportPoint * 0.75;
  return Math.max(0, Math.floor(perTurn / costPerUnitLaunched));
}

function unitsToLaunch(ctx: BotContext, asset: AssetSetup, available: number, kind: WeaponKind): number {
  if (available <= 0) return 0;
  if (kind === "aircraft" || turnsLeft(ctx) <= 1) return available;
  const share = ctx.level === "easy" ? 0.3 + roll(ctx) * 0.7 : ctx.persona.salvoShare;
  return Math.max(1, Math.min(available, Math.round(available * share)));
}

/** Splits units over chosen targets in proportion to their worth, at least one each. */
function split(units: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((units * w) / total)));
  let left = units - out.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % out.length, left--) out[i] = out[i]! + 1;
  while (out.reduce((a, b) => a + b, 0) > units && out.length > 1) out.pop();
  return out;
}

/**
 * Units a hard bot sends at a target: enough to take what its intelligence lets it hit of the
 * faction there (aimUnits in rules/strike-impact.ts), not more, since the rest falls on whoever
 * else is there, its friends included.
 */
function unitsNeeded(ctx: BotContext, target: Target, damage: number): number {
  const strength = ctx.view.zones[target.zone]?.strength;
  if (!strength) return 1;
  const total = factionsOf(ctx.view).reduce((sum, f) => sum + at(strength, f), 0);
  const q = intelQuality(ctx);
  const perUnit = damage * (q + (1 - q) * (total > 0 ? at(strength, target.faction) / total : 0));
  return Math.max(1, Math.ceil(at(strength, target.faction) / Math.max(0.1, perUnit)));
}

/** The hard bot's split: by worth, each strike within what its target needs, the spare units to the others. */
function splitWithinNeed(ctx: BotContext, units: number, chosen: readonly { target: Target; worth: number }[], damage: number): number[] {
  const need = chosen.map((c) => unitsNeeded(ctx, c.target, damage));
  const out = split(units, chosen.map((c) => c.worth)).map((n, i) => Math.min(n, need[i]!));
  let spare = units - out.reduce((a, b) => a + b, 0);
  for (let i = 0; spare > 0 && i < out.length; i++) {
    const more = Math.min(spare, need[i]! - out[i]!);
    out[i] = out[i]! + more;
    spare -= more;
  }
  return out;
}

export function planStrikes(ctx: BotContext): StrikeOrder[] {
  const targets = strikeTargets(ctx);
  if (targets.length === 0) return [];
  const dislike = aversion(ctx);
  let allowance = costAllowance(ctx);
  let escalationLeft = escalationAllowance(ctx);
  const strikes: StrikeOrder[] = [];
  for (const asset of ctx.scenario.assets.filter((a) => a.owner === ctx.me)) {
    const weapon = ctx.scenario.weapons[asset.weapon];
    const stock = ctx.view.assets[asset.id]?.stock ?? 0;
    if (!weapon || stock === null) continue;
    const host = asset.hostCountry ? ownerOf(ctx, asset.hostCountry) : null;
    if (host && host !== ctx.me && !holdsBasing(ctx.view, host, ctx.me)) continue;
    const units = Math.min(unitsToLaunch(ctx, asset, Math.min(asset.capacity, stock), weapon.kind), allowance);
    // An easy bot leaves some of its platforms idle.
    if (units <= 0 || (ctx.level === "easy" && roll(ctx) < 0.3)) continue;
    const most = ctx.level === "easy" ? 1 + Math.floor(roll(ctx) * 2) : ctx.level === "hard" ? 3 : 2;
    const perStrike = Math.max(1, Math.ceil(units / most));

    const options: { target: Target; route: RouteChoice; worth: number }[] = [];
    const pool = ctx.level === "easy" ? shuffleTop(ctx, targets, 8) : targets.slice(0, 14);
    for (const target of pool) {
      const route = bestRoute(ctx, asset, target.zone, weapon.kind, perStrike);
      if (!route) continue;
      if (route.violations.length > 0 && neverViolates(ctx)) continue;
      let worth = target.value * (1 - route.risk.lossShare) - route.risk.escalation * dislike.escalation - route.risk.detection * dislike.detection;
      // A hard bot passes over a pocket its strike would mostly miss for the friends around it.
      if (ctx.level === "hard") {
        const likeliest = likeliestHit(ctx, target, perStrike, weapon.damage);
        if (likeliest !== target.faction && (ctx.persona.factions[likeliest] ?? 0) > 0) worth *= 0.3;
      }
      if (ctx.level === "easy") worth += noise(ctx, 0.5);
      if (worth > 0.05) options.push({ target, route, worth });
    }
    options.sort((a, b) => b.worth - a.worth);
    // One strike per zone from each platform: every strike that violates an airspace is its own incident.
    const chosen: typeof options = [];
    for (const option of options) {
      if (chosen.length >= Math.min(most, units)) break;
      if (chosen.some((c) => c.target.zone === option.target.zone)) continue;
      chosen.push(option);
    }
    if (chosen.length === 0) continue;
    const shares = ctx.level === "hard" ? splitWithinNeed(ctx, units, chosen, weapon.damage) : split(units, chosen.map((c) => c.worth));
    chosen.forEach((choice, i) => {
      let n = shares[i] ?? 0;
      // Trim a risky strike until its expected escalation fits what the bot still allows itself.
      let risk = flightRisk(ctx, choice.route.violations, choice.target.zone, weapon.kind, n);
      while (n > 0 && risk.escalation > escalationLeft) {
        n--;
        risk = flightRisk(ctx, choice.route.violations, choice.target.zone, weapon.kind, n);
      }
      if (n <= 0) return;
      escalationLeft -= risk.escalation;
      allowance -= n;
      strikes.push({
        id: `${asset.id.slice(0, 30)}-${i + 1}`,
        asset: asset.id,
        zone: choice.target.zone,
        faction: choice.target.faction,
        units: n,
        waypoints: choice.route.corridor.waypoints.map((p) => [p[0], p[1]] as [number, number]),
        claim: claimFor(ctx, choice.target, n, weapon.damage),
      });
    });
  }
  return strikes;
}

/**
 * What the bot says it struck. Easy bots tell their persona's cover story (Russia's "we strike the
 * Islamic State") or name the target. Normal and hard ones weigh the price of a false claim (the
 * legitimacy lost when another power sees the impact, for nothing the rules give back): the cover
 * story only where no one else would see what landed, else the faction they expect to hit most.
 */
function claimFor(ctx: BotContext, target: Target, units: number, damage: number): Target["faction"] {
  if (ctx.level === "easy") return ctx.persona.claim === "honest" ? target.faction : ctx.persona.claim;
  if (ctx.persona.claim !== "honest" && !impactSeenByOthers(ctx, target.zone)) return ctx.persona.claim;
  return likeliestHit(ctx, target, units, damage);
}

/**
 * The faction the strike's units should hit most (aimUnits in rules/strike-impact.ts): the target
 * with the bot's intelligence quality, until it has nothing left to lose; the rest by strength.
 */
function likeliestHit(ctx: BotContext, target: Target, units: number, damage: number): Target["faction"] {
  const q = intelQuality(ctx);
  const strength = ctx.view.zones[target.zone]?.strength;
  if (!strength) return target.faction;
  const total = factionsOf(ctx.view).reduce((sum, f) => sum + at(strength, f), 0);
  const onTarget = Math.min(at(strength, target.faction), units * damage * (q + (1 - q) * (total > 0 ? at(strength, target.faction) / total : 0)));
  const rest = units * damage - onTarget;
  const others = total - at(strength, target.faction);
  let best = target.faction;
  let most = onTarget;
  for (const faction of factionsOf(ctx.view)) {
    if (faction === target.faction || others <= 0) continue;
    const expected = Math.min(at(strength, faction), (rest * at(strength, faction)) / others);
    if (expected > most) [best, most] = [faction, expected];
  }
  return best;
}

/** Whether another power sees what lands in the zone: its country's owner, or strong intelligence (rules/strike-impact.ts). */
function impactSeenByOthers(ctx: BotContext, zone: string): boolean {
  const country = ctx.scenario.zones.find((z) => z.id === zone)?.country;
  const owner = ctx.scenario.countries.find((c) => c.id === country)?.owner ?? null;
  if (owner !== null && owner !== ctx.me) return true;
  const { intelCellBonus, intelCap, observeImpactsAtIntel } = ctx.scenario.airDefence;
  const cells = termsInForce(ctx.view, "intel");
  return powersOf(ctx.view).some((p) => p !== ctx.me && Math.min(intelCap, at(ctx.scenario.powers, p).intel + (cells.some(({ term }) => term.members.includes(p)) ? intelCellBonus : 0)) >= observeImpactsAtIntel);
}

function shuffleTop(ctx: BotContext, targets: Target[], n: number): Target[] {
  const top = targets.slice(0, n);
  for (let i = top.length - 1; i > 0; i--) {
    const j = Math.floor(roll(ctx) * (i + 1));
    [top[i], top[j]] = [top[j]!, top[i]!];
  }
  return top;
}

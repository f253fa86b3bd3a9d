/**
 * What a bot can read off its view: treaties in force, rights held, no-fly zones, what it has
 * pledged, who violated its airspace. The view holds only what the seat may know (its own agreed
 * treaties, everybody's active ones), so this mirrors shared/rules/rights.ts at order time.
 */
import { at } from "../at";
import type { CountryId, PowerId, WeaponKind, ZoneId } from "../ids";
import { corridorsTo } from "./corridors";
import type { RightsStatus } from "../geo/plan-route";
import type { Term, Treaty } from "../terms";
import type { MatchView } from "../view";
import type { BotContext } from "./context";
import { remember } from "./context";

type TermOf<K extends Term["kind"]> = Extract<Term, { kind: K }>;

/** Active or agreed (agreed treaties start before strikes fly). */
export function inForce(view: MatchView): Treaty[] {
  return view.treaties.filter((t) => t.status === "active" || t.status === "agreed");
}

export function termsInForce<K extends Term["kind"]>(view: MatchView, kind: K): { treaty: Treaty; term: TermOf<K> }[] {
  const out: { treaty: Treaty; term: TermOf<K> }[] = [];
  for (const treaty of inForce(view)) if (treaty.term.kind === kind) out.push({ treaty, term: treaty.term as TermOf<K> });
  return out;
}

export function ownerOf(ctx: BotContext, country: CountryId): PowerId | null {
  return ctx.scenario.countries.find((c) => c.id === country)?.owner ?? null;
}

function covers(scope: TermOf<"overflight">["scope"], weapon: WeaponKind): boolean {
  return scope === "both" || scope === (weapon === "missile" ? "missiles" : "aircraft");
}

/** The overflight treaty in force from grantor to grantee for this weapon, lasting longest. */
export function overflightHeld(view: MatchView, grantor: PowerId, grantee: PowerId, weapon: WeaponKind): Treaty | null {
  let best: Treaty | null = null;
  for (const { treaty, term } of termsInForce(view, "overflight")) {
    if (term.grantor !== grantor || term.grantee !== grantee || !covers(term.scope, weapon)) continue;
    if (!best || treaty.untilTurn > best.untilTurn) best = treaty;
  }
  return best;
}

/**
 * The last turn the grantee may fly this weapon through the grantor's airspace with consent: by an
 * overflight grant, or by basing (a host lets its guest through its airspace too); 0 if never.
 */
export function passageHeldUntil(view: MatchView, grantor: PowerId, grantee: PowerId, weapon: WeaponKind): number {
  let until = overflightHeld(view, grantor, grantee, weapon)?.untilTurn ?? 0;
  for (const { treaty, term } of termsInForce(view, "basing")) if (term.host === grantor && term.guest === grantee) until = Math.max(until, treaty.untilTurn);
  return until;
}

export function holdsBasing(view: MatchView, host: PowerId, guest: PowerId): boolean {
  return termsInForce(view, "basing").some(({ term }) => term.host === host && term.guest === guest);
}

export function rightsIn(ctx: BotContext, weapon: WeaponKind): (country: CountryId) => RightsStatus {
  return (country) => {
    const owner = ownerOf(ctx, country);
    if (owner === ctx.me) return "own";
    if (owner && overflightHeld(ctx.view, owner, ctx.me, weapon)) return "granted";
    // A host that lets a power fly from its bases lets it through its airspace too.
    if (owner && holdsBasing(ctx.view, owner, ctx.me)) return "granted";
    return "none";
  };
}

/** Whether a treaty agreed during the match (not a starting one) and in force binds the power with one of these partners. */
export function hasTreatyWith(view: MatchView, me: PowerId, partners: readonly PowerId[]): boolean {
  return inForce(view).some((t) => t.proposalId !== null && t.parties.includes(me) && t.parties.some((p) => p !== me && partners.includes(p)));
}

/** Violations of the power's airspace it saw in the last `turns` turns, by violator. */
export function violationsSeen(ctx: BotContext, turns: number): Map<PowerId, number> {
  const counts = new Map<PowerId, number>();
  for (const event of ctx.view.log) {
    if (event.kind !== "violation" || event.owner !== ctx.me || event.turn < ctx.view.turn - turns) continue;
    counts.set(event.power, (counts.get(event.power) ?? 0) + 1);
  }
  return counts;
}

/** Whether the power has seen its airspace crossed without its consent, by anyone, at any time. */
export function violatedEver(ctx: BotContext): boolean {
  return remember(ctx, "violatedEver", () => ctx.view.log.some((e) => e.kind === "violation" && e.owner === ctx.me && e.power !== ctx.me));
}

/** Strength of a faction in a zone and its share of the zone's total. */
export function strengthIn(view: MatchView, zone: ZoneId, faction: keyof MatchView["zones"][string]["strength"]): { strength: number; share: number } {
  const state = view.zones[zone];
  if (!state) return { strength: 0, share: 0 };
  const total = Object.values(state.strength).reduce((a, b) => a + b, 0);
  const strength = at(state.strength, faction);
  return { strength, share: total > 0 ? strength / total : 0 };
}

const flyers = new Map<string, boolean>();

/** Whether some corridor of the power's platforms crosses the country (so it may fly over it, rights or not). */
export function mayFlyOver(ctx: BotContext, power: PowerId, country: CountryId): boolean {
  const key = `${ctx.scenario.id}|${power}|${country}`;
  const known = flyers.get(key);
  if (known !== undefined) return known;
  const crosses = ctx.scenario.assets.some(
    (asset) => asset.owner === power && ctx.scenario.zones.some((zone) => corridorsTo(ctx.scenario, asset, zone.id).some((c) => c.plan.airspaces.some((a) => a.country === country))),
  );
  const result = crosses && at(ctx.scenario.powers, power).homeCountry !== country;
  flyers.set(key, result);
  return result;
}

/** The power's intelligence quality as the rules will count it: its own, plus an intelligence cell's help. */
export function intelQuality(ctx: BotContext): number {
  const { intelCellBonus, intelCap } = ctx.scenario.airDefence;
  const inCell = termsInForce(ctx.view, "intel").some(({ term }) => term.members.includes(ctx.me));
  return Math.min(intelCap, at(ctx.scenario.powers, ctx.me).intel + (inCell ? intelCellBonus : 0));
}

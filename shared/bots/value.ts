/**
 * What a deal is worth to a power, in victory-point-like units: the objectives a term serves or
 * harms (read from the objectives' tests, public and the power's secret one), the access it gives,
 * the goodwill it spends or earns. A bot accepts a proposal worth more than its threshold, and
 * checks its own proposals the same way.
 */
import { at } from "../at";
import type { PowerId } from "../ids";
import { powersOf } from "../scenario/ids-of";
import type { ObjectiveTest } from "../scenario/types";
import type { Term } from "../terms";
import type { BotContext } from "./context";
import { remember, turnsLeft, wordAtStake } from "./context";
import type { DenyCondition } from "./conditions";
import { deniedBy } from "./conditions";
import { hasTreatyWith, holdsBasing, inForce, mayFlyOver, overflightHeld, passageHeldUntil, termsInForce, violatedEver } from "./knowledge";
import { strikeTargets } from "./targets";

type TermOf<K extends Term["kind"]> = Extract<Term, { kind: K }>;
type TestOf<K extends ObjectiveTest["kind"]> = Extract<ObjectiveTest, { kind: K }>;

/** The power's objectives of one kind of test, with their points. */
function tests<K extends ObjectiveTest["kind"]>(ctx: BotContext, kind: K): { test: TestOf<K>; points: number }[] {
  return ctx.objectives.filter((o) => o.test.kind === kind).map((o) => ({ test: o.test as TestOf<K>, points: o.points }));
}

/** Does the term last to the end of the match (objectives are scored then)? */
function lastsToEnd(ctx: BotContext, turns: number): boolean {
  return turns >= turnsLeft(ctx);
}

/** Points for a first new treaty with these partners ("aid from both camps"), where still missing. */
function newTreatyGain(ctx: BotContext, partners: readonly PowerId[]): number {
  let gain = 0;
  for (const { test, points } of tests(ctx, "treatyWith")) {
    const with_ = test.partners.filter((p) => partners.includes(p));
    if (with_.length === 0) continue;
    const missing = test.need === "any" ? !hasTreatyWith(ctx.view, ctx.me, test.partners) : with_.some((p) => !hasTreatyWith(ctx.view, ctx.me, [p]));
    if (missing) gain += test.need === "any" ? points : points / test.partners.length;
  }
  return gain;
}

/** Points the power can still score for its airspace being respected (none once it has seen it violated). */
function airspacePoints(ctx: BotContext): number {
  if (violatedEver(ctx)) return 0;
  return tests(ctx, "airspaceRespected").reduce((sum, t) => sum + t.points, 0);
}

function overflightValue(ctx: BotContext, term: TermOf<"overflight">): number {
  const { me, persona, view } = ctx;
  let value = 0;
  // Objectives about who holds whose rights at the end, for grantor, grantee and onlookers alike.
  if (lastsToEnd(ctx, term.turns)) {
    for (const { test, points } of tests(ctx, "overflightAtEnd")) {
      if (test.grantor === term.grantor && test.grantee === term.grantee) value += test.inForce ? points : -points;
    }
  }
  if (term.grantee === me) {
    const fresh = passageHeldUntil(view, term.grantor, me, term.scope === "aircraft" ? "aircraft" : "missile") < view.turn + term.turns - 1;
    return value + (fresh ? (persona.needs[term.grantor] ?? 0.3) * (term.scope === "both" ? 1 : 0.7) : 0.1);
  }
  if (term.grantor !== me) return value + (persona.affinity[term.grantee] ?? 0) * 0.3;

  value += -0.5 - (term.scope === "both" ? 0.3 : 0) + (persona.affinity[term.grantee] ?? 0) * 1.5 + newTreatyGain(ctx, [term.grantee]);
  // Consent turns flights that would cross anyway into respected airspace.
  const home = at(ctx.scenario.powers, me).homeCountry;
  if (mayFlyOver(ctx, term.grantee, home) && passageHeldUntil(view, me, term.grantee, "aircraft") === 0 && passageHeldUntil(view, me, term.grantee, "missile") === 0) {
    value += airspacePoints(ctx) / 2;
  }
  if (term.scope !== "aircraft") {
    for (const { test, points } of tests(ctx, "strikesOverWithConsent")) if (test.flyer === term.grantee && test.over === home) value += points;
  }
  if (deniedBy(view, me).includes(term.grantee)) value -= 6;
  return value;
}

/** Whether the power means to fly aircraft into any of these zones (among its best targets). */
function fliesInto(ctx: BotContext, zones: readonly string[]): number {
  const hasAircraft = ctx.scenario.assets.some((a) => a.owner === ctx.me && ctx.scenario.weapons[a.weapon]?.kind === "aircraft");
  if (!hasAircraft) return 0;
  const best = remember(ctx, "bestTargetZones", () => strikeTargets(ctx).slice(0, 6).map((t) => t.zone));
  return best.filter((z) => zones.includes(z)).length;
}

function nfzValue(ctx: BotContext, term: TermOf<"nfz">): number {
  const { me } = ctx;
  const pledged = Object.values(term.pledges).reduce<number>((a, b) => a + (b ?? 0), 0);
  let value = -(term.pledges[me] ?? 0) * 0.25;
  if (pledged >= term.zones.length * ctx.scenario.nfz.patrolsPerZone) {
    for (const { test, points } of tests(ctx, "nfz")) {
      if (test.zones.length > 0 && !test.zones.some((z) => term.zones.includes(z))) continue;
      value += test.ever ? points : -points;
    }
    // Patrols that may fire on an ally's aircraft put "no clash" at risk.
    for (const { test, points } of tests(ctx, "noClash")) {
      if ((term.pledges[me] ?? 0) > 0 && !term.exempt.includes(test.with)) value -= points * 0.75;
    }
    // To a power that wants a no-fly zone, one that grounds an enemy's air force is worth more.
    if (tests(ctx, "nfz").some(({ test }) => test.ever)) {
      for (const power of powersOf(ctx.view)) {
        if (power !== me && !term.exempt.includes(power) && !(power in term.pledges) && (ctx.persona.affinity[power] ?? 0) < -0.5) value += 1;
      }
    }
  }
  if (!term.exempt.includes(me) && !(me in term.pledges)) value -= Math.min(3, fliesInto(ctx, term.zones) * 0.8);
  return value;
}

function supportValue(ctx: BotContext, term: TermOf<"support">): number {
  const like = (ctx.persona.factions[term.faction] ?? 0);
  if (term.pledger === ctx.me) {
    if (term.stance === "support") return like > 0 ? 0.2 : -2;
    return like > 0.3 ? -2 * like : 0;
  }
  const weight = at(ctx.scenario.powers, term.pledger).supportPoints / 4;
  let value = like * (term.stance === "support" ? 1 : -0.6) * weight;
  if (term.stance === "support") {
    for (const { test, points } of tests(ctx, "supportReceived")) {
      if (test.from.includes(term.pledger) && test.factions.includes(term.faction)) value += points * 0.4;
    }
  }
  return value;
}

/** Basing gives the guest the run of the host's skies (rules: it counts as overflight rights), plus a home for its aircraft there. */
function basingValue(ctx: BotContext, term: TermOf<"basing">): number {
  const asGrant = overflightValue(ctx, { kind: "overflight", grantor: term.host, grantee: term.guest, scope: "both", turns: term.turns });
  if (term.guest === ctx.me) {
    if (holdsBasing(ctx.view, term.host, ctx.me)) return 0.1;
    const home = at(ctx.scenario.powers, term.host).homeCountry;
    return asGrant + (ctx.scenario.assets.some((a) => a.owner === ctx.me && a.hostCountry === home) ? 3 : 0.1);
  }
  // A foreign base weighs a little more on sovereignty than a grant of passage.
  if (term.host === ctx.me) return asGrant - 0.3;
  return asGrant;
}

function intelValue(ctx: BotContext, term: TermOf<"intel">): number {
  const { me, view, persona } = ctx;
  if (!term.members.includes(me)) {
    // Two powers this one distrusts pooling intelligence with a friend of its own.
    const distrusted = term.members.filter((p) => (persona.affinity[p] ?? 0) < -0.3).length;
    return distrusted > 0 && term.members.some((p) => (persona.affinity[p] ?? 0) > 0.3) ? -1.5 : 0;
  }
  const partners = term.members.filter((p) => p !== me);
  const already = termsInForce(view, "intel").some(({ term: t }) => t.members.includes(me) && partners.every((p) => t.members.includes(p)));
  if (already) return 0.05;
  let value = 0.6 + partners.reduce((sum, p) => sum + (persona.affinity[p] ?? 0) * 0.5, 0) + newTreatyGain(ctx, partners);
  if (lastsToEnd(ctx, term.turns)) {
    for (const { test, points } of tests(ctx, "intelCell")) if (partners.includes(test.with)) value += points;
  }
  return value;
}

export function termValue(ctx: BotContext, term: Term): number {
  switch (term.kind) {
    case "overflight":
      return overflightValue(ctx, term);
    case "nfz":
      return nfzValue(ctx, term);
    case "support":
      return supportValue(ctx, term);
    case "basing":
      return basingValue(ctx, term);
    case "intel":
      return intelValue(ctx, term);
  }
}

/** What keeping a "deny" condition would cost (for the power bound) or bring (for the others). */
export function conditionValue(ctx: BotContext, condition: DenyCondition): number {
  const { me, view } = ctx;
  if (condition.grantor !== me) {
    // Onlookers value it as the end of the grant, for their objectives about it.
    return tests(ctx, "overflightAtEnd")
      .filter(({ test }) => test.grantor === condition.grantor && test.grantee === condition.denied)
      .reduce((sum, { test, points }) => sum + (test.inForce ? -points : points), 0);
  }
  const held = overflightHeld(view, me, condition.denied, "missile") ?? overflightHeld(view, me, condition.denied, "aircraft");
  let cost = 0.5 + Math.max(0, (ctx.persona.affinity[condition.denied] ?? 0)) * 1.5;
  // Revoking a grant early costs credibility, and with it the "word is good" objectives still standing.
  if (held) cost += ctx.scenario.tracks.credibilityLostOnRevocation / 10 + (ctx.level === "easy" ? 0 : wordAtStake(ctx));
  // A power denied the skies it flies through anyway turns into a violator.
  if (mayFlyOver(ctx, condition.denied, at(ctx.scenario.powers, me).homeCountry)) cost += airspacePoints(ctx) / 2;
  // The treaty that gave "aid from the other camp" may be the one to go.
  if (held && held.proposalId !== null) {
    const others = inForce(view).filter((t) => t.id !== held.id && t.proposalId !== null && t.parties.includes(me));
    const stillCovered = (partners: readonly PowerId[]) => others.some((t) => t.parties.some((p) => p !== me && partners.includes(p)));
    for (const { test, points } of tests(ctx, "treatyWith")) {
      if (test.partners.includes(condition.denied) && !stillCovered(test.partners)) cost += points * 0.5;
    }
  }
  return -cost;
}

export function dealValue(ctx: BotContext, terms: readonly Term[], conditions: readonly DenyCondition[], from: PowerId): number {
  const base = terms.reduce((sum, t) => sum + termValue(ctx, t), 0) + conditions.reduce((sum, c) => sum + conditionValue(ctx, c), 0);
  return from === ctx.me ? base : base + (ctx.persona.affinity[from] ?? 0) * 0.4;
}

/**
 * What a deal is worth to a power, in victory-point-like units: the objectives a term serves or
 * harms (public and the power's secret one), the access it gives, the goodwill it spends or earns.
 * A bot accepts a proposal worth more than its threshold, and checks its own proposals the same way.
 */
import type { PowerId, ZoneId } from "../ids";
import type { Term } from "../terms";
import type { BotContext } from "./context";
import { objectivePoints, turnsLeft } from "./context";
import type { DenyCondition } from "./conditions";
import { deniedBy } from "./conditions";
import { hasTreatyWith, holdsBasing, mayFlyOver, overflightHeld, termsInForce } from "./knowledge";
import { strikeTargets } from "./targets";

type TermOf<K extends Term["kind"]> = Extract<Term, { kind: K }>;

const EAST: readonly PowerId[] = ["russia", "iran"];

/** Does the term last to the end of the match (objectives are scored then)? */
function lastsToEnd(ctx: BotContext, turns: number): boolean {
  return turns >= turnsLeft(ctx);
}

function overflightValue(ctx: BotContext, term: TermOf<"overflight">): number {
  const { me, persona, view } = ctx;
  const scopeShare = term.scope === "both" ? 1 : 0.7;
  if (term.grantee === me) {
    const held = overflightHeld(view, term.grantor, me, term.scope === "aircraft" ? "aircraft" : "missile");
    const newTurns = view.turn + term.turns - 1;
    let value = held && held.untilTurn >= newTurns ? 0.1 : (persona.needs[term.grantor] ?? 0.3) * scopeShare;
    if (lastsToEnd(ctx, term.turns)) {
      if (term.grantor === "iran") value += objectivePoints(ctx, "rus-crescent-iran");
      if (term.grantor === "iraq") value += objectivePoints(ctx, "rus-crescent-iraq");
    }
    return value;
  }
  if (term.grantor === me) {
    let value = -0.5 - (term.scope === "both" ? 0.3 : 0) + persona.affinity[term.grantee] * 1.5;
    if (me === "iraq") {
      if (EAST.includes(term.grantee) && !hasTreatyWith(view, me, EAST)) value += objectivePoints(ctx, "irq-aid-east");
      if (term.grantee === "usa" && !hasTreatyWith(view, me, ["usa"])) value += objectivePoints(ctx, "irq-aid-west");
    }
    // Consent turns flights that would cross anyway into respected airspace.
    if (mayFlyOver(ctx, term.grantee, ctx.scenario.powers[me].homeCountry) && !overflightHeld(view, me, term.grantee, "aircraft") && !overflightHeld(view, me, term.grantee, "missile")) {
      value += airspacePoints(ctx) / 2;
    }
    if (me === "iran" && term.grantee === "russia" && term.scope !== "aircraft") value += objectivePoints(ctx, "irn-consent-route") || 0.5;
    if (deniedBy(view, me).includes(term.grantee)) value -= 6;
    return value;
  }
  // A third party to someone else's grant.
  let value = 0;
  if (term.grantor === "iraq" && term.grantee === "russia") value -= objectivePoints(ctx, "usa-iraq-coalition");
  if (term.grantor === "iraq" && term.grantee === "usa") value -= objectivePoints(ctx, "irn-us-out-of-iraq");
  return value + ctx.persona.affinity[term.grantee] * 0.3;
}

/** Zones where the power means to fly aircraft (its best targets). */
function flyingZones(ctx: BotContext): ZoneId[] {
  const hasAircraft = ctx.scenario.assets.some((a) => a.owner === ctx.me && ctx.scenario.weapons[a.weapon]?.kind === "aircraft");
  if (!hasAircraft) return [];
  return strikeTargets(ctx).slice(0, 6).map((t) => t.zone);
}

function nfzValue(ctx: BotContext, term: TermOf<"nfz">): number {
  const { me } = ctx;
  const pledged = Object.values(term.pledges).reduce((a, b) => a + (b ?? 0), 0);
  const inForce = pledged >= term.zones.length * ctx.scenario.nfz.patrolsPerZone;
  let value = 0;
  if (inForce) {
    value += objectivePoints(ctx, "usa-nfz") + objectivePoints(ctx, "tur-nfz");
    value -= objectivePoints(ctx, "rus-no-nfz") + objectivePoints(ctx, "syr-no-nfz");
    if (me === "turkey" && !term.exempt.includes("syria")) value += 1;
    if (me === "usa" && (term.pledges.usa ?? 0) > 0 && !term.exempt.includes("russia")) value -= objectivePoints(ctx, "usa-no-clash") * 0.75;
  }
  value -= (term.pledges[me] ?? 0) * 0.25;
  if (!term.exempt.includes(me) && !(me in term.pledges)) {
    const overlap = flyingZones(ctx).filter((z) => term.zones.includes(z)).length;
    value -= Math.min(3, overlap * 0.8);
  }
  return value;
}

function supportValue(ctx: BotContext, term: TermOf<"support">): number {
  const like = ctx.persona.factions[term.faction];
  if (term.pledger === ctx.me) {
    if (term.stance === "support") return like > 0 ? 0.2 : -2;
    return like > 0.3 ? -2 * like : 0;
  }
  const weight = ctx.scenario.powers[term.pledger].supportPoints / 4;
  let value = like * (term.stance === "support" ? 1 : -0.6) * weight;
  if (term.stance === "support" && (term.faction === "regime" || term.faction === "hezbollah") && (term.pledger === "russia" || term.pledger === "iran")) {
    value += objectivePoints(ctx, "syr-support") * 0.4;
  }
  return value;
}

function basingValue(ctx: BotContext, term: TermOf<"basing">): number {
  if (term.guest === ctx.me) {
    if (holdsBasing(ctx.view, term.host, ctx.me)) return 0.1;
    const home = ctx.scenario.powers[term.host].homeCountry;
    return ctx.scenario.assets.some((a) => a.owner === ctx.me && a.hostCountry === home) ? 3 : 0.2;
  }
  if (term.host === ctx.me) return -0.3 + ctx.persona.affinity[term.guest];
  return 0;
}

function intelValue(ctx: BotContext, term: TermOf<"intel">): number {
  const { me, view } = ctx;
  const members = term.members;
  if (!members.includes(me)) {
    if (me === "usa" && members.includes("iraq") && members.includes("russia")) return -1.5;
    return 0;
  }
  const partners = members.filter((p) => p !== me);
  let value = 0.6 + partners.reduce((sum, p) => sum + ctx.persona.affinity[p] * 0.5, 0);
  const already = termsInForce(view, "intel").some(({ term: t }) => partners.every((p) => t.members.includes(p)) && t.members.includes(me));
  if (already) return 0.05;
  if (lastsToEnd(ctx, term.turns)) {
    if (partners.includes("iraq")) value += objectivePoints(ctx, "rus-intel-cell");
    if (partners.includes("russia")) value += objectivePoints(ctx, "irq-intel-cell");
  }
  if (me === "iraq") {
    if (partners.some((p) => EAST.includes(p)) && !hasTreatyWith(view, me, EAST)) value += objectivePoints(ctx, "irq-aid-east");
    if (partners.includes("usa") && !hasTreatyWith(view, me, ["usa"])) value += objectivePoints(ctx, "irq-aid-west");
  }
  if (me === "usa" && partners.includes("russia")) value -= 2;
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

/** Points the power scores for its airspace being respected. */
function airspacePoints(ctx: BotContext): number {
  return ctx.objectives.filter((o) => o.test.kind === "airspaceRespected").reduce((sum, o) => sum + o.points, 0);
}

/** What keeping a "deny" condition would cost (for the power bound) or bring (for the others). */
export function conditionValue(ctx: BotContext, condition: DenyCondition): number {
  const { me, view } = ctx;
  if (condition.grantor === me) {
    const held = overflightHeld(view, me, condition.denied, "missile") ?? overflightHeld(view, me, condition.denied, "aircraft");
    let cost = 0.5 + Math.max(0, ctx.persona.affinity[condition.denied]) * 1.5;
    if (held) cost += ctx.scenario.tracks.credibilityLostOnRevocation / 10;
    // A power denied the skies it flies through anyway turns into a violator.
    if (mayFlyOver(ctx, condition.denied, ctx.scenario.powers[me].homeCountry)) cost += airspacePoints(ctx) / 2;
    if (me === "iraq" && EAST.includes(condition.denied)) {
      const otherEast = EAST.filter((p) => p !== condition.denied);
      if (!hasTreatyWith(view, me, otherEast)) cost += objectivePoints(ctx, "irq-aid-east") * 0.5;
    }
    return -cost;
  }
  if (condition.grantor === "iraq" && condition.denied === "russia") return objectivePoints(ctx, "usa-iraq-coalition");
  if (condition.grantor === "iraq" && condition.denied === "usa") return objectivePoints(ctx, "irn-us-out-of-iraq");
  return 0;
}

export function dealValue(ctx: BotContext, terms: readonly Term[], conditions: readonly DenyCondition[], from: PowerId): number {
  const base = terms.reduce((sum, t) => sum + termValue(ctx, t), 0) + conditions.reduce((sum, c) => sum + conditionValue(ctx, c), 0);
  return from === ctx.me ? base : base + ctx.persona.affinity[from] * 0.4;
}

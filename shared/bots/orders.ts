/**
 * The orders phase: strikes, proxy support, air defence posture, the patrols the power pledged
 * to no-fly zones, and revocations of deals that no longer pay. One "orders" command, then ready.
 */
import { at } from "../at";
import type { Command } from "../commands";
import type { Posture, PowerId } from "../ids";
import type { Term } from "../terms";
import { termParties } from "../terms";
import type { Orders, PatrolOrder } from "../orders";
import type { BotContext } from "./context";
import { roll, wordAtStake } from "./context";
import { inForce, termsInForce, violationsSeen } from "./knowledge";
import { turnPlan } from "./plan";
import { planStrikes } from "./strikes";
import { planSupport } from "./support";

type Out = Command;

/** A no-fly zone over the power's own country that it is no party to: engaging fires on its patrols. */
function foreignNfzOverMe(ctx: BotContext): boolean {
  const home = at(ctx.scenario.powers, ctx.me).homeCountry;
  return termsInForce(ctx.view, "nfz").some(
    ({ treaty, term }) => !treaty.parties.includes(ctx.me) && term.zones.some((z) => ctx.scenario.zones.find((s) => s.id === z)?.country === home),
  );
}

/** Whether a no-fly zone was ever in force over the given zones (then an objective against it is lost anyway). */
function nfzEverInForce(ctx: BotContext): boolean {
  return ctx.view.log.some((e) => e.kind === "nfzStatus" && e.inForce);
}

function choosePosture(ctx: BotContext): Posture {
  const { view, level, persona } = ctx;
  if (level === "easy") {
    const r = roll(ctx);
    // Random, but an easy bot does not start firing once escalation is already high.
    return r < 0.1 ? "open" : r < 0.9 || view.escalation > 4 ? "watch" : "engage";
  }
  // Firing on patrols keeps a no-fly zone out of force, at the price of escalation: worth it only early.
  const against = ctx.objectives.filter((o) => o.test.kind === "nfz" && !o.test.ever).reduce((sum, o) => sum + o.points, 0);
  if (foreignNfzOverMe(ctx) && against > 0 && !nfzEverInForce(ctx)) {
    return view.escalation <= (level === "hard" ? 2 : 2.5) ? "engage" : "watch";
  }
  if (foreignNfzOverMe(ctx)) return "watch";
  const hostile = [...violationsSeen(ctx, 2).entries()].filter(([p]) => (persona.affinity[p] ?? 0) < 0.3);
  const calm = level === "hard" ? 3 : 4;
  if (hostile.length === 0 || view.escalation > calm) return "watch";
  // Engaging a violator that is not an outright enemy is how wars start: hard bots engage only enemies.
  if (level === "hard" && hostile.every(([p]) => (persona.affinity[p] ?? 0) > -0.3)) return "watch";
  return "engage";
}

/**
 * Escalation the bot expects from flying patrols over a zone whose owner engages them: the
 * owner's fire on the patrols, and each patrol aircraft it may bring down.
 */
function patrolEscalation(ctx: BotContext, term: Extract<Term, { kind: "nfz" }>, parties: readonly PowerId[], units: number): number {
  const { airDefence, escalation } = ctx.scenario;
  let expected = 0;
  const countries = new Set(term.zones.map((z) => ctx.scenario.zones.find((s) => s.id === z)?.country));
  for (const setup of ctx.scenario.countries) {
    if (!countries.has(setup.id) || !setup.owner || parties.includes(setup.owner)) continue;
    if (at(ctx.view.powers, setup.owner).posture !== "engage") continue;
    expected += escalation.fireOnPatrol + units * airDefence.intercept.engage.aircraft * setup.defence * escalation.shootDown;
  }
  return expected;
}

function planPatrols(ctx: BotContext): PatrolOrder[] {
  const most = at(ctx.scenario.powers, ctx.me).patrolUnits;
  let left = most;
  const out: PatrolOrder[] = [];
  for (const { treaty, term } of termsInForce(ctx.view, "nfz")) {
    const pledged = term.pledges[ctx.me] ?? 0;
    if (pledged <= 0 || left <= 0 || !treaty.parties.includes(ctx.me)) continue;
    // An easy bot sometimes forgets its patrols; others stay home when the zone's owner would fire
    // on them and push escalation too near open war (a broken pledge costs less than a war).
    if (ctx.level === "easy" && roll(ctx) < 0.2) continue;
    const units = Math.min(pledged, left);
    const ceiling = ctx.scenario.escalation.max - (ctx.level === "hard" ? 4 : 3);
    if (ctx.view.escalation + patrolEscalation(ctx, term, treaty.parties, units) > ceiling) continue;
    out.push({ treaty: treaty.id, units });
    left -= units;
  }
  return out;
}

/**
 * Revocations follow the turn's plan (plan.ts): rights to a power the bot keeps out (it promised a
 * third power, or it is an enemy) and did not let through this turn; never a treaty agreed this
 * turn, which the bot itself proposed or accepted.
 */
function planRevocations(ctx: BotContext): string[] {
  const { view, me, level } = ctx;
  const plan = turnPlan(ctx);
  const out: string[] = [];
  for (const treaty of inForce(view)) {
    // Only a power a treaty binds may revoke it.
    if (!treaty.parties.includes(me) || !termParties(treaty.term).includes(me)) continue;
    if (plan.agreedThisTurn.has(treaty.id)) continue;
    const term = treaty.term;
    let revoke = false;
    if (term.kind === "overflight" && term.grantor === me && !plan.letsThrough.has(term.grantee)) {
      const out = plan.keepsOut.get(term.grantee);
      // Kept promises to a third party ("deny Russia your skies"), and rights given to an enemy in the match.
      // An enemy's rights go only when the bot's word is no longer at stake (normal and hard weigh it; a promise was weighed in the deal).
      const weighed = level === "easy" || treaty.untilTurn <= view.turn || wordAtStake(ctx) === 0;
      if (out?.because === "promise" || (out?.because === "enemy" && treaty.proposalId !== null && weighed)) revoke = true;
    }
    if (level === "easy" && treaty.agreedTurn > 0 && roll(ctx) < 0.01) revoke = true;
    if (revoke && !out.includes(treaty.id)) out.push(treaty.id);
  }
  return out;
}

function planOrders(ctx: BotContext): Orders {
  return {
    strikes: planStrikes(ctx),
    support: planSupport(ctx),
    posture: choosePosture(ctx),
    patrols: planPatrols(ctx),
    revoke: planRevocations(ctx),
  };
}

export function ordersCommands(ctx: BotContext): Out[] {
  const out: Out[] = [];
  if (!ctx.view.ordersIn.includes(ctx.me)) out.push({ type: "orders", ...ctx.stamp, orders: planOrders(ctx) });
  if (!at(ctx.view.powers, ctx.me).ready) out.push({ type: "ready", ...ctx.stamp, ready: true });
  return out;
}

/**
 * The bot's one mind for the turn: whom it lets through its airspace and whom it keeps out, from
 * the treaties it holds and the deals it has proposed or accepted this turn. Diplomacy proposes,
 * accepts and counters only what fits the plan; the orders revoke only what the plan drops, and
 * never a treaty agreed this turn. Worked out from the view each time the bot is asked, so it
 * always counts every deal the bot has already said yes to.
 */
import { at } from "../at";
import type { PowerId } from "../ids";
import type { Term } from "../terms";
import type { BotContext } from "./context";
import { remember } from "./context";
import { conditionsIn, deniedBy } from "./conditions";
import type { DenyCondition } from "./conditions";
import { inForce } from "./knowledge";

/** Below this goodwill a power is an enemy: it gets no rights from the bot. */
export const ENEMY_AFFINITY = -0.3;

export interface TurnPlan {
  /** Powers the bot keeps out of its skies, and why: a promise to a third power, or enmity. */
  keepsOut: Map<PowerId, { because: "promise" | "enemy"; to: PowerId | null }>;
  /** Powers it lets through this turn: rights agreed this turn, or offered or accepted and still open. */
  letsThrough: Set<PowerId>;
  /** Treaties agreed this turn with the bot a party: it proposed or accepted each, so it revokes none. */
  agreedThisTurn: Set<string>;
}

function grantee(term: Term, grantor: PowerId): PowerId | null {
  return term.kind === "overflight" && term.grantor === grantor ? term.grantee : null;
}

/** Proposals of this turn the bot made or accepted that may still become treaties, or did. */
function saidYesThisTurn(ctx: BotContext) {
  return ctx.view.proposals.filter(
    (p) => p.turn === ctx.view.turn && (p.from === ctx.me || p.accepted.includes(ctx.me)) && (p.status === "open" || p.status === "accepted"),
  );
}

export function turnPlan(ctx: BotContext): TurnPlan {
  return remember(ctx, "turnPlan", () => {
    const { view, me, persona } = ctx;
    const keepsOut: TurnPlan["keepsOut"] = new Map();
    const letsThrough = new Set<PowerId>();
    const agreedThisTurn = new Set<string>();
    for (const treaty of inForce(view)) {
      if (!treaty.parties.includes(me)) continue;
      if (treaty.proposalId !== null && treaty.agreedTurn === view.turn) {
        agreedThisTurn.add(treaty.id);
        const to = grantee(treaty.term, me);
        if (to) letsThrough.add(to);
      }
    }
    const promisedTo = (denied: PowerId, from: PowerId) => keepsOut.set(denied, { because: "promise", to: from });
    for (const denied of deniedBy(view, me)) {
      const deal = inForce(view).find((t) => t.parties.includes(me) && view.proposals.some((p) => p.id === t.proposalId && conditionsIn(p.note, view).some((c) => c.grantor === me && c.denied === denied)));
      const proposal = view.proposals.find((p) => p.id === deal?.proposalId);
      promisedTo(denied, proposal?.from ?? me);
    }
    for (const p of saidYesThisTurn(ctx)) {
      for (const term of p.terms) {
        const to = grantee(term, me);
        if (to) letsThrough.add(to);
      }
      for (const c of conditionsIn(p.note, view)) if (c.grantor === me && !keepsOut.has(c.denied)) promisedTo(c.denied, p.from);
    }
    for (const other of Object.keys(persona.affinity) as PowerId[]) {
      if (other !== me && (persona.affinity[other] ?? 0) < ENEMY_AFFINITY && !keepsOut.has(other)) keepsOut.set(other, { because: "enemy", to: null });
    }
    return { keepsOut, letsThrough, agreedThisTurn };
  });
}

/** Why a deal does not fit the plan, or null if it does: it would let in whom the bot keeps out, or promise to keep out whom it lets in. */
export type Conflict = { kind: "keepsOut"; power: PowerId; because: "promise" | "enemy"; to: PowerId | null } | { kind: "letsThrough"; power: PowerId };

export function conflictWith(ctx: BotContext, terms: readonly Term[], conditions: readonly DenyCondition[]): Conflict | null {
  const plan = turnPlan(ctx);
  for (const term of terms) {
    const to = grantee(term, ctx.me);
    const out = to ? plan.keepsOut.get(to) : undefined;
    if (to && out) return { kind: "keepsOut", power: to, ...out };
  }
  for (const c of conditions) if (c.grantor === ctx.me && plan.letsThrough.has(c.denied)) return { kind: "letsThrough", power: c.denied };
  return null;
}

/** Counts a deal the bot has just proposed, accepted or countered in the plan, before the view shows it. */
export function takeOn(ctx: BotContext, terms: readonly Term[], conditions: readonly DenyCondition[], from: PowerId): void {
  const plan = turnPlan(ctx);
  for (const term of terms) {
    const to = grantee(term, ctx.me);
    if (to) plan.letsThrough.add(to);
  }
  for (const c of conditions) if (c.grantor === ctx.me && !plan.keepsOut.has(c.denied)) plan.keepsOut.set(c.denied, { because: "promise", to: from });
}

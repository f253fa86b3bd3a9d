/**
 * The diplomacy phase: answer every open proposal addressed to the bot (accept, counter or
 * reject, by what the deal is worth to it), put its own deals on the table once a turn, then say
 * it is ready. Called again later in the phase, it answers whatever has arrived since.
 */
import { at } from "../at";
import type { Command } from "../commands";
import type { PowerId } from "../ids";
import type { Proposal, Term } from "../terms";
import type { BotContext } from "./context";
import { roll } from "./context";
import { conditionsIn } from "./conditions";
import type { DenyCondition } from "./conditions";
import { dealsFor } from "./deals";
import type { Deal } from "../scenario/bot-knowledge";
import { inForce } from "./knowledge";
import { conflictWith, takeOn } from "./plan";
import { rejectNote } from "./reasons";
import { supportTargets } from "./targets";
import { conditionValue, dealValue, termValue } from "./value";

type Out = Command;

const THRESHOLD = { easy: 0, normal: 0.3, hard: 0.5 } as const;
/** How sharply a bot's judgement follows a deal's worth: the chance to accept is logistic in (worth − threshold) / temperature. */
const TEMPERATURE = { easy: 1.5, normal: 0.6, hard: 0.2 } as const;
const COUNTER_CHANCE = { easy: 0.1, normal: 0.4, hard: 0.8 } as const;
/** A deal worth taking may still be haggled over when part of it hurts: the chance to try. */
const HAGGLE_CHANCE = { easy: 0, normal: 0.35, hard: 0.8 } as const;
const MOST_PROPOSALS = { easy: 1, normal: 2, hard: 3 } as const;

/** What a term is about, so that two deals on the same thing are not both pursued. */
function topic(term: Term): string {
  switch (term.kind) {
    case "overflight":
      return `overflight:${term.grantor}>${term.grantee}`;
    case "nfz":
      return "nfz";
    case "support":
      return `support:${term.pledger}:${term.faction}:${term.stance}`;
    case "basing":
      return `basing:${term.host}>${term.guest}`;
    case "intel":
      return `intel:${[...term.members].sort().join("+")}`;
  }
}

/** Whether the bot takes a deal of this worth (a coin weighted by how far above its threshold it is). */
function takes(ctx: BotContext, value: number): boolean {
  const p = 1 / (1 + Math.exp(-(value - THRESHOLD[ctx.level]) / TEMPERATURE[ctx.level]));
  return roll(ctx) < p;
}

/** A counter-proposal the bot would accept itself, or null: fix or drop the terms that hurt it, ask for a sweetener. */
function counterTerms(ctx: BotContext, proposal: Proposal): Term[] | null {
  const me = ctx.me;
  const terms: Term[] = [];
  for (const term of proposal.terms) {
    if (termValue(ctx, term) >= 0) {
      terms.push(term);
      continue;
    }
    if (term.kind === "nfz") {
      const exempt = new Set(term.exempt);
      exempt.add(me);
      // Exempt too whoever the bot must never clash with (the US and Russia).
      for (const o of ctx.objectives) if (o.test.kind === "noClash") exempt.add(o.test.with);
      const pledges = { ...term.pledges };
      if ((pledges[me] ?? 0) > 1) pledges[me] = (pledges[me] ?? 0) - 1;
      const fixed: Term = { ...term, exempt: [...exempt], pledges };
      if (termValue(ctx, fixed) >= 0) terms.push(fixed);
      continue;
    }
    if (term.kind === "overflight" && term.grantor === me && term.scope === "both") {
      const fixed: Term = { ...term, scope: "missiles" };
      if (termValue(ctx, fixed) >= 0) terms.push(fixed);
    }
    // Anything else that hurts is dropped.
  }
  const sweetener = supportTargets(ctx)[0];
  const threshold = THRESHOLD[ctx.level];
  const conditions = conditionsIn(proposal.note, ctx.view).filter((c) => c.grantor !== me);
  if (terms.length > 0 && sweetener && dealValue(ctx, terms, conditions, proposal.from) < threshold) {
    const from = proposal.from;
    if (at(ctx.scenario.powers, from).supportPoints > 0 && terms.length < 8) {
      terms.push({ kind: "support", pledger: from, faction: sweetener.faction, zones: [sweetener.zone], stance: "support", turns: Math.max(1, ctx.view.turns - ctx.view.turn + 1) });
    }
  }
  if (terms.length === 0 || dealValue(ctx, terms, conditions, proposal.from) < threshold) return null;
  if (JSON.stringify(terms) === JSON.stringify(proposal.terms)) return null;
  return terms;
}

function counterCommand(ctx: BotContext, proposal: Proposal): Out | null {
  const terms = counterTerms(ctx, proposal);
  if (!terms && !conditionsIn(proposal.note, ctx.view).some((c) => c.grantor === ctx.me)) return null;
  const kept = conditionsIn(proposal.note, ctx.view).filter((c) => c.grantor !== ctx.me);
  if (dealValue(ctx, terms ?? proposal.terms, kept, proposal.from) < THRESHOLD[ctx.level]) return null;
  if (conflictWith(ctx, terms ?? proposal.terms, kept)) return null;
  takeOn(ctx, terms ?? proposal.terms, kept, ctx.me);
  const note = `Counter-proposal from ${at(ctx.scenario.powers, ctx.me).name}.${kept.length ? " " + kept.map((c) => `[deny:${c.grantor}>${c.denied}]`).join(" ") : ""}`;
  return { type: "counter", ...ctx.stamp, proposal: proposal.id, parties: proposal.parties, terms: terms ?? proposal.terms, note };
}

/** How much better the deal would be without the parts that hurt the bot. */
function haggleGain(ctx: BotContext, proposal: Proposal): number {
  const conditions = conditionsIn(proposal.note, ctx.view);
  const hurt = proposal.terms.reduce((sum, t) => sum + Math.min(0, termValue(ctx, t)), 0);
  const bound = conditions.filter((c) => c.grantor === ctx.me).reduce((sum, c) => sum + Math.min(0, conditionValue(ctx, c)), 0);
  return -(hurt + bound);
}

function answer(ctx: BotContext, proposal: Proposal, out: Out[]): void {
  const conditions = conditionsIn(proposal.note, ctx.view);
  // A deal that would undo what the bot has already agreed or promised this turn is refused
  // outright, saying why (rejectNote in reasons.ts).
  const conflict = conflictWith(ctx, proposal.terms, conditions);
  if (conflict) {
    out.push({ type: "reject", ...ctx.stamp, proposal: proposal.id, note: rejectNote(ctx, proposal, conflict) });
    return;
  }
  const value = dealValue(ctx, proposal.terms, conditions, proposal.from);
  // A counter to a counter goes round in circles: settle it.
  const mayCounter = proposal.counterOf === null;
  if (takes(ctx, value)) {
    if (mayCounter && haggleGain(ctx, proposal) >= 1.5 && roll(ctx) < HAGGLE_CHANCE[ctx.level]) {
      const command = counterCommand(ctx, proposal);
      if (command) {
        out.push(command);
        return;
      }
    }
    takeOn(ctx, proposal.terms, conditions, proposal.from);
    out.push({ type: "accept", ...ctx.stamp, proposal: proposal.id });
    return;
  }
  if (mayCounter && roll(ctx) < COUNTER_CHANCE[ctx.level]) {
    const command = counterCommand(ctx, proposal);
    if (command) {
      out.push(command);
      return;
    }
  }
  out.push({ type: "reject", ...ctx.stamp, proposal: proposal.id, note: rejectNote(ctx, proposal, null) });
}

function alreadyCovered(ctx: BotContext, deal: Deal, topicsInPlay: Set<string>): boolean {
  if (deal.terms.some((t) => topicsInPlay.has(topic(t)))) return true;
  // Every term already agreed, to the end of the match.
  const agreed = inForce(ctx.view);
  return deal.terms.every((term) =>
    agreed.some((t) => t.untilTurn >= ctx.view.turns && JSON.stringify({ ...t.term, turns: 0 }) === JSON.stringify({ ...term, turns: 0 })),
  );
}

function recentlyRefused(ctx: BotContext, deal: Deal): boolean {
  const key = JSON.stringify(deal.terms.map((t) => ({ ...t, turns: 0 })));
  return ctx.view.proposals.some(
    (p) => p.from === ctx.me && p.turn === ctx.view.turn - 1 && p.status === "rejected" && JSON.stringify(p.terms.map((t) => ({ ...t, turns: 0 }))) === key,
  );
}

function propose(ctx: BotContext, out: Out[]): void {
  const { view, me, level } = ctx;
  const madeThisTurn = view.proposals.filter((p) => p.from === me && p.turn === view.turn);
  let room = MOST_PROPOSALS[level] - madeThisTurn.length;
  if (room <= 0) return;
  if (level === "easy" && roll(ctx) < 0.5) return;
  // Topics already on the table this turn, from anyone, or settled this turn.
  const inPlay = new Set<string>();
  for (const p of view.proposals) {
    if (p.turn !== view.turn) continue;
    if (p.from === me || p.status === "open" || p.status === "accepted") for (const t of p.terms) inPlay.add(topic(t));
  }
  const ranked = dealsFor(ctx)
    .filter((d) => !alreadyCovered(ctx, d, inPlay))
    .filter((d) => !(recentlyRefused(ctx, d) && roll(ctx) < 0.6))
    .filter((d) => !conflictWith(ctx, d.terms, conditionsIn(d.note, ctx.view)))
    .map((d) => ({ deal: d, value: dealValue(ctx, d.terms, conditionsIn(d.note, ctx.view), me) }))
    .filter((d) => d.value >= 0)
    .sort((a, b) => b.value - a.value);
  for (const { deal } of ranked) {
    if (room <= 0) break;
    // Two deals of one turn must not pull apart either (the filter above saw neither).
    if (conflictWith(ctx, deal.terms, conditionsIn(deal.note, ctx.view))) continue;
    takeOn(ctx, deal.terms, conditionsIn(deal.note, ctx.view), me);
    out.push({ type: "propose", ...ctx.stamp, parties: deal.parties, terms: deal.terms, note: deal.note });
    for (const t of deal.terms) inPlay.add(topic(t));
    room--;
  }
}

export function diplomacyCommands(ctx: BotContext): Out[] {
  const out: Out[] = [];
  for (const proposal of ctx.view.proposals) {
    if (proposal.status !== "open" || proposal.turn !== ctx.view.turn) continue;
    if (!proposal.parties.includes(ctx.me) || proposal.accepted.includes(ctx.me)) continue;
    answer(ctx, proposal, out);
  }
  propose(ctx, out);
  if (!at(ctx.view.powers, ctx.me).ready) out.push({ type: "ready", ...ctx.stamp, ready: true });
  return out;
}

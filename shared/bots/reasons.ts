/**
 * Why a bot turns a proposal down, in a sentence in its government's voice: the deal clashes with
 * its plan for the turn (plan.ts), or the term that hurts it most, or too little in it.
 */
import { at } from "../at";
import type { PowerId } from "../ids";
import type { Proposal, Term } from "../terms";
import type { BotContext } from "./context";
import type { Conflict } from "./plan";
import { termValue } from "./value";

const CAPITAL: Readonly<Record<PowerId, string>> = {
  russia: "Moscow",
  usa: "Washington",
  iran: "Tehran",
  iraq: "Baghdad",
  turkey: "Ankara",
  syria: "Damascus",
};

function names(ctx: BotContext, powers: readonly PowerId[]): string {
  const list = powers.map((p) => named(ctx, p));
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

function zones(ctx: BotContext, ids: readonly string[]): string {
  return ids.map((id) => ctx.scenario.zones.find((z) => z.id === id)?.name ?? id).join(", ");
}

/** What the term that hurts the bot asks of it, as the bot would refuse it. */
function refusal(ctx: BotContext, term: Term): string {
  const we = CAPITAL[ctx.me];
  const name = (p: PowerId) => named(ctx, p);
  switch (term.kind) {
    case "overflight":
      return term.grantor === ctx.me ? `${we} will not open its skies to ${name(term.grantee)}.` : `${we} does not want ${name(term.grantee)} flying over ${name(term.grantor)}.`;
    case "nfz":
      return `${we} will not accept a no-fly zone over ${zones(ctx, term.zones)}.`;
    case "support":
      return term.stance === "stop"
        ? `${we} will not stop backing the ${at(ctx.scenario.factions, term.faction).name} in ${zones(ctx, term.zones)}.`
        : `${we} will not see the ${at(ctx.scenario.factions, term.faction).name} armed in ${zones(ctx, term.zones)}.`;
    case "basing":
      return term.host === ctx.me ? `${we} will not host ${name(term.guest)}'s forces.` : `${we} does not want ${name(term.guest)} based in ${name(term.host)}.`;
    case "intel":
      return `${we} will not share intelligence with ${names(ctx, term.members.filter((m) => m !== ctx.me))}.`;
  }
}

/** A power's name as it reads inside a sentence ("the United States"). */
function named(ctx: BotContext, p: PowerId): string {
  const name = at(ctx.scenario.powers, p).name;
  return name.startsWith("United ") ? `the ${name}` : name;
}

export function rejectNote(ctx: BotContext, proposal: Proposal, conflict: Conflict | null): string {
  const we = CAPITAL[ctx.me];
  const them = (p: PowerId) => named(ctx, p);
  if (conflict?.kind === "keepsOut") {
    if (conflict.because === "promise" && conflict.to && conflict.to !== ctx.me) return `${we} has promised ${them(conflict.to)} to keep ${them(conflict.power)} out of its skies.`;
    return `${we} will not open its skies to ${them(conflict.power)}.`;
  }
  if (conflict?.kind === "letsThrough") return `${we} has just opened its skies to ${them(conflict.power)}; it will not shut them in the same week.`;
  let worst: Term | null = null;
  let worstValue = 0;
  for (const term of proposal.terms) {
    const value = termValue(ctx, term);
    if (value < worstValue) {
      worst = term;
      worstValue = value;
    }
  }
  if (worst) return refusal(ctx, worst);
  return `${we} sees too little in this for ${them(ctx.me)}.`;
}

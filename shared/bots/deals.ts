/**
 * The deals a bot puts on the table: its scenario's (`Scenario.bots.deals`), asked through a
 * table of what the bot can read off its view.
 */
import { botsOf } from "../scenario/bot-knowledge";
import type { PowerId } from "../ids";
import type { Deal, DealTable, Scope } from "../scenario/bot-knowledge";
import type { BotContext } from "./context";
import { turnsLeft, wants } from "./context";
import { denyTag } from "./conditions";
import { passageHeldUntil, termsInForce } from "./knowledge";

function heldToEnd(ctx: BotContext, grantor: PowerId, grantee: PowerId, scope: Scope): boolean {
  const kinds = scope === "both" ? (["missile", "aircraft"] as const) : scope === "missiles" ? (["missile"] as const) : (["aircraft"] as const);
  return kinds.every((k) => passageHeldUntil(ctx.view, grantor, grantee, k) >= ctx.view.turns);
}

function intelHeld(ctx: BotContext, members: readonly PowerId[]): boolean {
  return termsInForce(ctx.view, "intel").some(({ term, treaty }) => members.every((m) => term.members.includes(m)) && treaty.untilTurn >= ctx.view.turns);
}

function nfzHeld(ctx: BotContext): boolean {
  return termsInForce(ctx.view, "nfz").length > 0 || ctx.view.escalation > (ctx.level === "hard" ? 3 : 4);
}

/** The zones of the power's "a no-fly zone is in force" objective, or else the scenario's northern zones. */
function nfzZonesOf(ctx: BotContext, power: PowerId): string[] {
  for (const o of ctx.scenario.objectives) if (o.power === power && o.test.kind === "nfz" && o.test.ever && o.test.zones.length > 0) return [...o.test.zones];
  return ctx.scenario.zones.filter((z) => z.north).map((z) => z.id);
}

export function dealsFor(ctx: BotContext): Deal[] {
  const table: DealTable = {
    me: ctx.me,
    level: ctx.level,
    turnsLeft: turnsLeft(ctx),
    wants: (id) => wants(ctx, id),
    heldToEnd: (grantor, grantee, scope) => heldToEnd(ctx, grantor, grantee, scope),
    intelHeld: (members) => intelHeld(ctx, members),
    nfzHeld: () => nfzHeld(ctx),
    nfzZonesOf: (power) => nfzZonesOf(ctx, power),
    denyTag: (grantor, denied) => denyTag({ grantor, denied }),
  };
  return botsOf(ctx.scenario).deals(table);
}

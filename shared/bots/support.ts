/**
 * Proxy support: points handed to the factions the power favours where they are pressed,
 * honouring its "support" pledges first and its "stop" pledges unless breaking one pays.
 */
import type { FactionId, ZoneId } from "../ids";
import type { SupportOrder } from "../orders";
import type { BotContext } from "./context";
import { roll, wants } from "./context";
import { termsInForce } from "./knowledge";
import { supportTargets } from "./targets";

interface Pledges {
  give: { faction: FactionId; zone: ZoneId }[];
  stop: { faction: FactionId; zones: ZoneId[] }[];
}

function pledgesOf(ctx: BotContext): Pledges {
  const out: Pledges = { give: [], stop: [] };
  for (const { term } of termsInForce(ctx.view, "support")) {
    if (term.pledger !== ctx.me) continue;
    if (term.stance === "support") out.give.push({ faction: term.faction, zone: term.zones[0]! });
    else out.stop.push({ faction: term.faction, zones: term.zones });
  }
  return out;
}

/** Whether the bot quietly breaks a "stop" pledge this turn. */
function breaksStopPledge(ctx: BotContext): boolean {
  if (wants(ctx, "irn-sanctions-relief")) return false;
  if (ctx.level === "hard") return false;
  return roll(ctx) < (ctx.level === "easy" ? 0.4 : 0.2);
}

export function planSupport(ctx: BotContext): SupportOrder[] {
  const budget = ctx.scenario.powers[ctx.me].supportPoints;
  if (budget <= 0) return [];
  const pledges = pledgesOf(ctx);
  const breaking = pledges.stop.length > 0 && breaksStopPledge(ctx);
  // Support reaches a faction only where it stands, or in the supporter's own country (the rules refuse the rest).
  const home = ctx.scenario.powers[ctx.me].homeCountry;
  const reachable = (faction: FactionId, zone: ZoneId) => (ctx.view.zones[zone]?.strength[faction] ?? 0) > 0 || ctx.scenario.zones.find((z) => z.id === zone)?.country === home;
  const barred = (faction: FactionId, zone: ZoneId) => !reachable(faction, zone) || (!breaking && pledges.stop.some((s) => s.faction === faction && s.zones.includes(zone)));
  const orders: SupportOrder[] = [];
  let left = budget;
  const add = (faction: FactionId, zone: ZoneId, points: number, covert: boolean) => {
    const existing = orders.find((o) => o.faction === faction && o.zone === zone);
    if (existing) existing.points += points;
    else orders.push({ faction, zone, points, covert });
    left -= points;
  };
  for (const pledge of pledges.give) {
    if (left <= 0) break;
    if (!barred(pledge.faction, pledge.zone)) add(pledge.faction, pledge.zone, 1, false);
  }
  if (ctx.level === "easy" && roll(ctx) < 0.3) return orders;

  const targets = supportTargets(ctx).filter((t) => !barred(t.faction, t.zone));
  const pool = ctx.level === "easy" ? targets.slice(0, 6) : targets.slice(0, ctx.level === "hard" ? 3 : 2);
  if (pool.length === 0) return orders;
  for (let i = 0; left > 0; i++) {
    const target = ctx.level === "easy" ? pool[Math.floor(roll(ctx) * pool.length)]! : pool[i % pool.length]!;
    const points = Math.min(left, ctx.level === "easy" ? 1 : Math.max(1, Math.ceil(left / (pool.length - (i % pool.length)))));
    // Support that breaks a pledge goes covertly; otherwise the persona's habit decides.
    const covert = pledges.stop.some((s) => s.faction === target.faction && s.zones.includes(target.zone)) || ctx.persona.covert;
    add(target.faction, target.zone, points, covert);
  }
  return orders.filter((o) => o.points >= 1);
}
